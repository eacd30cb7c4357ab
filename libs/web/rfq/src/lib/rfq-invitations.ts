import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RfqFieldsFragment } from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';
import { ScrollRegion } from '@bc/web/ui';

/**
 * The invited suppliers: who has viewed, declined or submitted, and how often they revised.
 * Never what they quoted: that stays sealed until the closing time.
 */
@Component({
  selector: 'bc-rfq-invitations',
  imports: [ScrollRegion, MatIconModule, MatTooltipModule, TranslatePipe, BcDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = rfq();
    <section aria-labelledby="bc-rfq-invitations-heading">
      <h2 id="bc-rfq-invitations-heading">{{ 'rfq.invitations' | translate }}</h2>
      @if (!r.quotesOpen) {
        <p class="bc-rfq-sealed-note" role="note">
          <mat-icon svgIcon="lock" aria-hidden="true" />
          <span>{{ 'rfq.sealedNote' | translate: { closesAt: (r.closesAt | bcDate) } }}</span>
        </p>
      }
      <div class="bc-table-wrap">
        <table class="bc-table bc-rfq-table" aria-labelledby="bc-rfq-invitations-heading">
          <thead>
            <tr>
              <th scope="col">{{ 'rfq.supplier' | translate }}</th>
              <th scope="col">{{ 'rfq.invitationStatus' | translate }}</th>
              <th scope="col">{{ 'rfq.portalAccount' | translate }}</th>
              <th scope="col">{{ 'rfq.viewedAt' | translate }}</th>
              <th scope="col">{{ 'rfq.submittedAt' | translate }}</th>
              <th scope="col">{{ 'rfq.declineReason' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (i of r.invitations; track i.id) {
              <tr>
                <th scope="row" class="bc-rfq-supplier">{{ i.supplierName }}</th>
                <td>
                  <span class="bc-status bc-rfq-invitation--{{ i.status }}">{{ 'rfq.invitationStatuses.' + i.status | translate }}</span>
                </td>
                <td>{{ (i.hasPortalAccount ? 'rfq.yes' : 'rfq.no') | translate }}</td>
                <td class="bc-nowrap">{{ i.viewedAt ? (i.viewedAt | bcDate) : '–' }}</td>
                <td>
                  @if (i.submittedAt) {
                    <span class="bc-nowrap">{{ i.submittedAt | bcDate }}</span>
                    <span class="bc-block bc-muted">
                      {{ 'rfq.revisionCount' | translate: { count: i.revisions } }}
                      @if (i.quoteStatus === 'WITHDRAWN') {
                        · {{ 'rfq.withdrawn' | translate }}
                      }
                    </span>
                    @if (!r.quotesOpen && i.quoteStatus === 'SUBMITTED') {
                      <span class="bc-rfq-sealed" [matTooltip]="'rfq.sealedTooltip' | translate">
                        <mat-icon svgIcon="lock" aria-hidden="true" />{{ 'rfq.sealed' | translate }}
                      </span>
                    }
                  } @else if (i.quoteStatus === 'WITHDRAWN') {
                    {{ 'rfq.withdrawn' | translate }}
                  } @else {
                    –
                  }
                </td>
                <td>
                  {{ i.declineReason || (i.declinedAt ? ('rfq.noReason' | translate) : '–') }}
                  @if (i.declineWithdrawnAt && i.status !== 'DECLINED') {
                    <span class="bc-block bc-muted">{{ 'rfq.declineWithdrawn' | translate: { date: (i.declineWithdrawnAt | bcDate) } }}</span>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td class="bc-empty-cell" colspan="6">{{ 'rfq.noInvitations' | translate }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styleUrls: ['./page.scss', './panel.scss', './rfq-invitations.scss'],
})
export class RfqInvitations {
  readonly rfq = input.required<RfqFieldsFragment>();
}
