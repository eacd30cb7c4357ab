import { computed, signal } from '@angular/core';
import { AppError, errorTranslation, toAppError } from '../errors/app-error';

/**
 * A form's or a dialog's call to the API: busy while it runs (the submit button waits), and the
 * error it ended in with its message for the banner. What every form kept by hand.
 */
export class Submission {
  readonly busy = signal(false);
  readonly error = signal<AppError | null>(null);
  readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });

  /**
   * Runs `work`, the last error cleared first. A failure is kept in `error` unless `shownAtField`
   * showed it at a form field (it answers true then). True when the work succeeded.
   */
  async run(work: () => Promise<unknown>, shownAtField?: (error: AppError) => boolean): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
      return true;
    } catch (thrown) {
      const error = toAppError(thrown);
      if (!shownAtField?.(error)) this.error.set(error);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
