import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { CaseStage, Permission } from '@bc/shared/domain';
import { AwardDeliveryFieldsFragment, CaseAwardFieldsFragment } from '@bc/web/data-access';
import { injectCan } from '@bc/web/case-kit';
import { BcDatePipe } from '@bc/web/i18n';
import { ErrorBanner, LoadStatus, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { AwardFacade } from './award.facade';
import { AwardProposalView } from './award-proposal';
import { DeliveryDialog } from './delivery.dialog';
import { ProposeAwardData, ProposeAwardDialog } from './propose-award.dialog';
import { RfqStagePanel } from './rfq-stage-panel';

/**
 * The award of a case on the closed RFQ page (issue 5). In DECISION: the current proposal with
 * its approval route, proposing (one supplier or a split per line) and withdrawing with a reason,
 * and every earlier version with its status (a rejection's reason first). Once AWARDED: the
 * awarded proposal and the deliveries recorded against it. Only the actions the user's
 * permissions allow are shown; the server decides.
 */
@Component({
  selector: 'bc-award-panel',
  imports: [ScrollRegion, LoadStatus, MatButtonModule, MatIconModule, TranslatePipe, BcDatePipe, ErrorBanner, AwardProposalView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AwardFacade],
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
      <bc-load-status [loading]="loading() || busy()" [error]="errorMessage()" />

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
  styleUrls: ['./page.scss', './award.scss'],
  styles: `
    @use 'blocks';
    .bc-award-card {
      margin: 0.75rem 0;
      @include blocks.framed(0.75rem 1rem);
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
export class AwardPanel extends RfqStagePanel {
  private readonly facade = inject(AwardFacade);

  protected readonly deliveries = this.facade.deliveries;
  protected readonly loading = this.facade.state.loading;
  protected readonly busy = this.facade.state.busy;
  protected readonly errorMessage = this.facade.state.errorMessage;
  protected readonly deliveryError = this.facade.deliveryError;

  protected readonly canRead = injectCan(Permission.AWARD_READ);
  protected readonly canPropose = injectCan(Permission.AWARD_PROPOSE);
  protected readonly canRecord = injectCan(Permission.PERFORMANCE_RECORD);
  protected readonly inDecision = computed(() => this.stage() === CaseStage.DECISION);
  protected readonly awarded = computed(() => this.stage() === CaseStage.AWARDED);

  protected readonly pending = this.facade.pending;
  protected readonly approved = this.facade.approved;
  /** The proposal shown in full: the approved one, else the pending one, else the latest (e.g. rejected, its reason first). */
  protected readonly current = this.facade.current;
  protected readonly history = this.facade.history;

  protected load(): Promise<void> {
    return this.facade.load(this.rfq().caseId, this.awarded());
  }

  protected override mayRead(): boolean {
    return this.canRead();
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
    this.ask.reason({
      title: 'award.proposal.withdrawTitle',
      text: 'award.proposal.withdrawText',
      label: 'award.proposal.withdrawReason',
      confirm: 'award.proposal.withdraw',
      params: { version: p.version },
      destructive: true,
    }, async (reason) => {
      if (!(await this.facade.withdraw(p.id, reason))) return;
      this.notify('award.proposal.withdrawnNotice', {});
      // Withdrawing may reopen the negotiation: the page reads the case afresh.
      this.stageChanged.emit();
    });
  }

  protected recordDelivery(p: CaseAwardFieldsFragment): void {
    this.dialog
      .open<DeliveryDialog, CaseAwardFieldsFragment, AwardDeliveryFieldsFragment>(DeliveryDialog, { data: p, width: '32rem' })
      .afterClosed()
      .subscribe((record) => {
        if (!record) return;
        this.facade.recorded(record);
        this.notify('award.delivery.recordedNotice', {});
      });
  }
}
