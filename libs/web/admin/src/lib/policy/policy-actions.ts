import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The foot of each policy form: when it was last saved (the content), discarding the changes and
 * saving. Sits inside its `<form>`, so the save button submits it.
 */
@Component({
  selector: 'bc-policy-actions',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="bc-updated"><ng-content /></p>
    <button mat-stroked-button type="button" [disabled]="busy() || pristine()" (click)="discard.emit()">
      {{ discardLabel() | translate }}
    </button>
    <button mat-flat-button type="submit" [disabled]="busy()">
      {{ (busy() ? 'common.saving' : 'common.save') | translate }}
    </button>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      justify-content: flex-end;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .bc-updated {
      margin: 0 auto 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PolicyActions {
  readonly busy = input(false);
  readonly pristine = input(true);
  /** Translation key of the discard button. */
  readonly discardLabel = input.required<string>();
  readonly discard = output();
}
