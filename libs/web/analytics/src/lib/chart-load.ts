import { signal } from '@angular/core';
import { errorTranslation, toAppError } from '@bc/web/data-access';

/**
 * One chart's read: its data, whether it is loading, the error it failed with. A newer read wins:
 * the answer of an older one (the filter changed meanwhile) is dropped.
 */
export class ChartLoad<T> {
  readonly data = signal<T | null>(null);
  readonly loading = signal(false);
  readonly error = signal<{ key: string; params: Record<string, unknown> } | null>(null);
  private sequence = 0;

  async run(read: () => Promise<T>): Promise<void> {
    const mine = ++this.sequence;
    this.loading.set(true);
    this.error.set(null);
    try {
      const data = await read();
      if (mine === this.sequence) this.data.set(data);
    } catch (e) {
      if (mine === this.sequence) {
        this.data.set(null);
        this.error.set(errorTranslation(toAppError(e)));
      }
    } finally {
      if (mine === this.sequence) this.loading.set(false);
    }
  }
}
