import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { TranslatePipe } from '@ngx-translate/core';

/** A user's roles as translated chips. */
@Component({
  selector: 'bc-role-chips',
  imports: [MatChipsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-chip-set [attr.aria-label]="label()">
      @for (role of roles(); track role) {
        <mat-chip [disableRipple]="true">{{ 'roles.' + role | translate }}</mat-chip>
      }
    </mat-chip-set>
  `,
})
export class RoleChips {
  readonly roles = input.required<readonly string[]>();
  /** Accessible name of the chip set, e.g. "Roles". */
  readonly label = input<string>('');
}
