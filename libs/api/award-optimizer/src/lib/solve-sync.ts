import loadHighs, { type Highs } from 'highs';
import type { RulePrice, ScenarioProblem, ScenarioResult, SolveOptions } from './model';
import { runMip } from './run-mip';
import { analyseSteps, runSteps, solveSteps } from './solve';

/** Loads the HiGHS WebAssembly runtime (once per thread is enough; reuse it). */
export function loadSolverRuntime(): Promise<Highs> {
  return loadHighs();
}

/**
 * Solves a scenario in this thread, blocking it while HiGHS runs (tests and scripts; the API uses
 * {@link ScenarioSolver}). An infeasible scenario comes back with a minimal conflicting set of rules.
 * @throws ScenarioInputError when the problem is malformed.
 */
export function solveScenario(problem: ScenarioProblem, highs: Highs, options?: SolveOptions): ScenarioResult {
  return runSteps(solveSteps(problem, options), (request) => runMip(highs, request));
}

/** {@link solveScenario} and the price of each rule: the optimum without it and the difference. */
export function analyseScenario(problem: ScenarioProblem, highs: Highs, options?: SolveOptions): { result: ScenarioResult; rulePrices: RulePrice[] } {
  return runSteps(analyseSteps(problem, options), (request) => runMip(highs, request));
}
