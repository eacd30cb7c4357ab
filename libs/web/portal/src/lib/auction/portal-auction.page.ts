import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { Api, PlaceBidGQL, PortalAuctionFieldsFragment, PortalAuctionGQL, PortalAuctionLinesGQL, PortalAuctionLiveGQL, toAppError } from '@bc/web/data-access';
import { AuctionClock, replacesShown } from '@bc/web/case-kit';
import { BcAmountPipe, BcDatePipe, BcQuantityPipe, LanguageService } from '@bc/web/i18n';
import { LoadStatus, ScrollRegion } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { portalErrorTranslation } from '../portal-errors';
import { bidAmount, bidErrorTranslation, bidLines, nextValidText, Translation, withEarlierOwnBids } from './bid-view';

/**
 * A bidder's live reverse auction (`/portal/auctions/:id`, issue 15): the countdown by the server's
 * clock, its own price and bids with their receipts, what the visibility lets it see (rank, leading
 * score, best price, the price at which it would lead), and the bid form stating the next valid bid.
 * placeBid goes through the client's mutation path, which sends an Idempotency-Key with every change.
 */
@Component({
  selector: 'bc-portal-auction-page',
  imports: [ScrollRegion, FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe, BcAmountPipe, BcDatePipe, BcQuantityPipe, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portal-auction.page.html',
  styleUrl: './portal-auction.page.scss',
})
export class PortalAuctionPage {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService);

  /** The route's `:id` (the auction). */
  readonly id = input.required<string>();

  protected readonly auction = signal<PortalAuctionFieldsFragment | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<Translation | null>(null);
  protected readonly sending = signal(false);
  protected readonly bidError = signal<Translation | null>(null);
  /** The price the last bid was taken at: formatted in the template, so it follows a language switch. */
  protected readonly placed = signal<{ amount: string; currency: string } | null>(null);
  protected readonly clock = new AuctionClock();

  protected amount = '';
  protected readonly linePrices = signal<Record<string, string>>({});
  protected readonly invalid = signal(false);

  protected readonly running = computed(() => {
    const a = this.auction();
    return !!a && a.status === 'RUNNING' && (this.clock.remaining() ?? 0) > 0 && (this.clock.untilStart() ?? 0) === 0;
  });
  protected readonly nextValid = computed(() => {
    const a = this.auction();
    return a ? nextValidText(a, (v) => this.money(v, a.currency)) : null;
  });
  /** The visibility hides everything but the bidder's own bids. */
  protected readonly nothingShown = computed(() => {
    const a = this.auction();
    return !!a && a.rank === null && a.leading === null && a.leadingPrice === null && a.leadingScore === null && a.bestPrice === null;
  });
  protected readonly newestFirst = computed(() => [...(this.auction()?.myBids ?? [])].reverse());
  /** A line bid's lines by key: as the RFQ names them (read once), with the bidder's unit price now. */
  protected readonly lineNames = signal<Record<string, { position: number; description: string; unit: string }>>({});
  protected readonly currentUnitPrices = computed(() => Object.fromEntries((this.auction()?.currentLines ?? []).map((l) => [l.lineKey, l.unitPrice])));

  constructor() {
    // The subscription's first message is the whole view, then the view again after any change of the
    // auction (another bidder's bid too) with only the own bids since the message before; a dropped
    // socket reconnects to a fresh, whole snapshot.
    effect((onCleanup) => {
      const id = this.id();
      const subscription = untracked(() => {
        this.loading.set(true);
        return this.api.live(PortalAuctionLiveGQL, { id }).subscribe({
          next: ({ portalAuctionLive }) => {
            this.show(withEarlierOwnBids(portalAuctionLive, this.auction()));
            this.loadError.set(null);
          },
          error: (error: unknown) => {
            this.loading.set(false);
            this.loadError.set(portalErrorTranslation(toAppError(error)));
          },
        });
      });
      onCleanup(() => subscription.unsubscribe());
    });
    // The start and the end come by the clock, the event a little later (or not, if the socket is
    // down): when the countdown reaches one, the view is read once, so the status and the form follow.
    this.clock.rereadAtBoundaries(this.auction, () => void this.reread());
    // A line bid names each line as the RFQ does: the auction's view carries only the line keys.
    effect(() => {
      const a = this.auction();
      const invitationId = a?.settings.bidOn === 'LINE' ? a.invitationId : null;
      if (invitationId) untracked(() => void this.readLineNames(invitationId));
    });
  }

  private lineNamesOf: string | null = null;

  private async readLineNames(invitationId: string): Promise<void> {
    if (this.lineNamesOf === invitationId) return;
    this.lineNamesOf = invitationId;
    try {
      const lines = (await this.api.read(PortalAuctionLinesGQL, { invitationId })).portalInvitation.rfq.lines;
      this.lineNames.set(Object.fromEntries(lines.map((l) => [l.key, { position: l.position, description: l.description, unit: l.unit }])));
    } catch {
      // The form still numbers the lines.
    }
  }

  private async reread(): Promise<void> {
    const id = this.id();
    try {
      const view = (await this.api.read(PortalAuctionGQL, { id })).portalAuction;
      if (replacesShown(view, this.auction(), this.id())) this.show(view);
    } catch {
      // The subscription stays the source; its next message corrects the page.
    }
  }

  protected setLine(lineKey: string, value: string): void {
    this.linePrices.update((p) => ({ ...p, [lineKey]: value }));
  }

  protected async bid(): Promise<void> {
    const a = this.auction();
    if (!a || this.sending()) return;
    const total = a.settings.bidOn === 'TOTAL' ? bidAmount(this.amount) : null;
    const lines = a.settings.bidOn === 'LINE' ? bidLines(this.linePrices()) : null;
    this.invalid.set(!total && !lines);
    if (!total && !lines) return;
    this.sending.set(true);
    this.bidError.set(null);
    this.placed.set(null);
    try {
      const input = total ? { auctionId: a.id, amount: total } : { auctionId: a.id, lines: lines ?? [] };
      const updated = (await this.api.write(PlaceBidGQL, { input })).placeBid;
      this.show(updated);
      this.amount = '';
      this.linePrices.set({});
      this.placed.set({ amount: updated.currentAmount, currency: updated.currency });
    } catch (error) {
      this.bidError.set(bidErrorTranslation(toAppError(error), (v) => this.money(v, a.currency)));
    } finally {
      this.sending.set(false);
    }
  }

  private show(view: PortalAuctionFieldsFragment): void {
    this.clock.sync(view);
    this.auction.set(view);
    this.loading.set(false);
  }

  protected money(amount: string, currency: string): string {
    return new Intl.NumberFormat(this.language.lang(), { style: 'currency', currency }).format(Number(amount));
  }

  /** A line's hint: the bidder's unit price now, the highest its next bid may name, and the quantity. */
  protected lineHint(line: { lineKey: string; unitPrice: string; quantity: string }, currency: string, unit = ''): Record<string, string> {
    return {
      current: this.unitMoney(this.currentUnitPrices()[line.lineKey], currency),
      next: this.unitMoney(line.unitPrice, currency),
      quantity: new Intl.NumberFormat(this.language.lang(), { maximumFractionDigits: 3 }).format(Number(line.quantity)),
      unit,
    };
  }

  /** A unit price to the four places the API keeps (0.1811 is not 0.18), at least two. */
  protected unitMoney(amount: string | undefined, currency: string): string {
    if (amount === undefined) return '–';
    return new Intl.NumberFormat(this.language.lang(), { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(Number(amount));
  }
}
