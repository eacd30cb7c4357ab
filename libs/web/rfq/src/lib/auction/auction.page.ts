import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Api, AuctionFieldsFragment, AuctionGQL, AuctionLiveGQL, toAppError } from '@bc/web/data-access';
import { AuctionClock, replacesShown } from '@bc/web/case-kit';
import { BcAmountPipe, BcDatePipe, BcQuantityPipe, LanguageService } from '@bc/web/i18n';
import { LoadStatus, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { rfqErrorTranslation } from '../rfq-errors';
import { AuctionChart } from './auction-chart';
import { leaderOf, priceSeries, withEarlierBids } from './auction-view';

/**
 * The buying side's live reverse auction (`/cases/:id/rfq/auctions/:auctionId`, issue 15): the
 * countdown by the server's clock, the bidders by rank with their current, starting and leading
 * prices and scores, every bid as it arrives, the extensions, and each bidder's price over time.
 */
@Component({
  selector: 'bc-auction-page',
  imports: [ScrollRegion, RouterLink, MatIconModule, TranslatePipe, BcAmountPipe, BcDatePipe, BcQuantityPipe, LoadStatus, AuctionChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './auction.page.html',
  styleUrl: './auction.page.scss',
})
export class AuctionPage {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService);

  /** The route's `:id` (the case) and `:auctionId`. */
  readonly id = input.required<string>();
  readonly auctionId = input.required<string>();

  protected readonly auction = signal<AuctionFieldsFragment | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<{ key: string; params: Record<string, unknown> } | null>(null);
  protected readonly clock = new AuctionClock();

  protected readonly series = computed(() => {
    const a = this.auction();
    return a ? priceSeries(a) : [];
  });
  protected readonly leader = computed(() => {
    const a = this.auction();
    return a ? leaderOf(a) : null;
  });
  /** A percent decrement as the language writes it ("0.5 %" / "0,5 %"). */
  protected readonly percent = computed(() => {
    const d = this.auction()?.settings.decrement;
    return d ? `${new Intl.NumberFormat(this.language.lang(), { maximumFractionDigits: 4 }).format(Number(d))}\u00a0%` : '';
  });
  protected readonly scored = computed(() => this.auction()?.settings.ranking === 'TOTAL_SCORE');
  protected readonly newestFirst = computed(() => [...(this.auction()?.bids ?? [])].reverse());
  /** The chart's lines run to the server's time now while it runs, else to the end. */
  protected readonly chartUntil = computed(() => {
    const a = this.auction();
    if (!a || !a.startedAt) return null;
    return a.status === 'RUNNING' ? Math.min(this.clock.serverTime(), Date.parse(a.endsAt)) : Date.parse(a.endedAt ?? a.endsAt);
  });

  constructor() {
    // The subscription's first message is the whole view, then the view again after each bid,
    // extension, start, end or cancellation, with only the bids since the message before (added to
    // those shown); a dropped socket reconnects to a fresh, whole snapshot.
    effect((onCleanup) => {
      const id = this.auctionId();
      const subscription = untracked(() => {
        this.loading.set(true);
        return this.api.live(AuctionLiveGQL, { id }).subscribe({
          next: ({ auctionLive }) => this.show(withEarlierBids(auctionLive, this.auction())),
          error: (error: unknown) => {
            this.loading.set(false);
            this.error.set(rfqErrorTranslation(toAppError(error)));
          },
        });
      });
      onCleanup(() => subscription.unsubscribe());
    });
    // The start and the end come by the clock, the event a little later (or not, if the socket is
    // down): when the countdown reaches one, the view is read once, so the status follows.
    this.clock.rereadAtBoundaries(this.auction, () => void this.reread());
  }

  private async reread(): Promise<void> {
    const id = this.auctionId();
    try {
      const view = (await this.api.read(AuctionGQL, { id })).auction;
      if (replacesShown(view, this.auction(), this.auctionId())) this.show(view);
    } catch {
      // The subscription stays the source; its next message corrects the page.
    }
  }

  private show(view: AuctionFieldsFragment): void {
    this.clock.sync(view);
    this.auction.set(view);
    this.loading.set(false);
    this.error.set(null);
  }
}
