import { evaluateAllocation, emptyResult } from './evaluate';
import type { AllocationEntry, ScenarioProblem, ScenarioResult } from './model';
import { Dec } from './decimal';
import { validateProblem } from './validate';

/**
 * Built in: "best price per line": the same lines and offers without any rule, for the lowest
 * cost. Conditional discounts still count, so a line may go to other than its cheapest offer
 * when a discount makes that cheaper overall. Solve it like any scenario.
 */
export function bestPricePerLineProblem(problem: ScenarioProblem): ScenarioProblem {
  return { ...problem, objective: { kind: 'MIN_COST' }, rules: [] };
}

/**
 * Built in: "single supplier": every line to one supplier, the cheapest (after its conditional
 * discounts) of those that offered every line within their stated capacity. Exact, no solver.
 * Infeasible when nobody covers everything. The scenario's own rules do not apply.
 */
export function singleSupplierScenario(problem: ScenarioProblem): ScenarioResult {
  validateProblem(problem);
  const plain: ScenarioProblem = { ...problem, objective: { kind: 'MIN_COST' }, rules: [] };
  let best: ScenarioResult | null = null;
  for (const supplier of problem.suppliers) {
    const allocation: AllocationEntry[] = [];
    for (const line of problem.lines) {
      const offer = problem.offers.find((o) => o.lineId === line.id && o.supplierId === supplier.id);
      if (!offer || (offer.capacity != null && new Dec(offer.capacity).lessThan(line.quantity))) break;
      allocation.push({ lineId: line.id, supplierId: supplier.id, quantity: line.quantity });
    }
    if (allocation.length < problem.lines.length) continue;
    const result = evaluateAllocation(plain, allocation, 'OPTIMAL');
    if (best === null || new Dec(result.totalCost).lessThan(best.totalCost)) best = result;
  }
  return best ? { ...best, gap: 0, provenOptimal: true } : emptyResult(plain, 'INFEASIBLE', { ruleIds: [], budget: false, linesWithoutOffers: [] });
}

/**
 * Built in: "as proposed": a given allocation (the buyer's own, or the award proposal) evaluated
 * exactly, with the scenario's rules it breaks in `violations`.
 */
export function asProposedScenario(problem: ScenarioProblem, allocation: readonly AllocationEntry[]): ScenarioResult {
  validateProblem(problem);
  return evaluateAllocation(problem, allocation, 'EVALUATED');
}
