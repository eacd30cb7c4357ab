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
      @include blocks.label-chip;
      @include blocks.tone(secondary);
    }
    @include blocks.tones('.bc-stage', (AWARDED: primary, CANCELLED: muted));
  `,
})
export class StageBadge {
  readonly stage = input.required<CaseStage>();
}
