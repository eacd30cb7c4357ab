import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { BcAmountPipe, BcDatePipe, BcFileSizePipe, BcQuantityPipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';
import { offerLinesText, offerWordingKey } from '../offers-form';
import { PortalRfq, QuoteContent } from '../quote-form';
import { ScrollRegion } from '@bc/web/ui';

/** A quote as it was sent (a submitted revision), read-only, with the RFQ's words for lines and requirements, its conditional offers in plain words. */
@Component({
  selector: 'bc-quote-content-view',
  imports: [ScrollRegion, BcFileSizePipe, MatIconModule, TranslatePipe, BcAmountPipe, BcDatePipe, BcQuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = content();
    <dl class="bc-facts">
      <dt>{{ 'portalQuote.currency' | translate }}</dt>
      <dd>{{ c.currency }}</dd>
      <dt>{{ 'portalQuote.validUntil' | translate }}</dt>
      <dd>{{ c.validUntil ? (c.validUntil | bcDate: 'date') : '–' }}</dd>
      <dt>{{ 'portalQuote.supplierReference' | translate }}</dt>
      <dd>{{ c.supplierReference || '–' }}</dd>
      <dt>{{ 'portalQuote.paymentTerms' | translate }}</dt>
      <dd>{{ c.paymentTerms || '–' }}</dd>
      <dt>{{ 'portalQuote.deliveryTerms' | translate }}</dt>
      <dd>{{ c.deliveryTerms || '–' }}</dd>
      @if (c.note) {
        <dt>{{ 'portalQuote.note' | translate }}</dt>
        <dd>{{ c.note }}</dd>
      }
    </dl>

    <div class="bc-table-wrap bc-view-table">
      <table class="bc-plain-table">
        <caption class="bc-visually-hidden">{{ 'portalQuote.lines' | translate }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'portalRfq.lineDescription' | translate }}</th>
            <th scope="col" class="bc-num">{{ 'portalQuote.unitPrice' | translate }}</th>
            <th scope="col" class="bc-num">{{ 'portalQuote.quantity' | translate }}</th>
            <th scope="col" class="bc-num">{{ 'portalQuote.leadTimeDays' | translate }}</th>
            <th scope="col" class="bc-num">{{ 'portalQuote.lineTotal' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (line of lines(); track line.lineKey) {
            <tr>
              <td>
                {{ line.description }}
                @if (line.note) {
                  <span class="bc-block bc-muted">{{ line.note }}</span>
                }
              </td>
              @if (line.unitPrice) {
                <td class="bc-num bc-nowrap">{{ line.unitPrice | bcAmount: c.currency }}</td>
                <td class="bc-num bc-nowrap">{{ line.quantity | bcQuantity }}</td>
                <td class="bc-num bc-nowrap">{{ line.leadTimeDays ?? '–' }}</td>
                <td class="bc-num bc-nowrap">{{ line.total | bcAmount: c.currency }}</td>
              } @else {
                <td colspan="4" class="bc-muted">{{ 'portalQuote.notQuoted' | translate }}</td>
              }
            </tr>
            @for (alt of line.alternatives; track $index) {
              <tr class="bc-alt-row">
                <td>
                  <span class="bc-alt-label">{{ 'portalQuote.alternativeN' | translate: { number: $index + 1 } }}</span>
                  {{ alt.description }}
                </td>
                <td class="bc-num bc-nowrap">{{ alt.unitPrice | bcAmount: c.currency }}</td>
                <td class="bc-num bc-nowrap">{{ alt.quantity | bcQuantity }}</td>
                <td class="bc-num bc-nowrap">{{ alt.leadTimeDays ?? '–' }}</td>
                <td class="bc-num bc-nowrap">{{ alt.total | bcAmount: c.currency }}</td>
              </tr>
            }
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="4">{{ 'portalQuote.grandTotal' | translate }}</th>
            <td class="bc-num bc-nowrap bc-strong">{{ c.total ? (c.total | bcAmount: c.currency) : '–' }}</td>
          </tr>
        </tfoot>
      </table>
    </div>

    @if (offers().length) {
      <h3 class="bc-sub">{{ 'conditionalOffer.title' | translate }}</h3>
      <ul class="bc-answers">
        @for (o of offers(); track $index) {
          <li>
            {{ o.key | translate: { value: (o.value | bcQuantity), amount: (o.value | bcAmount: c.currency), min: (o.minValue | bcAmount: c.currency), lines: o.lines } }}
            @if (o.note) {
              <span class="bc-block bc-muted">{{ o.note }}</span>
            }
          </li>
        }
      </ul>
    }

    @if (answers().length) {
      <h3 class="bc-sub">{{ 'portalQuote.answers' | translate }}</h3>
      <ul class="bc-answers">
        @for (a of answers(); track a.requirementKey) {
          <li>
            <span>{{ a.text }}</span>
            <strong>{{ a.compliance ? ('portalCompliance.' + a.compliance | translate) : '–' }}</strong>
            @if (a.comment) {
              <span class="bc-block bc-muted">{{ a.comment }}</span>
            }
          </li>
        }
      </ul>
    }

    @if (c.attachments.length) {
      <h3 class="bc-sub">{{ 'portalQuote.attachments' | translate }}</h3>
      <ul class="bc-files">
        @for (f of c.attachments; track f.fileId) {
          <li>
            <mat-icon svgIcon="attach_file" aria-hidden="true" />
            @if (f.url) {
              <a [href]="f.url" target="_blank" rel="noopener">{{ f.name }}</a>
            } @else {
              <span>{{ f.name }}</span>
            }
            <span class="bc-muted">{{ f.sizeBytes | bcFileSize }}</span>
          </li>
        }
      </ul>
    }
  `,
  styleUrl: '../portal.scss',
  styles: `
    .bc-view-table {
      margin: 1rem 0;
    }
    /* A revision's content is denser than the RFQ's own tables. */
    .bc-view-table .bc-plain-table :is(th, td) {
      padding: 0.375rem 0.75rem;
    }
    .bc-alt-row td {
      font: var(--mat-sys-body-small);
      padding-left: 1.5rem;
    }
    .bc-alt-label {
      font-weight: 600;
      margin-right: 0.25rem;
    }
    .bc-strong {
      font-weight: 600;
    }
    .bc-sub {
      font: var(--mat-sys-title-small);
      margin: 1rem 0 0.5rem;
    }
    .bc-answers {
      margin: 0;
      padding-left: 1.25rem;
    }
    .bc-answers li {
      margin-bottom: 0.375rem;
    }
    .bc-answers strong {
      margin-left: 0.5rem;
    }
  `,
})
export class QuoteContentView {
  readonly content = input.required<QuoteContent>();
  readonly rfq = input.required<PortalRfq>();

  protected readonly lines = computed(() => {
    const byKey = new Map(this.rfq().lines.map((l) => [l.key, l]));
    return this.content().lines.map((line) => ({
      ...line,
      description: byKey.get(line.lineKey)?.description ?? line.lineKey,
      position: byKey.get(line.lineKey)?.position ?? 0,
    }));
  });
  /** The conditional offers in plain words: the wording's key, and the lines of a condition named by the RFQ. */
  protected readonly offers = computed(() =>
    (this.content().conditionalDiscounts ?? []).map((d) => ({ ...d, key: offerWordingKey(d), lines: offerLinesText(d.lineKeys, this.rfq().lines) })),
  );
  protected readonly answers = computed(() => {
    const byKey = new Map(this.rfq().requirements.map((r) => [r.key, r]));
    return this.content()
      .answers.filter((a) => a.compliance || a.comment)
      .map((a) => ({ ...a, text: byKey.get(a.requirementKey)?.text ?? a.requirementKey }));
  });
}
