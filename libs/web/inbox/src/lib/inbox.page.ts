import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import {
  Api,
  AppError,
  CaseAwardFieldsFragment,
  DeciderInboxGQL,
  DeciderInboxProposalGQL,
  InboxListFieldsFragment,
  MyAwardDecisionsGQL,
  PagedList,
  reloadOnDataChange,
  SessionStore,
  toAppError,
} from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe, BcPluralPipe } from '@bc/web/i18n';
import { EmptyState, ErrorBanner, ListPaginator } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { inboxErrorTranslation } from './inbox-errors';
import { routeProgress } from './inbox-view';
import { DeputyPanel } from './deputies/deputy-panel';
import { DecisionOutcome, ProposalSummary } from './proposal-summary';

/**
 * Where deciders and gatekeepers approve or reject award proposals: the proposals waiting for
 * the viewer (`deciderInbox`, a page of them at a time), and one of them on a page of its own
 * (`/inbox?proposal=<id>`, read by itself with every detail).
 */
@Component({
  selector: 'bc-inbox-page',
  imports: [
    BcPluralPipe,
    RouterLink,
    ListPaginator,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    BcAmountPipe,
    BcDatePipe,
    EmptyState,
    ErrorBanner,
    ProposalSummary,
    DeputyPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox.page.html',
  styleUrl: './inbox.page.scss',
})
export class InboxPage {
  private readonly api = inject(Api);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** The route's `?proposal=` (the proposal shown on its own). */
  readonly proposal = input<string | undefined>();

  /** The proposals waiting for the viewer, oldest first (the one waiting longest comes first), a page at a time. */
  protected readonly proposals = new PagedList<InboxListFieldsFragment>(async (page) => (await this.api.read(DeciderInboxGQL, page)).deciderInbox, {
    pageSizes: [20, 50, 100],
    handleError: (error) => {
      this.error.set(error);
      return true;
    },
  });
  /** The proposal shown on its own page, if it waits for the viewer. */
  protected readonly selected = signal<CaseAwardFieldsFragment | null>(null);
  /** The proposals the viewer decided, latest decision first (read-only). */
  protected readonly decisions = signal<CaseAwardFieldsFragment[]>([]);
  /** Each decided proposal with the viewer's own (latest) decision on it. */
  protected readonly history = computed(() => {
    const me = this.session.user()?.id;
    return this.decisions().map((p) => ({ proposal: p, mine: [...p.approvals].reverse().find((a) => a.approverId === me) ?? null }));
  });
  protected readonly loaded = signal(false);
  protected readonly loading = signal(true);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? inboxErrorTranslation(error) : null;
  });
  protected readonly progress = routeProgress;

  constructor() {
    // The list, or the one proposal the route names: read again when the route changes.
    effect(() => {
      this.proposal();
      untracked(() => void this.load());
    });
    reloadOnDataChange(() => this.load());
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    const id = this.proposal();
    try {
      const [decided, one] = await Promise.all([
        this.api.read(MyAwardDecisionsGQL),
        id ? this.api.read(DeciderInboxProposalGQL, { proposalId: id }) : Promise.resolve(null),
        id ? Promise.resolve() : this.proposals.load(),
      ]);
      this.decisions.set(decided.myAwardDecisions);
      this.selected.set(one?.deciderInboxProposal ?? null);
      this.loaded.set(true);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** The case's category, as the proposal carries it (approvers need not be on the case's team). */
  protected categoryOf(p: CaseAwardFieldsFragment): { code: string; label: string } | null {
    return p.caseCategoryCode ? { code: p.caseCategoryCode, label: p.caseCategoryLabel ?? '' } : null;
  }

  protected async decided(outcome: DecisionOutcome): Promise<void> {
    await this.load();
    if (outcome !== 'STALE') void this.router.navigate(['/inbox']);
  }
}
