import { AuctionDecrementKind, AuctionRanking, auctionStandings, nextValidPrice, softCloseEnd } from './auction';
import fc from 'fast-check';
import { CriterionKind, RfqCriterion } from './rfq';

describe('auction rules', () => {
  /**
   * The worked example of score ranking (issue 15).
   *
   * Criteria: price 50, quality (technical) 30, delivery (commercial) 20.
   *   A bids 1000.00 and was scored quality 60, delivery 80 in the evaluation.
   *   B bids 1100.00 and was scored quality 90, delivery 90.
   *
   * Price scores (the evaluation's formula, 100 × lowest ÷ own, 2 places half-up):
   *   A 100 × 1000 / 1000 = 100.00;  B 100 × 1000 / 1100 = 90.909… → 90.91.
   * Totals (Σ score × weight / 100):
   *   A (100 × 50 + 60 × 30 + 80 × 20) / 100 = (5000 + 1800 + 1600) / 100 = 84.00
   *   B (90.91 × 50 + 90 × 30 + 90 × 20) / 100 = (4545.5 + 2700 + 1800) / 100 = 90.455 → 90.46
   * So B leads although it is 100.00 dearer: quality is worth more than the price difference.
   *
   * The price at which A would lead: A is already the lowest, so its price score stays 100 and its
   * total 84.00 whatever it bids below 1000; B's price score falls with A's price p:
   *   B = price score(B) / 2 + 45, and A leads alone when B ≤ 83.99,
   *   i.e. price score(B) ≤ 77.98, i.e. round₂(100 × p / 1100) ≤ 77.98, i.e. 100p/1100 < 77.985,
   *   i.e. p < 857.835: the highest such price to the cent is 857.83
   *   (857.83 → 77.98454… → 77.98 → B 83.99; 857.84 → 77.9854… → 77.99 → B 84.00, a tie, not a lead).
   * B already leads, so the price at which it leads is its own 1100.00.
   */
  const criteria: RfqCriterion[] = [
    { key: 'PRICE', name: 'Price', kind: CriterionKind.PRICE, weight: 50 },
    { key: 'QUALITY', name: 'Quality', kind: CriterionKind.TECHNICAL, weight: 30 },
    { key: 'DELIVERY', name: 'Delivery', kind: CriterionKind.COMMERCIAL, weight: 20 },
  ];
  const bidders = [
    { id: 'A', name: 'Alpha', amount: '1000.00', fixedScores: { QUALITY: 60, DELIVERY: 80 } },
    { id: 'B', name: 'Beta', amount: '1100.00', fixedScores: { QUALITY: 90, DELIVERY: 90 } },
  ];

  it('ranks on the total weighted score with the non-price scores held fixed (worked example)', () => {
    const [a, b] = auctionStandings(AuctionRanking.TOTAL_SCORE, criteria, bidders);
    expect(a).toEqual({ id: 'A', rank: 2, totalScore: 84, priceScore: 100, leadingPrice: '857.83' });
    expect(b).toEqual({ id: 'B', rank: 1, totalScore: 90.46, priceScore: 90.91, leadingPrice: '1100.00' });
  });

  it('the price at which A would lead does lead, a cent more only ties', () => {
    const at = (amount: string) => auctionStandings(AuctionRanking.TOTAL_SCORE, criteria, [{ ...bidders[0], amount }, bidders[1]]);
    const [lead, b1] = at('857.83');
    expect([lead.rank, lead.totalScore, b1.totalScore]).toEqual([1, 84, 83.99]);
    const [tie, b2] = at('857.84');
    expect([tie.rank, b2.rank, b2.totalScore]).toEqual([1, 1, 84]);
  });

  it('ranks on price alone: lowest first, the leading price a cent under the best', () => {
    const [a, b] = auctionStandings(AuctionRanking.PRICE, criteria, bidders);
    expect(a).toMatchObject({ rank: 1, leadingPrice: '1000.00', totalScore: null });
    expect(b).toMatchObject({ rank: 2, leadingPrice: '999.99' });
  });

  it('gives by price alone the highest cent at which each bidder is first alone, as trying every cent does', () => {
    const amounts = fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(amounts, (cents) => {
        const bidders = cents.map((c, i) => ({ id: `B${i}`, name: `B${i}`, amount: (c / 100).toFixed(2), fixedScores: {} }));
        const standings = auctionStandings(AuctionRanking.PRICE, [], bidders);
        bidders.forEach((b, i) => {
          // By definition: the highest price p ≤ its own (in cents, above 0) below every other bidder's.
          let expected: string | null = null;
          for (let p = cents[i]; p >= 1; p--) {
            if (cents.every((c, j) => j === i || p < c)) {
              expected = (p / 100).toFixed(2);
              break;
            }
          }
          expect(standings[i].leadingPrice).toBe(expected);
          expect(standings[i].rank).toBe(1 + cents.filter((c) => c < cents[i]).length);
        });
      }),
    );
  });

  it('works out no leading price when asked for none (a result needs ranks only)', () => {
    expect(auctionStandings(AuctionRanking.TOTAL_SCORE, criteria, bidders, null).map((s) => s.leadingPrice)).toEqual([null, null]);
    expect(auctionStandings(AuctionRanking.TOTAL_SCORE, criteria, bidders, 'B').map((s) => s.leadingPrice)).toEqual([null, '1100.00']);
  });

  it('says no leading price when even a cent would not lead', () => {
    const weak = [bidders[0], { ...bidders[1], fixedScores: { QUALITY: 0, DELIVERY: 0 } }, { id: 'C', name: 'C', amount: '500.00', fixedScores: { QUALITY: 100, DELIVERY: 100 } }];
    // B: price at most 50 points, quality and delivery 0 → at most 50; C has 100 × 50 quality+delivery = 50 plus its price score.
    expect(auctionStandings(AuctionRanking.TOTAL_SCORE, criteria, weak)[1].leadingPrice).toBeNull();
  });

  it('the next valid price is the last less the decrement', () => {
    expect(nextValidPrice('1200.00', AuctionDecrementKind.PERCENT, '2.5')).toBe('1170.00');
    expect(nextValidPrice('1200.00', AuctionDecrementKind.AMOUNT, '10')).toBe('1190.00');
    expect(nextValidPrice('100.0000', AuctionDecrementKind.PERCENT, '1', 4)).toBe('99.0000');
    expect(nextValidPrice('100.0000', AuctionDecrementKind.AMOUNT, '0.5', 4)).toBe('99.5000');
    expect(nextValidPrice('5.00', AuctionDecrementKind.AMOUNT, '5')).toBeNull();
  });

  it('never rounds the next valid price up: every valid bid improves by at least the decrement', () => {
    // 6502.40 less 0.5 % is 6469.888: 6469.89 would improve by 32.51, 0.49998 %.
    expect(nextValidPrice('6502.40', AuctionDecrementKind.PERCENT, '0.5')).toBe('6469.88');
    expect(nextValidPrice('0.1820', AuctionDecrementKind.PERCENT, '0.5', 4)).toBe('0.1810');
    expect(nextValidPrice('0.01', AuctionDecrementKind.PERCENT, '0.5')).toBeNull();
  });

  it('soft close extends a late bid so that M minutes remain, never past the cap', () => {
    const end = new Date('2026-12-07T10:00:00Z');
    const s = { softCloseMinutes: 2, extensionMinutes: 3, capAt: new Date('2026-12-07T10:04:00Z') };
    // Before the window: nothing.
    expect(softCloseEnd(end, new Date('2026-12-07T09:57:59.999Z'), s)).toEqual({ endsAt: end, extended: false });
    // 1 minute before the end: bid + 3 min = 10:02.
    expect(softCloseEnd(end, new Date('2026-12-07T09:59:00Z'), s)).toEqual({ endsAt: new Date('2026-12-07T10:02:00Z'), extended: true });
    // Late in the extension: bid + 3 would be 10:04:30, the cap holds it at 10:04.
    expect(softCloseEnd(new Date('2026-12-07T10:03:00Z'), new Date('2026-12-07T10:01:30Z'), s)).toEqual({ endsAt: new Date('2026-12-07T10:04:00Z'), extended: true });
    // At the cap: no further extension.
    expect(softCloseEnd(new Date('2026-12-07T10:04:00Z'), new Date('2026-12-07T10:03:59Z'), s)).toEqual({ endsAt: new Date('2026-12-07T10:04:00Z'), extended: false });
  });
});
