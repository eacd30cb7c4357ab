import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { CaseStage, Permission } from '@bc/shared/domain';
import { reloadOnDataChange, RfqFieldsFragment, RfqQuestionFieldsFragment, SessionStore } from '@bc/web/data-access';
import { BcDatePipe, BcPluralPipe, BcQuantityPipe, LanguageService } from '@bc/web/i18n';
import { ErrorBanner, ReasonDialogData, ReasonDialogNote } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { AwardPanel, AwardScenariosPanel, NegotiationPanel } from '@bc/web/award';
import { injectAsk, injectCan, injectNotify, StageBadge } from '@bc/web/case-kit';
import { criteriaIssues, timeLeft } from './criteria';
import { ExtendRfqDialog } from './extend-rfq.dialog';
import { RfqComparison } from './rfq-comparison';
import { RfqInvitations } from './rfq-invitations';
import { RfqQuestions } from './rfq-questions';
import { RfqQuotes } from './rfq-quotes';
import { RfqRanking } from './rfq-ranking';
import { RfqEnvelope } from './rfq-envelope';
import { RfqFacade } from './rfq.facade';
import { RfqScoring } from './rfq-scoring';
import { RfqTermsForm } from './rfq-terms-form';
import { RfqTermsView } from './rfq-terms-view';
import { RfqAuctions } from './auction/rfq-auctions';

/** The steps asked with a reason (an approval's comment is optional). */
const REASON_STEPS = {
  approve: { title: 'rfq.approveTitle', text: 'rfq.approveText', label: 'rfq.approveComment', confirm: 'rfq.approve', optional: true },
  returnToBuyer: { title: 'rfq.returnTitle', text: 'rfq.returnText', label: 'rfq.returnComment', confirm: 'rfq.return' },
  cancel: { title: 'rfq.cancelTitle', label: 'rfq.cancelReason', confirm: 'rfq.cancel', destructive: true },
} as const;

/** The steps asked with the reference and the closing time, and the notice once done. */
const CONFIRMED_STEPS = {
  // The case moves to the RFQ stage and the invitations go out.
  publish: { title: 'rfq.publishTitle', message: 'rfq.publishText', confirm: 'rfq.publish', notice: 'rfq.publishedNotice' },
  // The case moves to evaluation and the quotes open.
  closeEarly: { title: 'rfq.closeEarlyTitle', message: 'rfq.closeEarlyText', confirm: 'rfq.closeEarlyAction', notice: 'rfq.closedEarlyNotice' },
} as const;

/**
 * The buyer's RFQ workspace of a case (`/cases/:id/rfq`): set it up, edit the draft's terms
 * and criteria, get the gatekeeper's approval, publish; while out, follow the invitations
 * (who has submitted, never what), answer questions, extend or cancel; once closed, read the
 * opened quotes. The server enforces every rule shown here.
 */
@Component({
  selector: 'bc-rfq-page',
  imports: [BcQuantityPipe, BcPluralPipe, 
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    MatTabsModule,
    TranslatePipe,
    BcDatePipe,
    ErrorBanner,
    StageBadge,
    RfqTermsForm,
    RfqTermsView,
    RfqInvitations,
    RfqQuestions,
    RfqQuotes,
    RfqComparison,
    RfqScoring,
    RfqRanking,
    RfqEnvelope,
    NegotiationPanel,
    AwardPanel,
    AwardScenariosPanel,
    RfqAuctions,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RfqFacade],
  templateUrl: './rfq.page.html',
  styleUrls: ['./page.scss', './panel.scss', './rfq.page.scss'],
  // The evaluation tabs' content keeps clear of the tab bar.
  styles: ['.bc-rfq-tab { display: block; padding-top: 16px; }'],
})
export class RfqPage {
  private readonly facade = inject(RfqFacade);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly ask = injectAsk();
  private readonly language = inject(LanguageService);
  private readonly notify = injectNotify();

  /** The route's `:id` (the case). */
  readonly id = input.required<string>();

  protected readonly purchaseCase = this.facade.purchaseCase;
  protected readonly rfq = this.facade.rfq;
  protected readonly loading = this.facade.state.loading;
  protected readonly busy = this.facade.state.busy;
  protected readonly errorMessage = this.facade.state.errorMessage;

  protected readonly canManage = injectCan(Permission.RFQ_MANAGE);
  protected readonly canApprove = injectCan(Permission.RFQ_APPROVE);
  protected readonly canReadQuotes = injectCan(Permission.QUOTE_READ);
  /** A new RFQ is set up while the case is in sourcing and has none that is still live. */
  protected readonly canSetUp = computed(() => {
    const c = this.purchaseCase();
    return !!c && c.stage === CaseStage.SOURCING && (!c.rfq || c.rfq.status === 'CANCELLED') && this.canManage();
  });
  /** The gatekeeper who asked cannot decide: a hint only, the server decides (separation of duties). */
  protected readonly askedByMe = computed(() => {
    const r = this.rfq();
    const me = this.session.user();
    return !!r && !!me && r.approval === 'REQUESTED' && r.approvalRequestedByName === me.name;
  });

  private readonly termsForm = viewChild(RfqTermsForm);
  /** Unsaved changes hold back asking for approval and publishing. */
  protected readonly dirty = computed(() => this.termsForm()?.dirty() ?? false);
  protected readonly criteriaOk = computed(() => {
    const r = this.rfq();
    return !!r && criteriaIssues(r.criteria).length === 0;
  });

  /** The clock for the countdown, every 30 seconds. */
  protected readonly now = signal(Date.now());
  protected readonly left = computed(() => {
    const r = this.rfq();
    return r ? timeLeft(r.closesAt, this.now()) : null;
  });
  protected readonly questionsLeft = computed(() => {
    const r = this.rfq();
    return r ? timeLeft(r.questionsCloseAt, this.now()) : null;
  });
  /** Invitees who have neither quoted nor declined: the RFQ closes early only when there are none. */
  protected readonly outstanding = computed(
    () => this.rfq()?.invitations.filter((i) => i.status !== 'QUOTED' && i.status !== 'DECLINED').length ?? 0,
  );
  /** Days from now to the closing time, to a tenth: what the bidding period still is. */
  protected readonly periodDays = computed(() => {
    const r = this.rfq();
    return r ? Math.max(0, Math.floor(((new Date(r.closesAt).getTime() - this.now()) / 86_400_000) * 10) / 10) : 0;
  });
  /** A draft whose bidding period is below the policy's minimum: it needs (and shows) a justification. */
  protected readonly shortPeriod = computed(() => {
    const r = this.rfq();
    return !!r && r.status === 'DRAFT' && new Date(r.closesAt).getTime() - this.now() < r.minimumBiddingDays * 86_400_000;
  });
  protected readonly submittedCount = computed(() => this.rfq()?.invitations.filter((i) => i.quoteStatus === 'SUBMITTED').length ?? 0);

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => this.load());
    const timer = setInterval(() => this.now.set(Date.now()), 30_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id(), keepError = false): Promise<void> {
    return this.facade.load(id, keepError, () => this.now.set(Date.now()));
  }

  protected saved(rfq: RfqFieldsFragment): void {
    this.facade.setRfq(rfq);
    this.notify('rfq.savedNotice', { reference: rfq.reference });
  }

  protected answered(question: RfqQuestionFieldsFragment): void {
    const r = this.rfq();
    if (!r) return;
    this.facade.setRfq({ ...r, questions: r.questions.map((q) => (q.id === question.id ? question : q)) });
    this.notify(question.visibility === 'PUBLISHED' ? 'rfq.answerPublishedNotice' : 'rfq.answerSentNotice', {});
  }

  protected async create(): Promise<void> {
    const c = this.purchaseCase();
    if (!c) return;
    const rfq = await this.facade.create(c.id);
    if (rfq) this.notify('rfq.createdNotice', { reference: rfq.reference });
  }

  protected async requestApproval(): Promise<void> {
    const r = this.rfq();
    if (!r) return;
    if (await this.facade.requestApproval(r.id)) this.notify('rfq.requestedNotice', {});
  }

  protected approve(): void {
    // The gatekeeper approves a short bidding period knowingly, with the buyer's words before them.
    const notes = (r: RfqFieldsFragment): ReasonDialogNote[] =>
      this.shortPeriod()
        ? [{ key: 'rfq.shortPeriod', params: { days: r.minimumBiddingDays, actual: new Intl.NumberFormat(this.language.lang()).format(this.periodDays()) }, text: r.shortPeriodJustification, warning: true }]
        : [];
    this.askReason('approve', (r) => ({ notes: notes(r) }), async (r, comment) => {
      if (await this.facade.approve(r.id, comment || null)) this.notify('rfq.approvedNotice', { reference: r.reference });
    });
  }

  protected returnToBuyer(): void {
    this.askReason('returnToBuyer', () => ({}), async (r, comment) => {
      if (await this.facade.returnToBuyer(r.id, comment)) this.notify('rfq.returnedNotice', { reference: r.reference });
    });
  }

  protected extend(): void {
    const r = this.rfq();
    if (!r) return;
    this.dialog
      .open<ExtendRfqDialog, RfqFieldsFragment, RfqFieldsFragment>(ExtendRfqDialog, { data: r, width: '34rem' })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.facade.setRfq(updated);
        this.notify('rfq.extendedNotice', { closesAt: this.translateDate(updated.closesAt) });
      });
  }

  protected cancel(): void {
    const text = (r: RfqFieldsFragment) => (r.status === 'PUBLISHED' ? 'rfq.cancelPublishedText' : 'rfq.cancelDraftText');
    this.askReason('cancel', (r) => ({ text: text(r) }), async (r, reason) => {
      await this.facade.cancel(r.id, reason, () => this.noticeAndLoad('rfq.cancelledNotice', r));
    });
  }

  /** Asks for the reason of a step (the RFQ's reference in the question); `then` gets the RFQ and the answer. */
  private askReason(
    step: keyof typeof REASON_STEPS,
    more: (r: RfqFieldsFragment) => Partial<ReasonDialogData>,
    then: (r: RfqFieldsFragment, reason: string) => Promise<unknown>,
  ): void {
    const r = this.rfq();
    if (!r) return;
    this.ask.reason({ ...REASON_STEPS[step], ...more(r), params: { reference: r.reference } }, (reason) => then(r, reason));
  }

  /** Asks to confirm a step that moves the RFQ and its case on; once done, says so and reads the case afresh. */
  protected confirmStep(step: keyof typeof CONFIRMED_STEPS): void {
    const r = this.rfq();
    if (!r) return;
    const { notice, ...question } = CONFIRMED_STEPS[step];
    this.ask.confirm({ ...question, params: { reference: r.reference, closesAt: this.translateDate(r.closesAt) } }, async () => {
      await this.facade[step](r.id, () => this.noticeAndLoad(notice, r));
    });
  }

  private async noticeAndLoad(key: string, r: RfqFieldsFragment): Promise<void> {
    this.notify(key, { reference: r.reference });
    await this.load(r.caseId);
  }

  private translateDate(iso: string): string {
    return new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }
}
