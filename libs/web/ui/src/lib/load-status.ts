import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorBanner } from './error-banner';

/**
 * Where a page's read stands, above what it shows: the error banner when it failed, the loading
 * bar while it runs (in a strip that keeps its height, so the page does not jump).
 */
@Component({
  selector: 'bc-load-status',
  imports: [MatProgressBarModule, TranslatePipe, ErrorBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as message) {
      <bc-error-banner class="bc-load-error" [messageKey]="message.key" [params]="message.params" />
    }
    <div class="bc-load-progress">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .bc-load-error {
      margin-bottom: 1rem;
    }
    .bc-load-progress {
      min-height: 4px;
    }
  `,
})
export class LoadStatus {
  readonly loading = input(false);
  readonly error = input<{ key: string; params: Record<string, unknown> } | null | undefined>(null);
}
