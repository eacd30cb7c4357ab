import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Api, PortalAuctionsGQL, PortalAuctionsQuery, reloadOnDataChange } from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The portal home's strip of the company's reverse auctions that are approved or running, soonest
 * end first, each linking to its live page; nothing when there are none (ended ones stay on their
 * invitation's card).
 */
@Component({
  selector: 'bc-portal-auctions',
  imports: [RouterLink, MatIconModule, TranslatePipe, BcDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (current().length) {
      <section class="bc-portal-auctions" aria-labelledby="bc-portal-auctions-heading">
        <h2 id="bc-portal-auctions-heading">{{ 'auction.portal.listTitle' | translate }}</h2>
        <ul>
          @for (a of current(); track a.id) {
            <li>
              <a [routerLink]="['/portal/auctions', a.id]">
                <mat-icon svgIcon="history" aria-hidden="true" />
                <strong>{{ a.rfqReference }}</strong> {{ a.rfqTitle }}
              </a>
              <span class="bc-muted">
                · {{ a.buyerName }} · {{ 'auction.status.' + a.status | translate }} ·
                {{ (a.status === 'RUNNING' ? 'auction.clock.endsAt' : 'auction.clock.startsAt') | translate: { date: ((a.status === 'RUNNING' ? a.endsAt : a.settings.startsAt) | bcDate: 'zone') } }}
              </span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .bc-portal-auctions {
      margin: 0 0 1.5rem;
      padding: 0.75rem 1.25rem;
      border: 1px solid var(--mat-sys-primary);
      border-radius: var(--mat-sys-corner-medium);
      h2 {
        margin: 0 0 0.5rem;
        font: var(--mat-sys-title-medium);
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        padding: 0.25rem 0;
      }
      mat-icon {
        width: 18px;
        height: 18px;
        vertical-align: text-bottom;
      }
    }
  `,
})
export class PortalAuctions {
  private readonly api = inject(Api);
  private readonly auctions = signal<PortalAuctionsQuery['portalAuctions']>([]);
  protected readonly current = computed(() => this.auctions().filter((a) => a.status === 'RUNNING' || a.status === 'APPROVED'));

  constructor() {
    // Read with the page and after each change; a failure leaves the strip out (the page's own list says why).
    reloadOnDataChange(() => this.load());
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.auctions.set((await this.api.read(PortalAuctionsGQL)).portalAuctions);
    } catch {
      this.auctions.set([]);
    }
  }
}
