import { subtractMoney } from '@bc/shared/domain';
import { Dec } from './decimal';
import { emptyResult, evaluateAllocation } from './evaluate';
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

/** The best allocation found under a set of rules, or none. */
interface Outcome {
  status: 'OPTIMAL' | 'INFEASIBLE' | 'TIME_LIMIT';
  allocation: AllocationEntry[] | null;
}

/** Scores within this of the best count as the best (the second phase of MAX_SCORE). */
const SCORE_TOLERANCE = 1e-7;

export function mipOptions(options: SolveOptions = {}): MipOptions {
  return { timeLimitSeconds: options.timeLimitSeconds ?? 30, relativeGap: options.relativeGap ?? 0 };
}

function budgetOf(problem: ScenarioProblem, withBudget: boolean): number | null {
  return withBudget && problem.objective.kind === 'MAX_SCORE' && problem.objective.budget !== null ? Number(problem.objective.budget) : null;
}

function* run(prep: Prepared, goal: Goal, budget: number | null, options: MipOptions): Generator<MipRequest, { answer: MipAnswer; x: number[] }, MipAnswer> {
  const formulation = formulate(prep, goal, budget);
  const answer = yield { model: formulation.model, options };
  return { answer, x: formulation.x };
}

function allocationOf(prep: Prepared, x: number[], values: Float64Array): AllocationEntry[] {
  return prep.pairs.flatMap((pair, i) => {
    const units = Math.round(values[x[i]]);
    if (units <= 0) return [];
    const line = prep.lines[pair.line];
    const quantity = line.unitSize.times(units);
    return [{ lineId: line.id, supplierId: prep.problem.suppliers[pair.supplier].id, quantity: quantity.toFixed() }];
  });
}

/** The best allocation under `rules`: cheapest, or (MAX_SCORE) best scored and then cheapest. */
function* optimise(problem: ScenarioProblem, rules: readonly ScenarioRule[], options: MipOptions): Steps<Outcome> {
  const prep = prepare(problem, rules);
  if (prep.linesWithoutPairs.length > 0) return { status: 'INFEASIBLE', allocation: null };
  if (prep.lines.length === 0) return { status: 'OPTIMAL', allocation: [] };
  const budget = budgetOf(problem, true);
  let goal: Goal = { kind: 'COST' };
  if (problem.objective.kind === 'MAX_SCORE') {
    const best = yield* run(prep, { kind: 'SCORE' }, budget, options);
    if (best.answer.objective === null) return { status: best.answer.status, allocation: null };
    const score = -best.answer.objective;
    goal = { kind: 'COST', minScore: score - SCORE_TOLERANCE * Math.max(1, Math.abs(score)) };
  }
  const { answer, x } = yield* run(prep, goal, budget, options);
  return { status: answer.status, allocation: answer.values ? allocationOf(prep, x, answer.values) : null };
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
  if (outcome.allocation) return evaluateAllocation(problem, outcome.allocation, outcome.status);
  if (outcome.status === 'TIME_LIMIT') return emptyResult(problem, 'TIME_LIMIT', null);
  return emptyResult(problem, 'INFEASIBLE', yield* explain(problem, mip));
}

/** A scenario solved and the price of each of its rules (the optimum without it, and the difference). */
export function* analyseSteps(problem: ScenarioProblem, options: SolveOptions = {}): Steps<{ result: ScenarioResult; rulePrices: RulePrice[] }> {
  const result = yield* solveSteps(problem, options);
  const rulePrices: RulePrice[] = [];
  for (const rule of problem.rules) {
    const outcome = yield* optimise(problem, problem.rules.filter((r) => r !== rule), mipOptions(options));
    const without = outcome.allocation ? evaluateAllocation(problem, outcome.allocation, outcome.status) : null;
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
