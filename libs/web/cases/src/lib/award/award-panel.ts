import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CaseStage, ErrorCode, Permission } from '@bc/shared/domain';
import {
  AppError,
  AwardDeliveriesGQL,
  AwardDeliveryFieldsFragment,
  AwardProposalsGQL,
  CaseAwardFieldsFragment,
  dataOf,
  reloadOnDataChange,
  RfqFieldsFragment,
  SessionStore,
  toAppError,
  WithdrawAwardProposalGQL,
} from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { askReason, ErrorBanner } from '@bc/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AwardProposalView } from './award-proposal';
import { awardErrorTranslation } from './award-view';
import { DeliveryDialog } from './delivery.dialog';
import { ProposeAwardData, ProposeAwardDialog } from './propose-award.dialog';

/** Codes after which the panel shows the proposals as they now are. */
const RELOAD_ON: readonly string[] = [ErrorCode.CONFLICT, ErrorCode.STALE, ErrorCode.NOT_FOUND, ErrorCode.STAGE_LOCKED];

/**
 * The award of a case on the closed RFQ page (issue 5). In DECISION: the current proposal with
 * its approval route, proposing (one supplier or a split per line) and withdrawing with a reason,
 * and every earlier version with its status (a rejection's reason first). Once AWARDED: the
 * awarded proposal and the deliveries recorded against it. Only the actions the user's
 * permissions allow are shown; the server decides.
 */
@Component({
  selector: 'bc-award-panel',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, BcDatePipe, ErrorBanner, AwardProposalView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canRead()) {
    <section aria-labelledby="bc-award-heading">
      <h2 id="bc-award-heading">{{ (awarded() ? 'award.awarded.title' : 'award.proposal.title') | translate }}</h2>
      @if (awarded() && approved(); as a) {
        <p class="bc-muted">{{ 'award.awarded.intro' | translate: { date: (a.decidedAt | bcDate) } }}</p>
        <div class="bc-header-actions">
          <a mat-stroked-button [href]="'/api/cases/' + a.caseId + '/decision-record.pdf'" target="_blank" rel="noopener">
            <mat-icon svgIcon="description" aria-hidden="true" />{{ 'award.awarded.decisionRecord' | translate }}
          </a>
        </div>
      } @else {
        <p class="bc-muted">{{ 'award.proposal.intro' | translate }}</p>
      }
      @if (loading() || busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      @if (errorMessage(); as message) {
        <bc-error-banner class="bc-page-error" [messageKey]="message.key" [params]="message.params" />
      }

      @if (current(); as p) {
        <bc-award-proposal class="bc-award-card" [proposal]="p" [showNext]="canPropose() && inDecision()" />
      } @else if (!loading()) {
        <p class="bc-muted">{{ 'award.proposal.none' | translate }}</p>
      }

      @if (inDecision()) {
        @if (canPropose()) {
          <div class="bc-rfq-actions">
            <button mat-flat-button type="button" [disabled]="busy() || loading()" (click)="propose()">
              <mat-icon svgIcon="send" aria-hidden="true" />{{ (pending() ? 'award.proposal.proposeAgain' : 'award.proposal.propose') | translate }}
            </button>
            @if (pending(); as p) {
              <button mat-stroked-button type="button" class="bc-danger" [disabled]="busy()" (click)="withdraw(p)">
                <mat-icon svgIcon="arrow_back" aria-hidden="true" />{{ 'award.proposal.withdraw' | translate }}
              </button>
            }
          </div>
        } @else {
          <p class="bc-muted">{{ 'award.proposal.buyerProposes' | translate }}</p>
        }
      }

      @if (awarded() && approved(); as a) {
        <section class="bc-award-deliveries" aria-labelledby="bc-deliveries-heading">
          <h3 id="bc-deliveries-heading">{{ 'award.delivery.title' | translate }}</h3>
          <p class="bc-muted">{{ 'award.delivery.intro' | translate }}</p>
          @if (deliveryError(); as message) {
            <bc-error-banner class="bc-page-error" [messageKey]="message.key" [params]="message.params" />
          }
          @if (deliveries().length) {
            <div class="bc-table-wrap">
              <table class="bc-table bc-rfq-table" aria-labelledby="bc-deliveries-heading">
                <thead>
                  <tr>
                    <th scope="col">{{ 'award.delivery.deliveredOn' | translate }}</th>
                    <th scope="col">{{ 'award.delivery.supplier' | translate }}</th>
                    <th scope="col">{{ 'award.delivery.timeliness' | translate }}</th>
                    <th scope="col" class="bc-num">{{ 'award.delivery.qualityIncidents' | translate }}</th>
                    <th scope="col">{{ 'award.delivery.note' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (d of deliveries(); track d.id) {
                    <tr>
                      <td>{{ d.deliveredOn | bcDate: 'date' }}</td>
                      <td>{{ d.supplierName }}</td>
                      <td>
                        <span class="bc-status" [class.bc-delivery--late]="!d.onTime">{{
                          (d.onTime ? 'award.delivery.onTime' : 'award.delivery.late') | translate
                        }}</span>
                      </td>
                      <td class="bc-num">{{ d.qualityIncidents }}</td>
                      <td>
                        {{ d.note }}
                        @if (d.recordedByName) {
                          <div class="bc-muted">{{ 'award.delivery.recordedBy' | translate: { name: d.recordedByName, date: (d.recordedAt | bcDate) } }}</div>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else if (!deliveryError()) {
            <p class="bc-muted">{{ 'award.delivery.none' | translate }}</p>
          }
          @if (canRecord()) {
            <div class="bc-rfq-actions">
              <button mat-flat-button type="button" [disabled]="busy()" (click)="recordDelivery(a)">
                <mat-icon svgIcon="add" aria-hidden="true" />{{ 'award.delivery.record' | translate }}
              </button>
            </div>
          }
        </section>
      }

      @if (history().length) {
        <section class="bc-award-history" aria-labelledby="bc-award-history-heading">
          <h3 id="bc-award-history-heading">{{ 'award.proposal.history' | translate }}</h3>
          @for (p of history(); track p.id) {
            <bc-award-proposal class="bc-award-card bc-award-card--old" [proposal]="p" [compact]="true" />
          }
        </section>
      }
    </section>
    }
  `,
  styleUrls: ['../cases.scss', '../rfq/rfq.scss'],
  styles: `
    .bc-award-card {
      padding: 0.75rem 1rem;
      margin: 0.75rem 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .bc-award-card--old {
      background: var(--mat-sys-surface-container-low);
    }
    .bc-award-deliveries,
    .bc-award-history {
      margin-top: 1.5rem;
      h3 {
        font: var(--mat-sys-title-medium);
        margin: 0 0 0.25rem;
      }
    }
    .bc-num {
      text-align: right;
    }
    .bc-delivery--late {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class AwardPanel {
  private readonly proposalsGql = inject(AwardProposalsGQL);
  private readonly withdrawGql = inject(WithdrawAwardProposalGQL);
  private readonly deliveriesGql = inject(AwardDeliveriesGQL);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly rfq = input.required<RfqFieldsFragment>();
  readonly stage = input.required<CaseStage | string>();
  /** A withdrawal or proposal may have moved the case: the page reads it afresh. */
  readonly stageChanged = output<void>();

  protected readonly proposals = signal<CaseAwardFieldsFragment[]>([]);
  protected readonly deliveries = signal<AwardDeliveryFieldsFragment[]>([]);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? awardErrorTranslation(error) : null;
  });
  protected readonly deliveryError = signal<{ key: string; params: Record<string, unknown> } | null>(null);

  protected readonly canRead = computed(() => this.session.permissions().includes(Permission.AWARD_READ));
  protected readonly canPropose = computed(() => this.session.permissions().includes(Permission.AWARD_PROPOSE));
  protected readonly canRecord = computed(() => this.session.permissions().includes(Permission.PERFORMANCE_RECORD));
  protected readonly inDecision = computed(() => this.stage() === CaseStage.DECISION);
  protected readonly awarded = computed(() => this.stage() === CaseStage.AWARDED);

  /** Newest first, as the API sends them. */
  private readonly sorted = computed(() => [...this.proposals()].sort((a, b) => b.version - a.version));
  protected readonly pending = computed(() => this.sorted().find((p) => p.status === 'PENDING') ?? null);
  protected readonly approved = computed(() => this.sorted().find((p) => p.status === 'APPROVED') ?? null);
  /** The proposal shown in full: the approved one, else the pending one, else the latest (e.g. rejected, its reason first). */
  protected readonly current = computed(() => this.approved() ?? this.pending() ?? this.sorted()[0] ?? null);
  protected readonly history = computed(() => this.sorted().filter((p) => p.id !== this.current()?.id));

  constructor() {
    // One freshness rule for the app: after any change, the figures here are read again.
    reloadOnDataChange(() => this.load());
    effect(() => {
      const rfq = this.rfq();
      this.stage();
      if (!this.canRead()) return;
      untracked(() => void this.load(rfq.caseId));
    });
  }

  protected async load(caseId = this.rfq().caseId, keepError = false): Promise<void> {
    this.loading.set(true);
    if (!keepError) this.error.set(null);
    try {
      this.proposals.set((await dataOf(this.proposalsGql.fetch({ variables: { caseId } }))).awardProposals);
      const approved = this.approved();
      if (this.awarded() && approved) await this.loadDeliveries(approved.id);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadDeliveries(proposalId: string): Promise<void> {
    this.deliveryError.set(null);
    try {
      this.deliveries.set((await dataOf(this.deliveriesGql.fetch({ variables: { proposalId } }))).awardDeliveries);
    } catch (error) {
      this.deliveryError.set(awardErrorTranslation(toAppError(error)));
    }
  }

  protected propose(): void {
    const rfq = this.rfq();
    this.dialog
      .open<ProposeAwardDialog, ProposeAwardData, CaseAwardFieldsFragment>(ProposeAwardDialog, {
        data: { caseId: rfq.caseId, rfqId: rfq.id },
        width: '56rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe(async (proposal) => {
        if (!proposal) return;
        this.notify('award.proposal.proposedNotice', { version: proposal.version });
        // An earlier pending version is superseded: read every version afresh.
        await this.load();
      });
  }

  protected withdraw(p: CaseAwardFieldsFragment): void {
    askReason(this.dialog, {
      title: 'award.proposal.withdrawTitle',
      text: 'award.proposal.withdrawText',
      label: 'award.proposal.withdrawReason',
      confirm: 'award.proposal.withdraw',
      params: { version: p.version },
      destructive: true,
    }).subscribe(async (reason) => {
      if (!reason) return;
      await this.run(async () => {
        const withdrawn = (await dataOf(this.withdrawGql.mutate({ variables: { proposalId: p.id, reason } }))).withdrawAwardProposal;
        this.proposals.update((list) => list.map((x) => (x.id === withdrawn.id ? withdrawn : x)));
        this.notify('award.proposal.withdrawnNotice', {});
        // Withdrawing may reopen the negotiation: the page reads the case afresh.
        this.stageChanged.emit();
      });
    });
  }

  protected recordDelivery(p: CaseAwardFieldsFragment): void {
    this.dialog
      .open<DeliveryDialog, CaseAwardFieldsFragment, AwardDeliveryFieldsFragment>(DeliveryDialog, { data: p, width: '32rem' })
      .afterClosed()
      .subscribe((record) => {
        if (!record) return;
        this.deliveries.update((list) => [record, ...list.filter((d) => d.id !== record.id)]);
        this.notify('award.delivery.recordedNotice', {});
      });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      const appError = toAppError(error);
      this.error.set(appError);
      if (RELOAD_ON.includes(appError.code)) await this.load(this.rfq().caseId, true);
    } finally {
      this.busy.set(false);
    }
  }

  private notify(key: string, params: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params) as string, this.translate.instant('common.close') as string, { duration: 5000 });
  }
}
