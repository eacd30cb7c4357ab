import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CaseAwardFieldsFragment } from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';

type RouteStep = CaseAwardFieldsFragment['steps'][number];

/**
 * Where one step of an approval route stands, in words: who decided it and when (what the page
 * adds about the decision goes in as content), whom it is held for, open now, or later. The
 * decider's summary and the admin's waiting approvals say it alike.
 */
@Component({
  selector: 'bc-route-step-state',
  imports: [TranslatePipe, BcDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = step();
    @if (s.approval; as a) {
      {{ (a.decision === 'APPROVED' ? 'inbox.route.approved' : 'inbox.route.rejected') | translate: { name: a.approverName, date: (a.decidedAt | bcDate) } }}
      <ng-content />
    } @else if (s.open && s.assigneeName) {
      {{ 'inbox.route.heldFor' | translate: { name: s.assigneeName } }}
    } @else if (s.open) {
      {{ 'inbox.route.openNow' | translate }}
    } @else {
      <span class="bc-muted">{{ 'inbox.route.later' | translate }}</span>
    }
  `,
  styles: `
    .bc-muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class RouteStepState {
  readonly step = input.required<RouteStep>();
}
