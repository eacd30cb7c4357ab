import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ScenarioSolver } from '@bc/api/award-optimizer';

/** Seconds one HiGHS run may take (a solve with rule prices is one run per rule more). */
export const SCENARIO_TIME_LIMIT_SECONDS = 20;

/**
 * The API's one ScenarioSolver: a piscina pool of one worker thread, so HiGHS never blocks the
 * event loop and solves queue instead of taking the second core. Made on the first solve (an
 * instance that never solves starts no thread) and closed when the application shuts down.
 *
 * The worker is `scenario.worker.js` beside the optimizer's module: in the sources for tests, and
 * beside `main.js` in the built API (apps/api's webpack config copies it and `run-mip.js` there).
 */
@Injectable()
export class ScenarioSolverProvider implements OnApplicationShutdown {
  private solver: ScenarioSolver | null = null;

  get(): ScenarioSolver {
    // The optimizer's own gaps: exact for ordinary scenarios, within 0.1 % for large ones (the result says which).
    this.solver ??= new ScenarioSolver({ threads: 1, timeLimitSeconds: SCENARIO_TIME_LIMIT_SECONDS });
    return this.solver;
  }

  async onApplicationShutdown(): Promise<void> {
    const solver = this.solver;
    this.solver = null;
    await solver?.close();
  }
}
