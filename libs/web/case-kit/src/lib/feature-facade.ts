import { inject, Injectable } from '@angular/core';
import { Api } from '@bc/web/data-access';
import { ActionState } from './action-state';

/**
 * What every case feature's facade shares: the API, and the state its commands run in. A command
 * whose answer the page does not need (`done`) answers `true`, or `undefined` when it failed and
 * `state.error` says why.
 */
@Injectable()
export abstract class FeatureFacade {
  protected readonly api = inject(Api);
  abstract readonly state: ActionState;

  protected done(work: () => Promise<unknown>): Promise<true | undefined> {
    return this.state.run(async () => {
      await work();
      return true as const;
    });
  }
}
