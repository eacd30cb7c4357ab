import { afterNextRender, effect, inject, Injector, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';

/**
 * When the page's URL names `fragment` (`…#auctions`, as a task links to it), scrolls `target` into
 * view and moves the focus to it once `ready` (its content loaded), once per arrival at the fragment.
 * The router's own anchor scrolling runs before a panel that loads its data has any height.
 */
export function scrollToFragment(fragment: string, ready: Signal<boolean>, target: () => HTMLElement | null | undefined): void {
  const current = toSignal(inject(ActivatedRoute).fragment, { initialValue: null });
  const injector = inject(Injector);
  let done = false;
  effect(() => {
    if (current() !== fragment) {
      done = false;
      return;
    }
    if (done || !ready()) return;
    done = true;
    afterNextRender(
      () => {
        const element = target();
        element?.scrollIntoView({ block: 'start' });
        element?.focus({ preventScroll: true });
      },
      { injector },
    );
  });
}
