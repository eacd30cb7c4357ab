import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NeedStatus } from '@bc/shared/domain';
import { TranslatePipe } from '@ngx-translate/core';

/** A need's status as a small translated badge. */
@Component({
  selector: 'bc-need-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="bc-badge bc-badge--{{ status() }}">{{ 'needStatus.' + status() | translate }}</span>`,
  styles: `
    .bc-badge {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .bc-badge--ACCEPTED {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .bc-badge--DECLINED {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class NeedStatusBadge {
  readonly status = input.required<NeedStatus>();
}
