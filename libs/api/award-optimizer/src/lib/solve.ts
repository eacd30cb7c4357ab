import { subtractMoney } from '@bc/shared/domain';
import { Dec } from './decimal';
import { emptyResult, evaluateAllocation } from './evaluate';
import { solveLarge, suitsLargeMethod } from './decompose';
import { formulate, type Goal } from './formulation';
import type { MipAnswer, MipOptions, MipRequest } from './mip';
import type { AllocationEntry, RulePrice, ScenarioConflict, ScenarioProblem, ScenarioResult, ScenarioRule, SolveOptions } from './model';
import { prepare, type Prepared } from './prepare';
import { validateProblem } from './validate';

/**
 * The optimizer's work as steps: each `yield` hands a model to whoever runs HiGHS (in this thread,
 * {@link runSteps}; in a worker, the ScenarioSolver) and gets its answer back. The logic is written
 * once for both.
 */
export type Steps<T> = Generator<MipRequest, T, MipAnswer>;

/** The best allocation found under a set of rules, or none; its objective and the bound proven on it. */
interface Outcome {
  status: 'OPTIMAL' | 'INFEASIBLE' | 'TIME_LIMIT';
  allocation: AllocationEntry[] | null;
  objective?: number | null;
  bound?: number | null;
}

/** Eligible offers from which a scenario under a maximum number of suppliers is solved by the large scenarios' method. */
export const LARGE_FROM = 5000;
/** The relative gap accepted by default for large scenarios. */
export const LARGE_GAP = 0.001;

/** Scores within this of the best count as the best (the second phase of MAX_SCORE). */
const SCORE_TOLERANCE = 1e-7;

/** The solve options with their defaults: per HiGHS run, and for the large scenarios' method. */
type Settings = MipOptions & { largeFrom: number; largeGap: number };

export function mipOptions(options: SolveOptions = {}): Settings {
  return {
    timeLimitSeconds: options.timeLimitSeconds ?? 30,
    relativeGap: options.relativeGap ?? 0,
    largeFrom: options.largeFrom ?? LARGE_FROM,
    largeGap: options.relativeGap ?? LARGE_GAP,
  };
}

/** The solver's figures as the result reports them: the relative gap to the bound, and whether it is closed. */
export function gapOf(outcome: Outcome): { gap: number | null; provenOptimal: boolean } {
  const { objective, bound } = outcome;
  if (outcome.status === 'INFEASIBLE' || objective == null || bound == null) return { gap: null, provenOptimal: false };
  const difference = objective - bound;
  if (difference <= 1e-6 + 1e-9 * Math.abs(objective)) return { gap: 0, provenOptimal: true };
  return { gap: Number((difference / Math.max(1, Math.abs(objective))).toFixed(6)), provenOptimal: false };
}

function budgetOf(problem: ScenarioProblem, withBudget: boolean): number | null {
  return withBudget && problem.objective.kind === 'MAX_SCORE' && problem.objective.budget !== null ? Number(problem.objective.budget) : null;
}

function* run(prep: Prepared, goal: Goal, budget: number | null, options: MipOptions): Generator<MipRequest, { answer: MipAnswer; x: number[] }, MipAnswer> {
  const formulation = formulate(prep, goal, budget);
  const answer = yield { model: formulation.model, options };
  return { answer, x: formulation.x };
}

function allocationOf(prep: Prepared, x: readonly number[] | null, values: Float64Array): AllocationEntry[] {
  return prep.pairs.flatMap((pair, i) => {
    const units = Math.round(values[x ? x[i] : i]);
    if (units <= 0) return [];
    const line = prep.lines[pair.line];
    const quantity = line.unitSize.times(units);
    return [{ lineId: line.id, supplierId: prep.problem.suppliers[pair.supplier].id, quantity: quantity.toFixed() }];
  });
}

/** The best allocation under `rules`: cheapest, or (MAX_SCORE) best scored and then cheapest. */
function* optimise(problem: ScenarioProblem, rules: readonly ScenarioRule[], options: Settings): Steps<Outcome> {
  const prep = prepare(problem, rules);
  if (prep.linesWithoutPairs.length > 0) return { status: 'INFEASIBLE', allocation: null };
  if (prep.lines.length === 0) return { status: 'OPTIMAL', allocation: [], objective: 0, bound: 0 };
  const budget = budgetOf(problem, true);
  let goal: Goal = { kind: 'COST' };
  let scoreProven = true;
  if (prep.pairs.length >= options.largeFrom && suitsLargeMethod(prep, goal, budget)) {
    const large = yield* solveLarge(prep, { timeLimitSeconds: options.timeLimitSeconds, relativeGap: options.largeGap });
    if (large.units) return { status: large.status, allocation: allocationOf(prep, null, large.units), objective: large.objective, bound: large.bound };
    if (large.status === 'INFEASIBLE') return { status: 'INFEASIBLE', allocation: null };
    // No allocation in whole steps found that way (rare): the whole model, as for smaller scenarios.
  }
  if (problem.objective.kind === 'MAX_SCORE') {
    const best = yield* run(prep, { kind: 'SCORE' }, budget, options);
    if (best.answer.objective === null) return { status: best.answer.status, allocation: null };
    const score = -best.answer.objective;
    scoreProven = best.answer.status === 'OPTIMAL';
    goal = { kind: 'COST', minScore: score - SCORE_TOLERANCE * Math.max(1, Math.abs(score)) };
  }
  const { answer, x } = yield* run(prep, goal, budget, { timeLimitSeconds: options.timeLimitSeconds, relativeGap: options.relativeGap });
  // The cost's bound says nothing of a best score that was not proven.
  return { status: answer.status, allocation: answer.values ? allocationOf(prep, x, answer.values) : null, objective: answer.objective, bound: scoreProven ? answer.bound : null };
}

/** Whether some allocation keeps `rules` (and the budget when `withBudget`); a solve that runs out of time counts as feasible. */
function* feasible(problem: ScenarioProblem, rules: readonly ScenarioRule[], withBudget: boolean, options: MipOptions): Steps<boolean> {
  const prep = prepare(problem, rules);
  if (prep.linesWithoutPairs.length > 0) return false;
  if (prep.lines.length === 0) return true;
  const { answer } = yield* run(prep, { kind: 'FEASIBLE' }, budgetOf(problem, withBudget), options);
  return answer.status !== 'INFEASIBLE';
}

/**
 * Why an infeasible scenario is infeasible: the deletion filter. Starting from all rules, each
 * rule is dropped in turn and stays dropped when the rest is still infeasible; what remains is a
 * conflicting set none of whose rules can go (minimal, not the smallest). Lines nobody offered,
 * and a budget below every allocation, are reported on their own.
 */
export function* explain(problem: ScenarioProblem, options: MipOptions): Steps<ScenarioConflict> {
  const offered = new Set(problem.offers.map((o) => o.lineId));
  const linesWithoutOffers = problem.lines.filter((l) => !offered.has(l.id)).map((l) => l.id);
  if (linesWithoutOffers.length > 0) return { ruleIds: [], budget: false, linesWithoutOffers };
  if (!(yield* feasible(problem, [], true, options))) return { ruleIds: [], budget: true, linesWithoutOffers };
  let kept = [...problem.rules];
  for (const rule of problem.rules) {
    const without = kept.filter((r) => r !== rule);
    if (!(yield* feasible(problem, without, true, options))) kept = without;
  }
  const budget = budgetOf(problem, true) !== null && (yield* feasible(problem, kept, false, options));
  return { ruleIds: kept.map((r) => r.id), budget, linesWithoutOffers };
}

/** A scenario solved: the optimal allocation evaluated exactly, or why there is none. */
export function* solveSteps(problem: ScenarioProblem, options: SolveOptions = {}): Steps<ScenarioResult> {
  validateProblem(problem);
  const mip = mipOptions(options);
  const outcome = yield* optimise(problem, problem.rules, mip);
  if (outcome.allocation) return { ...evaluateAllocation(problem, outcome.allocation, outcome.status), ...gapOf(outcome) };
  if (outcome.status === 'TIME_LIMIT') return emptyResult(problem, 'TIME_LIMIT', null);
  return emptyResult(problem, 'INFEASIBLE', yield* explain(problem, mip));
}

/** A scenario solved and the price of each of its rules (the optimum without it, and the difference). */
export function* analyseSteps(problem: ScenarioProblem, options: SolveOptions = {}): Steps<{ result: ScenarioResult; rulePrices: RulePrice[] }> {
  const result = yield* solveSteps(problem, options);
  const rulePrices: RulePrice[] = [];
  for (const rule of problem.rules) {
    const outcome = yield* optimise(problem, problem.rules.filter((r) => r !== rule), mipOptions(options));
    const without = outcome.allocation ? { ...evaluateAllocation(problem, outcome.allocation, outcome.status), ...gapOf(outcome) } : null;
    const both = result.status === 'OPTIMAL' && without?.status === 'OPTIMAL';
    rulePrices.push({
      ruleId: rule.id,
      kind: rule.kind,
      status: without?.status ?? outcome.status,
      totalCostWithout: without?.totalCost ?? null,
      costOfRule: both && without ? subtractMoney(result.totalCost, without.totalCost) : null,
      scoreWithout: without?.score ?? null,
      scoreDifference: both && without && result.score !== null && without.score !== null ? new Dec(result.score).minus(without.score).toNumber() : null,
    });
  }
  return { result, rulePrices };
}

/** Runs steps in this thread, each model solved by `solve`. */
export function runSteps<T>(steps: Steps<T>, solve: (request: MipRequest) => MipAnswer): T {
  let next = steps.next();
  while (!next.done) next = steps.next(solve(next.value));
  return next.value;
}

/** Runs steps with an asynchronous solver (a worker pool). */
export async function runStepsAsync<T>(steps: Steps<T>, solve: (request: MipRequest) => Promise<MipAnswer>): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await solve(next.value));
  return next.value;
}
