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
