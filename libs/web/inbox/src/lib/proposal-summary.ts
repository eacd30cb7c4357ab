import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, ViewEncapsulation } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Api, AppError, ApproveAwardGQL, CaseAwardFieldsFragment, RejectAwardGQL, toAppError } from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe, BcQuantityPipe, LanguageService } from '@bc/web/i18n';
import { ErrorBanner, ScrollRegion, askReason, injectNotify } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { cannotDecideKey, inboxErrorTranslation, RELOAD_CODES } from './inbox-errors';
import { awardedInvitations, routeProgress, savingsKind, unsigned } from './inbox-view';
import { RouteStepState } from './route-step-state';

/** The dialog before each decision: an optional comment to approve, a required one to reject. */
const DECISIONS = {
  approve: {
    title: 'inbox.decide.approveTitle',
    text: 'inbox.decide.approveText',
    label: 'inbox.decide.approveComment',
    confirm: 'inbox.decide.approve',
    optional: true,
  },
  reject: {
    title: 'inbox.decide.rejectTitle',
    text: 'inbox.decide.rejectText',
    label: 'inbox.decide.rejectComment',
    confirm: 'inbox.decide.reject',
    destructive: true,
  },
} as const;

/**
 * Print rules for the page around the summary: the shell's header and navigation are left out
 * so that the summary fills the sheet. Global on purpose (the shell is outside this component),
 * and only while a summary is on the page.
 */
@Component({
  selector: 'bc-inbox-print-styles',
  template: '',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    @media print {
      .bc-skip-link,
      .bc-header,
      .bc-sidenav,
      .mat-sidenav,
      .mat-drawer-backdrop {
        display: none !important;
      }
      .mat-sidenav-content,
      .mat-drawer-content {
        margin: 0 !important;
        overflow: visible !important;
      }
      .mat-sidenav-container,
      .mat-drawer-container {
        overflow: visible !important;
        height: auto !important;
      }
      main {
        padding: 0 !important;
      }
    }
  `,
})
export class InboxPrintStyles {}

/** What the page is told after a decision went through or was refused for a stale view. */
export type DecisionOutcome = 'APPROVED' | 'REJECTED' | 'STALE';

/**
 * A proposal on one page, for the decider: the case, the ranking it was made on, the award
 * (single or split), the justification, savings against the first best quote, the route with who
 * already approved, and Approve / Reject. Prints on one page (actions and navigation left out).
 */
@Component({
  selector: 'bc-proposal-summary',
  imports: [ScrollRegion, RouterLink, MatButtonModule, MatIconModule, TranslatePipe, BcAmountPipe, BcDatePipe, BcQuantityPipe, ErrorBanner, InboxPrintStyles, RouteStepState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-summary.html',
  styleUrl: './proposal-summary.scss',
})
export class ProposalSummary {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly notify = injectNotify(6000);
  private readonly language = inject(LanguageService);

  readonly proposal = input.required<CaseAwardFieldsFragment>();
  /** The case's CPV category, when it could be read (undefined while loading). */
  readonly category = input<{ code: string; label: string } | null | undefined>(undefined);
  /** A decision went through (or the proposal turned out stale): the page reloads its list. */
  readonly decided = output<DecisionOutcome>();

  protected readonly busy = signal<'approve' | 'reject' | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? inboxErrorTranslation(error) : null;
  });

  protected readonly lines = computed(() => [...this.proposal().lines].sort((a, b) => a.position - b.position));
  protected readonly ranking = computed(() => [...this.proposal().ranking].sort((a, b) => a.rank - b.rank));
  protected readonly awarded = computed(() => awardedInvitations(this.proposal()));
  protected readonly split = computed(() => this.proposal().supplierTotals.length > 1);
  protected readonly savingsKind = computed(() => savingsKind(this.proposal()));
  protected readonly savingsAmount = computed(() => unsigned(this.proposal().savings));
  protected readonly progress = computed(() => routeProgress(this.proposal()));
  protected readonly cannotDecide = computed(() => (this.proposal().canDecide ? null : cannotDecideKey(this.proposal().cannotDecideReason)));
  protected readonly reportUrl = computed(() => `/api/rfqs/${encodeURIComponent(this.proposal().rfqId)}/evaluation-report.pdf`);

  /** A percentage in the active language ("12.5 %" / "12,5 %"), without its sign. */
  protected percent(value: number | null): string {
    if (value === null || value === undefined) return '';
    return new Intl.NumberFormat(this.language.lang(), { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(value) / 100);
  }

  /** A weighted score (0–100) with one place in the active language. */
  protected score(value: number): string {
    return new Intl.NumberFormat(this.language.lang(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  }

  protected print(): void {
    window.print();
  }

  /** Asks for the decision's comment, then decides: approving takes it if given, rejecting requires it. */
  protected ask(action: 'approve' | 'reject'): void {
    const p = this.proposal();
    askReason(this.dialog, { ...DECISIONS[action], params: { reference: p.caseReference } }).subscribe((comment) => {
      if (comment === undefined || (!comment && action === 'reject')) return;
      void this.decide(action, comment || null);
    });
  }

  private async decide(action: 'approve' | 'reject', comment: string | null): Promise<void> {
    const p = this.proposal();
    this.busy.set(action);
    this.error.set(null);
    try {
      if (action === 'approve') {
        await this.api.write(ApproveAwardGQL, { proposalId: p.id, comment });
      } else {
        await this.api.write(RejectAwardGQL, { proposalId: p.id, comment: comment ?? '' });
      }
      this.notify(action === 'approve' ? 'inbox.decide.approved' : 'inbox.decide.rejected', { reference: p.caseReference });
      this.decided.emit(action === 'approve' ? 'APPROVED' : 'REJECTED');
    } catch (error) {
      const appError = toAppError(error);
      this.error.set(appError);
      if (RELOAD_CODES.includes(appError.code)) this.decided.emit('STALE');
    } finally {
      this.busy.set(null);
    }
  }
}
