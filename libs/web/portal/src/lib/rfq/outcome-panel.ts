import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { BcAmountPipe, BcDatePipe, BcQuantityPipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';

/** The RFQ's outcome for the supplier's company (PortalInvitation.outcome). */
export interface PortalOutcomeView {
  result: string;
  decidedAt: string;
  totalValue: string | null;
  currency: string;
  lines: ReadonlyArray<{ lineKey: string; description: string; unit: string; quantity: string; unitPrice: string; total: string }>;
}

/**
 * The decision, once the buyer's case is awarded: "Awarded" with the company's own lines and
 * total, or a polite "Not awarded". Other suppliers are never named.
 */
@Component({
  selector: 'bc-outcome-panel',
  imports: [MatIconModule, TranslatePipe, BcAmountPipe, BcDatePipe, BcQuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let o = outcome();
    @let awarded = o.result === 'AWARDED';
    <section class="bc-outcome" [class.bc-outcome--awarded]="awarded" role="status" aria-labelledby="bc-outcome-heading">
      <div class="bc-outcome__head">
        <mat-icon [svgIcon]="awarded ? 'verified' : 'description'" aria-hidden="true" />
        <h2 id="bc-outcome-heading">{{ (awarded ? 'portalOutcome.awardedTitle' : 'portalOutcome.notAwardedTitle') | translate }}</h2>
      </div>
      <p>{{ (awarded ? 'portalOutcome.awardedText' : 'portalOutcome.notAwardedText') | translate: { buyer: buyerName(), date: (o.decidedAt | bcDate: 'date') } }}</p>
      @if (awarded && o.lines.length) {
        <table class="bc-outcome__lines">
          <caption>{{ 'portalOutcome.lines' | translate }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'portalOutcome.description' | translate }}</th>
              <th scope="col" class="bc-num">{{ 'portalOutcome.quantity' | translate }}</th>
              <th scope="col" class="bc-num">{{ 'portalOutcome.unitPrice' | translate }}</th>
              <th scope="col" class="bc-num">{{ 'portalOutcome.total' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (l of o.lines; track l.lineKey) {
              <tr>
                <td>{{ l.description }}</td>
                <td class="bc-num">{{ l.quantity | bcQuantity }} {{ l.unit }}</td>
                <td class="bc-num">{{ l.unitPrice | bcAmount: o.currency }}</td>
                <td class="bc-num">{{ l.total | bcAmount: o.currency }}</td>
              </tr>
            }
          </tbody>
          @if (o.totalValue) {
            <tfoot>
              <tr>
                <th scope="row" colspan="3">{{ 'portalOutcome.totalValue' | translate }}</th>
                <td class="bc-num bc-outcome__total">{{ o.totalValue | bcAmount: o.currency }}</td>
              </tr>
            </tfoot>
          }
        </table>
      }
    </section>
  `,
  styleUrl: '../portal.scss',
  styles: `
    @use 'blocks';
    .bc-outcome {
      margin-bottom: 1.25rem;
      padding: 1rem 1.25rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .bc-outcome--awarded {
      @include blocks.tone(primary);
    }
    .bc-outcome__head {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .bc-outcome__head h2 {
      margin: 0;
    }
    .bc-outcome p {
      margin: 0.5rem 0 0;
    }
    .bc-outcome__lines {
      margin-top: 0.75rem;
      border-collapse: collapse;
      width: 100%;
      max-width: 48rem;
    }
    .bc-outcome__lines caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 0.25rem;
    }
    .bc-outcome__lines th,
    .bc-outcome__lines td {
      padding: 0.3rem 0.75rem 0.3rem 0;
      border-bottom: 1px solid currentColor;
      text-align: left;
    }
    .bc-outcome__lines tfoot th,
    .bc-outcome__lines tfoot td {
      border-bottom: none;
    }
    .bc-outcome__lines .bc-num {
      text-align: right;
    }
    .bc-outcome__total {
      font-weight: 700;
    }
  `,
})
export class OutcomePanel {
  readonly outcome = input.required<PortalOutcomeView>();
  readonly buyerName = input.required<string>();
}
