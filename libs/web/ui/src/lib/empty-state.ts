import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** An honest "nothing here yet": a heading, an explanation, optionally an action. */
@Component({
  selector: 'bc-empty-state',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (icon()) {
      <mat-icon class="bc-empty-state__icon" [svgIcon]="icon()" aria-hidden="true" />
    }
    <h2 class="bc-empty-state__heading">{{ heading() }}</h2>
    <div class="bc-empty-state__text"><ng-content /></div>
  `,
  styles: `
    @use 'blocks';
    :host {
      color: var(--mat-sys-on-surface-variant);
      @include blocks.empty-frame(3rem 1.5rem);
    }
    .bc-empty-state__icon {
      width: 48px;
      height: 48px;
      color: var(--mat-sys-primary);
    }
    .bc-empty-state__heading {
      margin: 0;
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-on-surface);
    }
    .bc-empty-state__text {
      max-width: 36rem;
    }
  `,
})
export class EmptyState {
  readonly heading = input.required<string>();
  readonly icon = input<string>('');
}
