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
    @use 'blocks';
    :host {
      align-items: flex-start;
      gap: 0.5rem;
      @include blocks.info-note(error);
    }
  `,
})
export class ErrorBanner {
  readonly messageKey = input.required<string>();
  readonly params = input<Record<string, unknown>>({});
}
