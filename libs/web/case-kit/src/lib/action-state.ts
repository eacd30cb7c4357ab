import { signal, WritableSignal } from '@angular/core';
import { AppError, toAppError } from '@bc/web/data-access';

/**
 * What a feature's facade shows while it reads and acts: loading while it reads, busy while a
 * command runs, and the error either ended with. One shape for every case feature, so each page
 * and panel need not write the same try/catch/finally again.
 */
export class ActionState {
  readonly loading: WritableSignal<boolean>;
  readonly busy = signal(false);
  readonly error = signal<AppError | null>(null);

  /**
   * `afterError` runs once a command has failed and its error is shown (e.g. to read the data afresh);
   * `loadingFirst` is for a page that reads as it opens, so it does not show "nothing" before it asked.
   */
  constructor(
    private readonly afterError?: (error: AppError) => Promise<void> | void,
    loadingFirst = false,
  ) {
    this.loading = signal(loadingFirst);
  }

  /** Reads: loading meanwhile; an earlier error stays only with `keepError`. */
  async load(read: () => Promise<void>, keepError = false): Promise<void> {
    this.loading.set(true);
    if (!keepError) this.error.set(null);
    try {
      await read();
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** Runs a command: busy meanwhile, its error kept; answers its result, or `undefined` when it failed. */
  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy.set(true);
    this.error.set(null);
    try {
      return await work();
    } catch (error) {
      const appError = toAppError(error);
      this.error.set(appError);
      await this.afterError?.(appError);
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }
}

/** The snack-bar notice lives in @bc/web/ui now (pages outside the case features use it too); case features keep importing it from here. */
export { injectNotify } from '@bc/web/ui';
