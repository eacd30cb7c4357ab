import { checkAllocation } from '../lib/check';
import { Dec } from '../lib/decimal';
import { allocationScore, evaluateAllocation } from '../lib/evaluate';
import type { AllocationEntry, ScenarioProblem, ScenarioResult } from '../lib/model';

/** Every way to give `units` units to `holders` (each gets 0 or more). */
function distributions(units: number, holders: number): number[][] {
  if (holders === 1) return [[units]];
  const out: number[][] = [];
  for (let first = units; first >= 0; first--) for (const rest of distributions(units - first, holders - 1)) out.push([first, ...rest]);
  return out;
}

/** The ways a line can be awarded among the suppliers that offered it: whole steps, or whole. */
function lineOptions(problem: ScenarioProblem, lineIndex: number): AllocationEntry[][] {
  const line = problem.lines[lineIndex];
  const holders = problem.offers.filter((o) => o.lineId === line.id).map((o) => o.supplierId);
  if (holders.length === 0) return [];
  const quantity = new Dec(line.quantity);
  const step = new Dec(line.splitStep ?? '1');
  const splittable = quantity.mod(step).isZero();
  const units = splittable ? quantity.dividedBy(step).toNumber() : 1;
  const size = splittable ? step : quantity;
  return distributions(units, holders.length).map((d) =>
    d.flatMap((u, i) => (u === 0 ? [] : [{ lineId: line.id, supplierId: holders[i], quantity: size.times(u).toFixed() }])),
  );
}

/** Scores this close are a tie (far below the solver's 1e-7, far above decimal.js's rounding of a quotient). */
const TIE = new Dec('1e-20');

export function enumerationSize(problem: ScenarioProblem): number {
  return problem.lines.reduce((n, _, i) => n * lineOptions(problem, i).length, 1);
}

/**
 * The optimum by enumeration: every allocation of every line, kept when the rule checker finds
 * nothing and (MAX_SCORE) its cost is within the budget; the cheapest, or the best scored and
 * then the cheapest. Null when none is kept.
 */
export function bruteForce(problem: ScenarioProblem): ScenarioResult | null {
  const options = problem.lines.map((_, i) => lineOptions(problem, i));
  if (options.some((o) => o.length === 0)) return null;
  const budget = problem.objective.kind === 'MAX_SCORE' && problem.objective.budget !== null ? new Dec(problem.objective.budget) : null;
  let best: { result: ScenarioResult; score: Dec } | null = null;
  const pick = (index: number, chosen: AllocationEntry[]): void => {
    if (index === options.length) {
      if (checkAllocation(problem, chosen).length > 0) return;
      const result = evaluateAllocation(problem, chosen, 'OPTIMAL');
      if (budget && new Dec(result.totalCost).greaterThan(budget)) return;
      const score = problem.objective.kind === 'MAX_SCORE' ? allocationScore(problem, chosen) : new Dec(0);
      const cost = new Dec(result.totalCost);
      // Scores are sums of quotients (a third does not end in decimals): equal within TIE, as the solver's tolerance.
      const better = best === null || score.minus(best.score).greaterThan(TIE) || (score.minus(best.score).abs().lessThanOrEqualTo(TIE) && cost.lessThan(best.result.totalCost));
      if (better) best = { result, score };
      return;
    }
    for (const option of options[index]) pick(index + 1, [...chosen, ...option]);
  };
  pick(0, []);
  return best === null ? null : (best as { result: ScenarioResult }).result;
}
