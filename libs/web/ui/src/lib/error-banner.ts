import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/** A translated error message, announced to screen readers as it appears. */
@Component({
  selector: 'bc-error-banner',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert' },
  template: `
    <mat-icon svgIcon="error" aria-hidden="true" />
    <span>{{ messageKey() | translate: params() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    mat-icon {
      flex: none;
    }
  `,
})
export class ErrorBanner {
  readonly messageKey = input.required<string>();
  readonly params = input<Record<string, unknown>>({});
}
