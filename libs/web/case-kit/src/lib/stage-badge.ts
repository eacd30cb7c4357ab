import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CaseStage } from '@bc/shared/domain';
import { TranslatePipe } from '@ngx-translate/core';

/** A case's stage as a small translated badge. */
@Component({
  selector: 'bc-stage-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="bc-stage bc-stage--{{ stage() }}">{{ 'stages.' + stage() | translate }}</span>`,
  styles: `
    .bc-stage {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .bc-stage--AWARDED {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .bc-stage--CANCELLED {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StageBadge {
  readonly stage = input.required<CaseStage>();
}
