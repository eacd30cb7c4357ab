import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Api, AppError, CaseAwardFieldsFragment, DeciderInboxGQL, MyAwardDecisionsGQL, reloadOnDataChange, SessionStore, toAppError } from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe, BcPluralPipe } from '@bc/web/i18n';
import { EmptyState, ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { inboxErrorTranslation } from './inbox-errors';
import { routeProgress } from './inbox-view';
import { DeputyPanel } from './deputies/deputy-panel';
import { DecisionOutcome, ProposalSummary } from './proposal-summary';

/**
 * Where deciders and gatekeepers approve or reject award proposals: the proposals waiting for
 * the viewer (`deciderInbox`), and one of them on a page of its own (`/inbox?proposal=<id>`).
 */
@Component({
  selector: 'bc-inbox-page',
  imports: [BcPluralPipe, 
    RouterLink,
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

  protected readonly proposals = signal<CaseAwardFieldsFragment[]>([]);
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
  /** Oldest first: the one waiting longest comes first. */
  protected readonly sorted = computed(() => [...this.proposals()].sort((a, b) => a.proposedAt.localeCompare(b.proposedAt)));
  protected readonly selected = computed(() => {
    const id = this.proposal();
    return id ? (this.proposals().find((p) => p.id === id) ?? null) : null;
  });
  protected readonly progress = routeProgress;

  constructor() {
    void this.load();
    reloadOnDataChange(() => this.load());
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [inbox, decided] = await Promise.all([this.api.read(DeciderInboxGQL), this.api.read(MyAwardDecisionsGQL)]);
      this.proposals.set(inbox.deciderInbox);
      this.decisions.set(decided.myAwardDecisions);
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
