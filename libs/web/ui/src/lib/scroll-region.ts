import { afterEveryRender, Directive, ElementRef, inject, input } from '@angular/core';

let nextId = 0;

/**
 * A region that scrolls on its own (a wide table's frame, the case board): a keyboard reaches it
 * with Tab and scrolls it with the arrow keys (WCAG 2.1.1, axe's `scrollable-region-focusable`),
 * and a screen reader announces it as a region named like its content. The name is the given
 * `bcScrollRegion` text or else the inner table's own name (its `aria-labelledby`, `aria-label` or
 * caption), so a template names its table once. Every `.bc-table-wrap` is one.
 */
@Directive({
  selector: '.bc-table-wrap, [bcScrollRegion]',
  host: { class: 'bc-scroll-region', tabindex: '0' },
})
export class ScrollRegion {
  /** The region's accessible name, already translated; empty: the inner table's name. */
  readonly label = input('', { alias: 'bcScrollRegion' });

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    // After each render: a table inside an @if comes and goes, and its name's binding with it.
    afterEveryRender(() => {
      const label = this.label();
      const labelledBy = label ? null : tableName(host.querySelector('table'));
      setAttribute(host, 'aria-label', label || null);
      setAttribute(host, 'aria-labelledby', labelledBy);
      setAttribute(host, 'role', label || labelledBy ? 'region' : null);
    });
  }
}

/** The ids that name a table: its own `aria-labelledby`, its caption's, or the table's (named by `aria-label`). */
function tableName(table: HTMLTableElement | null): string | null {
  if (!table) return null;
  const labelledBy = table.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy;
  const named = table.caption ?? (table.hasAttribute('aria-label') ? table : null);
  if (!named) return null;
  named.id ||= `bc-scroll-region-${++nextId}`;
  return named.id;
}

function setAttribute(element: HTMLElement, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
