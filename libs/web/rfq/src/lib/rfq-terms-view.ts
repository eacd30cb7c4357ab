import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RfqFieldsFragment } from '@bc/web/data-access';
import { BcCriterionNamePipe, BcDatePipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';
import { ScrollRegion } from '@bc/web/ui';

/** An RFQ's terms and criteria to read: frozen once published, or a draft for who may not edit it. */
@Component({
  selector: 'bc-rfq-terms-view',
  imports: [ScrollRegion, MatIconModule, TranslatePipe, BcDatePipe, BcCriterionNamePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = rfq();
    <div class="bc-rfq-columns">
      <section aria-labelledby="bc-rfq-terms-view-heading">
        <h2 id="bc-rfq-terms-view-heading">{{ 'rfq.terms' | translate }}</h2>
        @if (r.description) {
          <p class="bc-rfq-text">{{ r.description }}</p>
        }
        <dl class="bc-rfq-facts">
          <dt>{{ 'rfq.fields.closesAt' | translate }}</dt>
          <dd>{{ r.closesAt | bcDate }}</dd>
          <dt>{{ 'rfq.fields.questionsCloseAt' | translate }}</dt>
          <dd>{{ r.questionsCloseAt | bcDate }}</dd>
          <dt>{{ 'rfq.fields.deliveryTerms' | translate }}</dt>
          <dd>{{ r.deliveryTerms || '–' }}</dd>
          <dt>{{ 'rfq.fields.deliveryDate' | translate }}</dt>
          <dd>{{ r.deliveryDate ? (r.deliveryDate | bcDate: 'date') : '–' }}</dd>
          <dt>{{ 'rfq.fields.deliveryAddress' | translate }}</dt>
          <dd class="bc-rfq-text">{{ r.deliveryAddress || '–' }}</dd>
          <dt>{{ 'rfq.fields.paymentTerms' | translate }}</dt>
          <dd>{{ r.paymentTerms || '–' }}</dd>
          <dt>{{ 'rfq.fields.validityDays' | translate }}</dt>
          <dd>{{ 'rfq.days' | translate: { days: r.validityDays } }}</dd>
          <dt>{{ 'envelope.viewLabel' | translate }}</dt>
          <dd>{{ (r.twoEnvelope ? 'envelope.viewTwo' : 'envelope.viewOne') | translate }}</dd>
          <dt>{{ 'rfq.specificationVersion' | translate }}</dt>
          <dd>{{ 'spec.versionLabel' | translate: { version: r.specificationVersion } }}</dd>
        </dl>
        @if (r.instructions) {
          <h3>{{ 'rfq.fields.instructions' | translate }}</h3>
          <p class="bc-rfq-text">{{ r.instructions }}</p>
        }
      </section>
      <section aria-labelledby="bc-rfq-criteria-view-heading">
        <h2 id="bc-rfq-criteria-view-heading">{{ 'rfq.criteria' | translate }}</h2>
        @if (frozen()) {
          <p class="bc-rfq-frozen"><mat-icon svgIcon="lock" aria-hidden="true" />{{ 'rfq.criteriaFrozen' | translate }}</p>
        }
        <div class="bc-table-wrap">
          <table class="bc-table bc-rfq-criteria" aria-labelledby="bc-rfq-criteria-view-heading">
            <thead>
              <tr>
                <th scope="col">{{ 'rfq.criterionName' | translate }}</th>
                <th scope="col">{{ 'rfq.criterionKind' | translate }}</th>
                <th scope="col" class="bc-num">{{ 'rfq.weight' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of r.criteria; track c.key) {
                <tr>
                  <td>{{ c | bcCriterionName }}</td>
                  <td>{{ 'rfq.kind.' + c.kind | translate }}</td>
                  <td class="bc-num">{{ c.weight }} %</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    </div>
  `,
  styleUrls: ['./page.scss', './panel.scss', './rfq-terms-view.scss'],
})
export class RfqTermsView {
  readonly rfq = input.required<RfqFieldsFragment>();
  /** Published: the criteria are frozen (a draft's may still change). */
  readonly frozen = input(true);
}
