import { computed, signal, WritableSignal } from '@angular/core';
import { AppError, errorTranslation, toAppError } from '@bc/web/data-access';

/**
 * What a feature's facade shows while it reads and acts: loading while it reads, busy while a
 * command runs, and the error either ended with. One shape for every case feature, so each page
 * and panel need not write the same try/catch/finally again.
 */
export class ActionState {
  readonly loading: WritableSignal<boolean>;
  readonly busy = signal(false);
  readonly error = signal<AppError | null>(null);
  /** The error as the banner shows it. */
  readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? this.translate(error) : null;
  });

  /**
   * `afterError` runs once a command has failed and its error is shown (e.g. to read the data afresh);
   * `loadingFirst` is for a page that reads as it opens, so it does not show "nothing" before it asked;
   * `translate` puts an error in the feature's own words.
   */
  constructor(
    private readonly afterError?: (error: AppError) => Promise<void> | void,
    loadingFirst = false,
    private readonly translate: (error: AppError) => { key: string; params: Record<string, unknown> } = errorTranslation,
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

  /**
   * Runs a page's own step with its own flag up meanwhile (uploading, comparing; none for a quick
   * read): its error is kept unless `placed` shows it at a form field (and answers true). True when
   * it succeeded.
   */
  async during(flag: WritableSignal<boolean> | null, work: () => Promise<unknown>, placed: (error: AppError) => boolean = () => false): Promise<boolean> {
    flag?.set(true);
    this.error.set(null);
    try {
      await work();
      return true;
    } catch (error) {
      const appError = toAppError(error);
      if (!placed(appError)) this.error.set(appError);
      return false;
    } finally {
      flag?.set(false);
    }
  }
}

/**
 * An `afterError` that reads the data afresh when the command failed with one of `codes` (someone
 * else acted meanwhile, or time passed): the page then shows it as it now is, the error above it.
 */
export function reloadOn(codes: readonly string[], reload: () => Promise<void>): (error: AppError) => Promise<void> {
  return async (error) => {
    if (codes.includes(error.code)) await reload();
  };
}

/** The snack-bar notice lives in @bc/web/ui now (pages outside the case features use it too); case features keep importing it from here. */
export { injectNotify } from '@bc/web/ui';
