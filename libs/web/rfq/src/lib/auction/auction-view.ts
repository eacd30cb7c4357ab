import type { AuctionFieldsFragment } from '@bc/web/data-access';

/** One bidder's line on the chart: its starting price at the start, then each of its bids. */
export interface PriceSeries {
  name: string;
  points: [number, number][];
}

/** Each bidder's price over time, in rank order, from the bids as the server took them. */
export function priceSeries(auction: Pick<AuctionFieldsFragment, 'participants' | 'bids' | 'startedAt' | 'settings'>): PriceSeries[] {
  const start = Date.parse(auction.startedAt ?? auction.settings.startsAt);
  return auction.participants.map((p) => ({
    name: p.supplierName,
    points: [
      [start, Number(p.startingAmount)] as [number, number],
      ...auction.bids.filter((b) => b.invitationId === p.invitationId).map((b) => [Date.parse(b.receivedAt), Number(b.amount)] as [number, number]),
    ],
  }));
}

/** The leader's name when one leads alone (rank 1 once), for the live region; null otherwise. */
export function leaderOf(auction: Pick<AuctionFieldsFragment, 'participants'>): string | null {
  const first = auction.participants.filter((p) => p.rank === 1);
  return first.length === 1 ? first[0].supplierName : null;
}

/**
 * The view a live message makes of the one shown: whole when the message is whole (`bidsAfter`
 * null), else the shown bids up to `bidsAfter` and the message's bids after it (auctionLive sends
 * each bid once). A query read meanwhile may have shown more bids already: none is doubled.
 */
export function withEarlierBids(view: AuctionFieldsFragment, shown: AuctionFieldsFragment | null): AuctionFieldsFragment {
  if (view.bidsAfter === null || view.bidsAfter === undefined) return view;
  const earlier = (shown?.id === view.id ? shown.bids : []).filter((b) => b.sequence <= view.bidsAfter!);
  return { ...view, bidsAfter: null, bids: [...earlier, ...view.bids] };
}
