import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { can, CaseStage, CLOSED_STAGES, OPEN_DATA_STAGES, Permission, Role } from '@bc/shared/domain';
import { CaseFieldsFragment, pagesFor, reloadOnDataChange, SessionStore, WORKSPACE_PATH } from '@bc/web/data-access';
import { BcAmountPipe, BcCpvLabelPipe, BcDatePipe, BcPluralPipe, BcQuantityPipe } from '@bc/web/i18n';
import { LoadStatus } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ShortlistPanel } from '@bc/web/sourcing';
import { injectAsk, injectCan, injectNotify, StageBadge } from '@bc/web/case-kit';
import { TeamPanel } from '../team/team-panel';
import { CaseFacade } from './case.facade';
import { CaseTimeline } from './case-timeline';
import { CaseOpenData } from './case-open-data';
import { CaseSteps, forwardSteps, isBlocked, NextStep, STEP_STAGES } from './case-steps';
import { EditCaseDialog } from './edit-case.dialog';
import { CreatedRebuy, RebuyDialog } from './rebuy.dialog';

const TABS = ['overview', 'team', 'specification', 'shortlist', 'history'] as const;
type Tab = (typeof TABS)[number];

@Component({
  selector: 'bc-case-page',
  imports: [LoadStatus, BcPluralPipe, 
    CaseTimeline,
    CaseOpenData,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTabsModule,
    TranslatePipe,
    BcCpvLabelPipe,
    BcDatePipe,
    BcAmountPipe,
    BcQuantityPipe,
    StageBadge,
    CaseSteps,
    TeamPanel,
    ShortlistPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CaseFacade],
  templateUrl: './case.page.html',
  styleUrls: ['../cases.scss', './case.page.scss'],
  styles: `
    .bc-rfq-card {
      margin-top: 1rem;
      padding-top: 1rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
      p {
        margin: 0 0 0.5rem;
      }
    }
    .bc-rfq-card__status {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
      margin-bottom: 0.5rem;
    }
    .bc-via {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CasePage {
  private readonly facade = inject(CaseFacade);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly ask = injectAsk();
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly notify = injectNotify();

  /** The route's `:id`. */
  readonly id = input.required<string>();
  /** `?tab=`: which tab is open. */
  readonly tab = input<string>();

  protected readonly purchaseCase = this.facade.purchaseCase;
  /** The approved award, shown on the overview of an awarded case. */
  protected readonly award = this.facade.award;
  protected readonly timeline = this.facade.timeline;
  protected readonly timelineError = this.facade.timelineError;
  protected readonly loading = this.facade.state.loading;
  protected readonly busy = this.facade.state.busy;
  protected readonly errorMessage = this.facade.state.errorMessage;
  private readonly historyShown = computed(() => this.tabIndex() === TABS.indexOf('history'));
  protected readonly tabIndex = computed(() => Math.max(0, TABS.indexOf((this.tab() ?? 'overview') as Tab)));

  protected readonly canManage = injectCan(Permission.CASE_MANAGE);
  /** Whether the user works on the case board; a requester came here from their needs. */
  protected readonly onBoard = computed(() => pagesFor(this.session.permissions()).some((p) => p.path === WORKSPACE_PATH));
  protected readonly closed = computed(() => {
    const c = this.purchaseCase();
    return !!c && CLOSED_STAGES.includes(c.stage);
  });
  /** Plain moves only: a step made by an RFQ action (publishing it, say) happens there. */
  protected readonly forward = computed(() => {
    const c = this.purchaseCase();
    return c ? forwardSteps(c.stage, c.nextSteps).filter((s) => !s.via) : [];
  });
  /** Steps that happen by an RFQ action: shown as where they happen, not as a move button. */
  protected readonly viaSteps = computed(() => {
    const c = this.purchaseCase();
    return c ? forwardSteps(c.stage, c.nextSteps).filter((s) => !!s.via) : [];
  });
  protected readonly canManageRfq = injectCan(Permission.RFQ_MANAGE);
  /**
   * The OCDS downloads: once the case has left its RFQ stage, for whoever reads its awards (the
   * server's rule: AWARD_READ on the case, or a decider of the organization).
   */
  protected readonly openDataShown = computed(() => {
    const c = this.purchaseCase();
    if (!c || !OPEN_DATA_STAGES.includes(c.stage) || c.rfq?.status !== 'CLOSED') return false;
    return can(c.myRoles, Permission.AWARD_READ) || (this.session.user()?.roles ?? []).includes(Role.DECIDER);
  });
  /** The RFQ card: the case's RFQ, or in sourcing the way to set one up. */
  protected readonly showRfq = computed(() => {
    const c = this.purchaseCase();
    return !!c && (!!c.rfq || (c.stage === CaseStage.SOURCING && this.canManageRfq()));
  });
  /** No live RFQ yet (none, or the last one was cancelled): the buyer sets one up. */
  protected readonly rfqToSetUp = computed(() => {
    const c = this.purchaseCase();
    return !!c && c.stage === CaseStage.SOURCING && (!c.rfq || c.rfq.status === 'CANCELLED');
  });
  /** Going back a stage (e.g. from sourcing to the specification), which needs a reason. */
  protected readonly backward = computed(() => {
    const c = this.purchaseCase();
    if (!c) return [];
    const at = STEP_STAGES.indexOf(c.stage);
    return c.nextSteps.filter((s) => !s.via && s.to !== CaseStage.CANCELLED && STEP_STAGES.indexOf(s.to) < at);
  });
  /** A rebuy starts from a case that has a specification to copy, or repeats an awarded one. */
  protected readonly canRebuy = computed(() => {
    const c = this.purchaseCase();
    return !!c && (c.stage === CaseStage.AWARDED || !!c.specification);
  });
  protected readonly canCancel = computed(() => !!this.purchaseCase()?.nextSteps.some((s) => s.to === CaseStage.CANCELLED));
  protected readonly isBlocked = isBlocked;

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => {
      void this.load();
      if (this.historyShown()) void this.facade.loadTimeline(this.id());
    });
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    // The history is read when its tab opens (and again for another case while it is open).
    effect(() => {
      const id = this.id();
      if (this.historyShown()) untracked(() => void this.facade.loadTimeline(id));
    });
  }

  protected selectTab(index: number): void {
    void this.router.navigate([], { queryParams: { tab: index === 0 ? null : TABS[index] }, replaceUrl: true });
  }

  protected load(id = this.id()): Promise<void> {
    return this.facade.load(id);
  }

  /** A panel changed the case (team, shortlist): show the new state, steps and blockers included. */
  protected changed(updated: CaseFieldsFragment | null): void {
    if (updated) this.facade.set(updated);
    else void this.load();
  }

  protected move(step: NextStep): void {
    const c = this.purchaseCase();
    if (!c) return;
    const params = { stage: this.translate.instant(`stages.${step.to}`) as string };
    if (step.needsReason) {
      this.ask.reason({ title: 'cases.moveTitle', text: 'cases.moveReasonText', label: 'cases.reason', confirm: 'cases.moveTo', params }, (reason) =>
        this.doMove(c.id, step, reason, params),
      );
    } else {
      void this.doMove(c.id, step, null, params);
    }
  }

  private async doMove(caseId: string, step: NextStep, reason: string | null, params: Record<string, unknown>): Promise<void> {
    if (await this.facade.move(caseId, step.to, reason)) this.notify('cases.moved', params);
  }

  protected cancel(): void {
    const c = this.purchaseCase();
    if (!c) return;
    this.ask.reason({
      title: 'cases.cancelTitle',
      text: 'cases.cancelText',
      label: 'cases.reason',
      confirm: 'cases.cancelCase',
      params: { reference: c.reference },
      destructive: true,
    }, async (reason) => {
      if (await this.facade.cancel(c.id, reason)) this.notify('cases.cancelled', { reference: c.reference });
    });
  }

  protected edit(): void {
    const c = this.purchaseCase();
    if (!c) return;
    this.dialog
      .open<EditCaseDialog, CaseFieldsFragment, CaseFieldsFragment>(EditCaseDialog, { data: c, width: '40rem' })
      .afterClosed()
      .subscribe((updated) => {
        if (updated) {
          this.facade.set(updated);
          this.notify('cases.saved', { reference: updated.reference });
        }
      });
  }

  protected rebuy(): void {
    const c = this.purchaseCase();
    if (!c) return;
    this.dialog
      .open<RebuyDialog, CaseFieldsFragment, CreatedRebuy>(RebuyDialog, { data: c, width: '34rem' })
      .afterClosed()
      .subscribe(async (created) => {
        if (!created) return;
        this.notify('cases.rebuyCreated', { reference: created.reference });
        await this.router.navigate(['/cases', created.id]);
      });
  }
}
