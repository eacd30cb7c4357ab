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
    @use 'blocks';
    .bc-badge {
      background: var(--mat-sys-surface-container-high);
      white-space: nowrap;
      @include blocks.label-chip;
    }
    .bc-badge--ACCEPTED {
      @include blocks.tone(primary);
    }
    .bc-badge--DECLINED {
      @include blocks.tone(error);
    }
  `,
})
export class NeedStatusBadge {
  readonly status = input.required<NeedStatus>();
}
