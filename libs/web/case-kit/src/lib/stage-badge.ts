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
    @use 'blocks';
    .bc-stage {
      white-space: nowrap;
      @include blocks.tinted(secondary);
      @include blocks.label-chip;
    }
    .bc-stage--AWARDED {
      @include blocks.tinted(primary);
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
