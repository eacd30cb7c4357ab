import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { MipAnswer, MipRequest } from './mip';
import type { RulePrice, ScenarioProblem, ScenarioResult, SolveOptions } from './model';
import { analyseSteps, runStepsAsync, solveSteps, type Steps } from './solve';

export interface ScenarioSolverOptions extends SolveOptions {
  /** Worker threads (default 1: solves queue, and the API keeps the other core). */
  threads?: number;
  /** The worker file (default scenario.worker.js beside this module). */
  workerFile?: string;
}

/**
 * Solves scenarios in a piscina pool of worker threads, so HiGHS never blocks the caller's event
 * loop: the models are built here and each solve runs in a worker (scenario.worker.js), which
 * stops at the time limit (or is ended a little after it). Close it when done.
 */
export class ScenarioSolver {
  private readonly pool: Piscina<MipRequest, MipAnswer>;
  private readonly defaults: SolveOptions;

  constructor(options: ScenarioSolverOptions = {}) {
    const threads = options.threads ?? 1;
    this.pool = new Piscina({ filename: options.workerFile ?? join(__dirname, 'scenario.worker.js'), minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
    this.defaults = { timeLimitSeconds: options.timeLimitSeconds, relativeGap: options.relativeGap };
  }

  /** The scenario solved (as solveScenario does). */
  solve(problem: ScenarioProblem, options?: SolveOptions): Promise<ScenarioResult> {
    return this.run(solveSteps(problem, { ...this.defaults, ...options }));
  }

  /** The scenario solved and the price of each rule (as analyseScenario does). */
  analyse(problem: ScenarioProblem, options?: SolveOptions): Promise<{ result: ScenarioResult; rulePrices: RulePrice[] }> {
    return this.run(analyseSteps(problem, { ...this.defaults, ...options }));
  }

  /** Ends the worker threads; solves still queued are rejected. */
  close(): Promise<void> {
    return this.pool.destroy();
  }

  private run<T>(steps: Steps<T>): Promise<T> {
    return runStepsAsync(steps, (request) => this.runInWorker(request));
  }

  /**
   * One HiGHS run in a worker. HiGHS checks its time limit between steps of its own, and a big
   * model's presolve or first LP can run well past it; past the limit and a grace of half of it
   * (at least 5 s) the worker is ended (piscina replaces it) and the run counts as out of time.
   */
  private async runInWorker(request: MipRequest): Promise<MipAnswer> {
    const limit = request.options.timeLimitSeconds;
    const signal = AbortSignal.timeout(Math.ceil((limit + Math.max(5, limit / 2)) * 1000));
    try {
      return await this.pool.run(request, { signal });
    } catch (error) {
      if (signal.aborted) return { status: 'TIME_LIMIT', values: null, objective: null, bound: null, rowDuals: null };
      throw error;
    }
  }
}
