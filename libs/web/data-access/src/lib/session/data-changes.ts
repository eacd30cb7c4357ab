import { effect, inject, Injectable, Injector, signal, untracked } from '@angular/core';

/**
 * The app's one freshness rule (README, "No stale figures"): every successful mutation the app
 * sends bumps `version` (see `provideGraphql`), and every view that shows figures from the API
 * reloads when it moves (`reloadOnDataChange`). So after any change — ending a round, an
 * approval, a score — every figure on the page is current without a reload, however many
 * components show parts of it. Reads are always from the network (`defaultOptions`), never from
 * a cache that another component's change has made stale.
 */
@Injectable({ providedIn: 'root' })
export class DataChanges {
  private readonly counter = signal(0);
  /** Moves after every successful mutation. */
  readonly version = this.counter.asReadonly();

  changed(): void {
    this.counter.update((n) => n + 1);
  }
}

/**
 * Calls `load` whenever data changed after this point (not at once: the caller loads first
 * itself). Must run in an injection context (a constructor or field initializer).
 */
export function reloadOnDataChange(load: () => unknown, injector = inject(Injector)): void {
  const changes = injector.get(DataChanges);
  let first = true;
  effect(
    () => {
      changes.version();
      if (first) {
        first = false;
        return;
      }
      untracked(() => void load());
    },
    { injector },
  );
}
