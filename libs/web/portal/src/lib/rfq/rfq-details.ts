import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { BcCriterionNamePipe, BcDatePipe, BcFileSizePipe, BcQuantityPipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';
import { PortalRfq } from '../quote-form';
import { ScrollRegion } from '@bc/web/ui';

/** The RFQ as the buyer published it: what is asked for, on which terms, and how quotes are scored. */
@Component({
  selector: 'bc-rfq-details',
  imports: [ScrollRegion, BcFileSizePipe, MatButtonModule, MatIconModule, TranslatePipe, BcDatePipe, BcQuantityPipe, BcCriterionNamePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = rfq();
    <div class="bc-pdf">
      <a mat-stroked-button [href]="r.documentUrl" target="_blank" rel="noopener" download>
        <mat-icon svgIcon="download" aria-hidden="true" />{{ 'portalRfq.downloadPdf' | translate }}
      </a>
    </div>

    @if (r.description) {
      <section class="bc-block-section" aria-labelledby="bc-rfq-description">
        <h2 id="bc-rfq-description">{{ 'portalRfq.description' | translate }}</h2>
        <p class="bc-text">{{ r.description }}</p>
      </section>
    }
    @if (r.instructions) {
      <section class="bc-block-section" aria-labelledby="bc-rfq-instructions">
        <h2 id="bc-rfq-instructions">{{ 'portalRfq.instructions' | translate }}</h2>
        <p class="bc-text">{{ r.instructions }}</p>
      </section>
    }

    <section class="bc-block-section" aria-labelledby="bc-rfq-terms">
      <h2 id="bc-rfq-terms">{{ 'portalRfq.terms' | translate }}</h2>
      <dl class="bc-facts">
        <dt>{{ 'portalRfq.currency' | translate }}</dt>
        <dd>{{ r.currency }}</dd>
        <dt>{{ 'portalRfq.paymentTerms' | translate }}</dt>
        <dd>{{ r.paymentTerms || '–' }}</dd>
        <dt>{{ 'portalRfq.deliveryTerms' | translate }}</dt>
        <dd>{{ r.deliveryTerms || '–' }}</dd>
        <dt>{{ 'portalRfq.deliveryAddress' | translate }}</dt>
        <dd>{{ r.deliveryAddress || '–' }}</dd>
        <dt>{{ 'portalRfq.deliveryDate' | translate }}</dt>
        <dd>{{ r.deliveryDate ? (r.deliveryDate | bcDate: 'date') : '–' }}</dd>
        <dt>{{ 'portalRfq.validity' | translate }}</dt>
        <dd>{{ 'portalRfq.validityDays' | translate: { days: r.validityDays } }}</dd>
      </dl>
    </section>

    <section class="bc-block-section" aria-labelledby="bc-rfq-lines">
      <h2 id="bc-rfq-lines">{{ 'portalRfq.lines' | translate }}</h2>
      <div class="bc-table-wrap">
        <table class="bc-plain-table">
          <caption class="bc-visually-hidden">{{ 'portalRfq.lines' | translate }}</caption>
          <thead>
            <tr>
              <th scope="col" class="bc-num">#</th>
              <th scope="col">{{ 'portalRfq.lineDescription' | translate }}</th>
              <th scope="col" class="bc-num">{{ 'portalRfq.quantity' | translate }}</th>
              <th scope="col">{{ 'portalRfq.unit' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (line of lines(); track line.key) {
              <tr>
                <td class="bc-num">{{ line.position }}</td>
                <td>
                  {{ line.description }}
                  @if (line.attributes.length) {
                    <ul class="bc-attributes">
                      @for (a of line.attributes; track $index) {
                        <li><span class="bc-muted">{{ a.name }}:</span> {{ a.value }}</li>
                      }
                    </ul>
                  }
                </td>
                <td class="bc-num bc-nowrap">{{ line.quantity | bcQuantity }}</td>
                <td>{{ line.unit }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>

    <section class="bc-block-section" aria-labelledby="bc-rfq-requirements">
      <h2 id="bc-rfq-requirements">{{ 'portalRfq.requirements' | translate }}</h2>
      @if (requirements().length === 0) {
        <p class="bc-muted">{{ 'portalRfq.noRequirements' | translate }}</p>
      } @else {
        <div class="bc-table-wrap">
          <table class="bc-plain-table">
            <caption class="bc-visually-hidden">{{ 'portalRfq.requirements' | translate }}</caption>
            <thead>
              <tr>
                <th scope="col" class="bc-num">#</th>
                <th scope="col">{{ 'portalRfq.requirement' | translate }}</th>
                <th scope="col">{{ 'portalRfq.kind' | translate }}</th>
                <th scope="col" class="bc-num">{{ 'portalRfq.weight' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (req of requirements(); track req.key) {
                <tr>
                  <td class="bc-num">{{ req.position }}</td>
                  <td>{{ req.text }}</td>
                  <td class="bc-nowrap">{{ 'requirementKind.' + req.kind | translate }}</td>
                  <td class="bc-num">{{ req.weight ?? '–' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>

    <section class="bc-block-section" aria-labelledby="bc-rfq-criteria">
      <h2 id="bc-rfq-criteria">{{ 'portalRfq.criteria' | translate }}</h2>
      <p class="bc-muted">{{ 'portalRfq.criteriaIntro' | translate }}</p>
      <ul class="bc-criteria">
        @for (c of r.criteria; track c.key) {
          <li>
            <span class="bc-criteria__name">{{ c | bcCriterionName }}</span>
            <span class="bc-criteria__bar" aria-hidden="true"><span [style.width.%]="c.weight"></span></span>
            <span class="bc-num">{{ 'portalRfq.weightPercent' | translate: { weight: c.weight } }}</span>
          </li>
        }
      </ul>
    </section>

    <section class="bc-block-section" aria-labelledby="bc-rfq-documents">
      <h2 id="bc-rfq-documents">{{ 'portalRfq.documents' | translate }}</h2>
      <ul class="bc-files">
        @for (d of r.documents; track d.id) {
          <li>
            <mat-icon svgIcon="attach_file" aria-hidden="true" />
            <a [href]="d.url" target="_blank" rel="noopener">{{ d.name }}</a>
            <span class="bc-muted">{{ d.sizeBytes | bcFileSize }}</span>
          </li>
        } @empty {
          <li class="bc-muted">{{ 'portalRfq.noDocuments' | translate }}</li>
        }
      </ul>
    </section>
  `,
  styleUrl: '../portal.scss',
  styles: `
    .bc-pdf {
      margin-bottom: 1rem;
    }
    .bc-block-section {
      margin-bottom: 1.75rem;
    }
    .bc-text {
      white-space: pre-line;
      margin: 0;
      max-width: 60rem;
    }
    .bc-plain-table th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .bc-attributes {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
      font: var(--mat-sys-body-small);
    }
    .bc-criteria {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
      max-width: 40rem;
    }
    .bc-criteria li {
      display: grid;
      grid-template-columns: minmax(8rem, 14rem) 1fr 4rem;
      align-items: center;
      gap: 0.75rem;
    }
    .bc-criteria__bar {
      height: 0.5rem;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .bc-criteria__bar span {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
  `,
})
export class RfqDetails {
  readonly rfq = input.required<PortalRfq>();
  protected readonly lines = computed(() => [...this.rfq().lines].sort((a, b) => a.position - b.position));
  protected readonly requirements = computed(() => [...this.rfq().requirements].sort((a, b) => a.position - b.position));
}
