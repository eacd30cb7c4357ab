import { computed, signal } from '@angular/core';
import { MatDialogRef } from '@angular/material/dialog';
import { AppError, errorTranslation, toAppError } from '@bc/web/data-access';

/** An error as a translation key with its parameters, as the error banner shows it. */
export type ErrorMessage = { key: string; params: Record<string, unknown> };

/**
 * A form dialog's submission: `saving` while it runs, then the dialog closes with the result. A refused
 * field shows at the field when `placeAtField` puts it there (and answers true); any other error shows
 * above the form (`errorMessage`, in the feature's words when it gives `translate`).
 */
export class DialogSubmission<R> {
  readonly saving = signal(false);
  readonly error = signal<AppError | null>(null);
  readonly errorMessage = computed<ErrorMessage | null>(() => {
    const error = this.error();
    return error ? this.translate(error) : null;
  });

  constructor(
    private readonly ref: Pick<MatDialogRef<unknown, R>, 'close'>,
    private readonly placeAtField: (error: AppError) => boolean = () => false,
    private readonly translate: (error: AppError) => ErrorMessage = errorTranslation,
  ) {}

  async submit(work: () => Promise<R>): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    try {
      this.ref.close(await work());
    } catch (error) {
      const appError = toAppError(error);
      if (!this.placeAtField(appError)) this.error.set(appError);
    } finally {
      this.saving.set(false);
    }
  }
}
