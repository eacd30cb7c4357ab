export * from './lib/model';
export { ScenarioInputError, validateProblem } from './lib/validate';
export { checkAllocation } from './lib/check';
export { evaluateAllocation } from './lib/evaluate';
export { analyseScenario, loadSolverRuntime, solveScenario } from './lib/solve-sync';
export { ScenarioSolver, type ScenarioSolverOptions } from './lib/scenario-solver';
export { asProposedScenario, bestPricePerLineProblem, singleSupplierScenario } from './lib/scenarios';
