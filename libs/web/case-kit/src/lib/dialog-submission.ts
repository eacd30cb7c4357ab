import { computed, signal } from '@angular/core';
import { MatDialogRef } from '@angular/material/dialog';
import { AppError, errorTranslation, toAppError } from '@bc/web/data-access';

/**
 * A form dialog's submission: `saving` while it runs, then the dialog closes with the result. A refused
 * field shows at the field when `placeAtField` puts it there (and answers true); any other error shows
 * above the form (`errorMessage`).
 */
export class DialogSubmission<R> {
  readonly saving = signal(false);
  readonly error = signal<AppError | null>(null);
  readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorTranslation(error) : null;
  });

  constructor(
    private readonly ref: Pick<MatDialogRef<unknown, R>, 'close'>,
    private readonly placeAtField: (error: AppError) => boolean = () => false,
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
