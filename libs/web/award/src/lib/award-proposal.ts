import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { CaseAwardFieldsFragment } from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe, BcPluralPipe, BcQuantityPipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';
import { ScrollRegion } from '@bc/web/ui';

/**
 * One award proposal as the buyer reads it: status, value, savings against the first best
 * quote, whether it follows the ranking, the justification, the lines and per-supplier totals,
 * and its approval route (each step's role, who approved or rejected with comment and time,
 * which step is open). A rejected or withdrawn proposal shows the reason first.
 */
@Component({
  selector: 'bc-award-proposal',
  imports: [ScrollRegion, BcPluralPipe, MatIconModule, TranslatePipe, BcAmountPipe, BcDatePipe, BcQuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = proposal();
    <div class="bc-award__head">
      <h3>{{ 'award.proposal.version' | translate: { version: p.version } }}</h3>
      <span class="bc-status bc-award-status--{{ p.status }}">{{ 'award.proposal.status.' + p.status | translate }}</span>
      <span class="bc-muted">{{ 'award.proposal.proposedBy' | translate: { name: p.proposedByName, date: (p.proposedAt | bcDate) } }}</span>
      @if (p.decidedAt) {
        <span class="bc-muted">{{ 'award.proposal.decidedAt' | translate: { date: (p.decidedAt | bcDate) } }}</span>
      }
    </div>

    @if (p.status === 'REJECTED' && p.decisionReason) {
      <div class="bc-award-rejected" role="note">
        <mat-icon svgIcon="warning" aria-hidden="true" />
        <div>
          <strong>{{ 'award.proposal.rejectedBanner' | translate: { reason: p.decisionReason } }}</strong>
          @if (rejection(); as r) {
            <div>{{ 'award.proposal.rejectedBy' | translate: { name: r.approverName, date: (r.decidedAt | bcDate) } }}</div>
          }
          @if (showNext()) {
            <div>{{ 'award.proposal.rejectedNext' | translate }}</div>
          }
        </div>
      </div>
    }
    @if (p.status === 'WITHDRAWN' && p.decisionReason) {
      <p class="bc-muted">{{ 'award.proposal.withdrawnReason' | translate: { reason: p.decisionReason } }}</p>
    }

    <dl class="bc-award-facts">
      <div>
        <dt>{{ 'award.proposal.total' | translate }}</dt>
        <dd>
          <strong>{{ p.totalValue | bcAmount: p.currency }}</strong>
        </dd>
      </div>
      @if (p.firstBestTotal) {
        <div>
          <dt>{{ 'award.proposal.firstBest' | translate }}</dt>
          <dd>{{ p.firstBestTotal | bcAmount: p.currency }}</dd>
        </div>
      }
      @if (p.savings !== null) {
        <div>
          <dt>{{ 'award.proposal.savings' | translate }}</dt>
          <dd>{{ 'award.proposal.savingsValue' | translate: { amount: (p.savings | bcAmount: p.currency), percent: (p.savingsPercent ?? 0 | bcQuantity) } }}</dd>
        </div>
      }
    </dl>

    <p [class.bc-award-flag]="!p.followsRanking">
      @if (p.followsRanking) {
        <mat-icon svgIcon="check" aria-hidden="true" class="bc-inline-icon" />{{ 'award.proposal.followsRanking' | translate }}
      } @else {
        <mat-icon svgIcon="warning" aria-hidden="true" class="bc-inline-icon" />{{
          'award.proposal.notFollowing' | translate: { name: p.topRankedSupplierName ?? '–' }
        }}
      }
    </p>
    @if (p.justification) {
      <h4>{{ 'award.proposal.justification' | translate }}</h4>
      <blockquote class="bc-rfq-comment">{{ p.justification }}</blockquote>
    }

    @if (!compact()) {
      <div class="bc-table-wrap">
        <table class="bc-table bc-rfq-table bc-award-lines">
          <thead>
            <tr>
              <th scope="col">{{ 'award.proposal.line' | translate }}</th>
              <th scope="col">{{ 'award.proposal.supplier' | translate }}</th>
              <th scope="col" class="bc-num">{{ 'award.proposal.quantity' | translate }}</th>
              <th scope="col" class="bc-num">{{ 'award.proposal.unitPrice' | translate }}</th>
              <th scope="col" class="bc-num">{{ 'award.proposal.lineTotal' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (l of lines(); track l.lineKey) {
              <tr>
                <td>{{ l.position }}. {{ l.description }}</td>
                <td>{{ l.supplierName }}</td>
                <td class="bc-num">{{ l.quantity | bcQuantity }}</td>
                <td class="bc-num">{{ l.unitPrice | bcAmount: p.currency }}</td>
                <td class="bc-num">{{ l.total | bcAmount: p.currency }}</td>
              </tr>
            }
          </tbody>
          @if (p.supplierTotals.length > 1) {
            <tfoot>
              @for (s of p.supplierTotals; track s.invitationId) {
                <tr>
                  <td colspan="4">{{ s.supplierName }} · {{ 'award.proposal.linesCount' | bcPlural: s.lines }}</td>
                  <td class="bc-num">{{ s.total | bcAmount: p.currency }}</td>
                </tr>
              }
            </tfoot>
          }
        </table>
      </div>

      <h4>{{ 'award.proposal.route' | translate }} · {{ 'award.proposal.mode.' + p.approvalMode | translate }}</h4>
      <ol class="bc-award-route">
        @for (step of p.steps; track step.index) {
          <li [class.bc-award-route--open]="step.open" [class.bc-award-route--done]="!!step.approval">
            <strong>{{ 'award.proposal.step' | translate: { index: step.index + 1 } }} · {{ 'roles.' + step.role | translate }}</strong>
            @if (step.approval; as a) {
              <span>
                @if (a.decision === 'APPROVED') {
                  <mat-icon svgIcon="check" aria-hidden="true" class="bc-inline-icon" />{{
                    'award.proposal.approvedBy' | translate: { name: a.approverName, date: (a.decidedAt | bcDate) }
                  }}
                } @else {
                  <mat-icon svgIcon="close" aria-hidden="true" class="bc-inline-icon" />{{
                    'award.proposal.rejectedBy' | translate: { name: a.approverName, date: (a.decidedAt | bcDate) }
                  }}
                }
              </span>
              @if (a.comment) {
                <blockquote class="bc-rfq-comment">{{ a.comment }}</blockquote>
              }
            } @else if (step.open && p.status === 'PENDING') {
              <span class="bc-award-route__open"><mat-icon svgIcon="pending" aria-hidden="true" class="bc-inline-icon" />{{
                step.assigneeName ? ('award.proposal.stepHeldFor' | translate: { name: step.assigneeName }) : ('award.proposal.stepOpen' | translate)
              }}</span>
            } @else {
              <span class="bc-muted">{{ 'award.proposal.stepLater' | translate }}</span>
            }
          </li>
        }
      </ol>
      @for (a of unplacedRejections(); track a.id) {
        <p>
          <mat-icon svgIcon="close" aria-hidden="true" class="bc-inline-icon" />{{ 'roles.' + a.role | translate }}:
          {{ 'award.proposal.rejectedBy' | translate: { name: a.approverName, date: (a.decidedAt | bcDate) } }}
        </p>
      }
    }
  `,
  styleUrls: ['./page.scss', './award.scss'],
  styles: `
    @use 'blocks';
    :host {
      display: block;
    }
    h4 {
      margin: 0.75rem 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .bc-award-facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      margin: 0.75rem 0;
      dt {
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0;
      }
    }
    .bc-award-flag {
      color: var(--mat-sys-on-tertiary-container);
    }
    .bc-award-rejected {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding: 0.75rem 1rem;
      margin: 0.75rem 0;
      border-radius: var(--mat-sys-corner-small);
      white-space: pre-line;
      @include blocks.tone(error);
    }
    .bc-num {
      text-align: right;
      white-space: nowrap;
    }
    .bc-award-route {
      margin: 0;
      padding-left: 1.25rem;
      li {
        margin: 0.35rem 0;
        span {
          margin-left: 0.5rem;
        }
      }
    }
    .bc-award-route--open strong,
    .bc-award-route__open {
      color: var(--mat-sys-primary);
    }
    @include blocks.tones('.bc-award-status', (PENDING: tertiary, APPROVED: primary, REJECTED: error));
    .bc-award-status--SUPERSEDED,
    .bc-award-status--WITHDRAWN {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class AwardProposalView {
  readonly proposal = input.required<CaseAwardFieldsFragment>();
  /** History rows: the summary without lines and route. */
  readonly compact = input(false);
  /** Say what to do after a rejection (on the latest version only). */
  readonly showNext = input(false);

  protected readonly lines = computed(() => [...this.proposal().lines].sort((a, b) => a.position - b.position));
  protected readonly rejection = computed(() => this.proposal().approvals.find((a) => a.decision === 'REJECTED') ?? null);
  /** A rejection fills no step of the route: listed below it. */
  protected readonly unplacedRejections = computed(() => {
    const placed = new Set(this.proposal().steps.map((s) => s.approval?.id).filter(Boolean));
    return this.proposal().approvals.filter((a) => a.decision === 'REJECTED' && !placed.has(a.id));
  });
}
