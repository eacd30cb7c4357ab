import type { AuctionFieldsFragment } from '@bc/web/data-access';
import { leaderOf, priceSeries, withEarlierBids } from './auction-view';

const participant = (invitationId: string, supplierName: string, rank: number, startingAmount: string) =>
  ({ invitationId, supplierName, rank, startingAmount }) as never;
const bid = (invitationId: string, amount: string, receivedAt: string) => ({ invitationId, amount, receivedAt }) as never;

describe('auction view', () => {
  const auction = {
    startedAt: '2026-12-07T10:00:00.000Z',
    settings: { startsAt: '2026-12-07T10:00:00.000Z' } as never,
    participants: [participant('a', 'Hanse', 1, '1000.00'), participant('b', 'Nord', 2, '990.00')],
    bids: [bid('a', '980.00', '2026-12-07T10:01:00.000Z'), bid('b', '985.00', '2026-12-07T10:02:00.000Z'), bid('a', '970.00', '2026-12-07T10:03:00.000Z')],
  };

  it('draws each bidder from its starting price through its own bids', () => {
    expect(priceSeries(auction)).toEqual([
      { name: 'Hanse', points: [[Date.parse('2026-12-07T10:00:00.000Z'), 1000], [Date.parse('2026-12-07T10:01:00.000Z'), 980], [Date.parse('2026-12-07T10:03:00.000Z'), 970]] },
      { name: 'Nord', points: [[Date.parse('2026-12-07T10:00:00.000Z'), 990], [Date.parse('2026-12-07T10:02:00.000Z'), 985]] },
    ]);
  });

  it('names the leader only when one leads alone', () => {
    expect(leaderOf(auction)).toBe('Hanse');
    expect(leaderOf({ participants: [participant('a', 'A', 1, '1'), participant('b', 'B', 1, '1')] })).toBeNull();
  });

  it('adds the bids of a live message to those shown, each once, and takes a whole message as it is', () => {
    const seq = (sequence: number) => ({ sequence, amount: `${1000 - sequence}.00` });
    const view = (bids: number[], bidsAfter: number | null, id = 'x') => ({ id, bidsAfter, bids: bids.map(seq) }) as unknown as AuctionFieldsFragment;
    const shown = view([1, 2, 3], null);
    expect(withEarlierBids(view([4, 5], 3), shown).bids.map((b) => b.sequence)).toEqual([1, 2, 3, 4, 5]);
    // A query read meanwhile showed bid 4 already: not doubled.
    expect(withEarlierBids(view([4, 5], 3), view([1, 2, 3, 4], null)).bids.map((b) => b.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(withEarlierBids(view([4, 5], 3), shown).bidsAfter).toBeNull();
    // A whole message replaces what is shown; another auction's bids are never kept.
    expect(withEarlierBids(view([1, 2], null), shown).bids.map((b) => b.sequence)).toEqual([1, 2]);
    expect(withEarlierBids(view([4], 3, 'y'), shown).bids.map((b) => b.sequence)).toEqual([4]);
  });
});
