import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Api, PortalInvitationFieldsFragment, PortalInvitationGQL, PortalQuestionFieldsFragment, Submission } from '@bc/web/data-access';
import { ErrorBanner } from '@bc/web/ui';
import { BcDatePipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';
import { portalErrorMessage } from '../portal-errors';
import { BcRelativePipe } from '../portal-pipes';
import { QuestionsPanel } from './questions-panel';
import { OutcomePanel } from './outcome-panel';
import { QuotePanel } from './quote-panel';
import { openRound, RoundsPanel } from './rounds-panel';
import { RfqDetails } from './rfq-details';

const TABS = ['rfq', 'questions', 'quote'] as const;
type Tab = (typeof TABS)[number];

/** One RFQ as an invited supplier sees it: the request, its questions and answers, and the own quote. */
@Component({
  selector: 'bc-portal-rfq-page',
  imports: [
    RouterLink,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    TranslatePipe,
    ErrorBanner,
    BcDatePipe,
    BcRelativePipe,
    RfqDetails,
    QuestionsPanel,
    QuotePanel,
    RoundsPanel,
    OutcomePanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portal-rfq.page.html',
  styleUrls: ['../portal.scss', './portal-rfq.page.scss'],
})
export class PortalRfqPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The route's `:id` (the invitation). */
  readonly id = input.required<string>();
  /** The route's `?tab=` (rfq, questions or quote). */
  readonly tab = input<string | undefined>();

  protected readonly invitation = signal<PortalInvitationFieldsFragment | null>(null);
  protected readonly reading = new Submission();
  protected readonly errorMessage = portalErrorMessage(this.reading.error);
  protected readonly tabIndex = computed(() => Math.max(0, TABS.indexOf((this.tab() ?? 'rfq') as Tab)));
  protected readonly myQuestions = computed(() => this.invitation()?.questions.length ?? 0);
  protected readonly quoteTab = TABS.indexOf('quote');
  /** The RFQ's two deadlines, closing first: each with its time and, while open, how far off it is. */
  protected readonly deadlines = computed(() => {
    const inv = this.invitation();
    return inv
      ? [
          { label: 'portalRfq.closesAt', at: inv.closesAt },
          { label: 'portalRfq.questionsCloseAt', at: inv.questionsCloseAt },
        ]
      : [];
  });
  /** The negotiation round of the supplier's that is open now, if any. */
  protected readonly openRound = computed(() => openRound(this.invitation()?.rounds));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.id()): Promise<void> {
    await this.reading.run(async () => this.invitation.set((await this.api.read(PortalInvitationGQL, { id })).portalInvitation));
  }

  protected selectTab(index: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab: TABS[index] }, replaceUrl: true });
  }

  /** From a negotiation round to the quote form: the quote tab, scrolled into view. */
  protected toQuote(): void {
    this.selectTab(this.quoteTab);
    setTimeout(() => this.host.nativeElement.querySelector('.bc-tabs')?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }));
  }

  protected changed(invitation: PortalInvitationFieldsFragment): void {
    this.invitation.set(invitation);
  }

  protected asked(question: PortalQuestionFieldsFragment): void {
    this.invitation.update((current) => (current ? { ...current, questions: [...current.questions, question] } : current));
  }
}
