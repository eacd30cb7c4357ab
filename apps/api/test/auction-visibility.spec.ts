import { ErrorCode } from '@bc/shared/domain';
import { approvedAuction, AUCTION_OPS, AuctionCase, bid, startAuction } from './support/auction-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const EVALUATION = `query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) { criteria { key kind weight } suppliers { invitationId supplierName total criteria { criterionKey score } } } }`;

/**
 * What a bidder sees of a live auction (issue 15): its own bids and only what the visibility
 * setting allows, over every query and the bid's answer: never the other bidder's identity (its
 * invitation, organization or name), nor a price or score the setting hides. And ranking on the
 * total weighted score, with the evaluation's non-price scores held fixed.
 */
describe('auction visibility and score ranking', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Everything the supplier's side can ask about the auction, and its bid's answer, as one text. */
  const everythingSeenBy = async (client: GraphQLClient, a: AuctionCase, amount: string): Promise<{ text: string; view: Record<string, any> }> => {
    const placed = await bid(client, a.auctionId, amount);
    if (placed.errors?.length) throw new Error(JSON.stringify(placed.errors));
    const one = (await client.ok(AUCTION_OPS.portal, { id: a.auctionId }))['portalAuction'];
    const list = (await client.ok(AUCTION_OPS.portalList))['portalAuctions'];
    return { text: JSON.stringify([placed.data, one, list]), view: one };
  };

  /** What identifies Alpine, and its prices, as the buying side knows them. */
  const alpineMarks = async (a: AuctionCase): Promise<string[]> => {
    const [{ supplier_organization_id: org, supplier_id: supplierId }] = await app.dataSource.query(`SELECT supplier_organization_id, supplier_id FROM rfq_invitation WHERE id = $1`, [a.alpineInv]);
    return [a.alpineInv, org, supplierId, 'Alpine', '1320.00'];
  };

  it('RANK: the bidder sees its rank and its own bids, nothing of the other bidder', async () => {
    const a = await approvedAuction(app, w, { visibility: 'RANK' });
    startAuction(app, a);
    const { text, view } = await everythingSeenBy(w.as.supplier, a, '1150.00');
    for (const mark of await alpineMarks(a)) expect(text).not.toContain(mark);
    expect(view).toMatchObject({ rank: 1, leading: true, bestPrice: null, leadingScore: null, myScore: null, leadingPrice: null, currentAmount: '1150.00' });
    // Alpine sees its rank 2, not Hanse's price or name.
    const alpine = await everythingSeenBy(w.as.alpine, a, '1300.00');
    expect(alpine.view).toMatchObject({ rank: 2, leading: false, bestPrice: null });
    for (const mark of [a.hanseInv, 'Hanse', '1150.00', '1200.00']) expect(alpine.text).not.toContain(mark);
    // The portal invitation and the RFQ page carry the auction too.
    const viaInvitation = (await w.as.supplier.ok(`query ($id: ID!) { portalInvitation(id: $id) { auction { id rank currentAmount } } }`, { id: a.hanseInv }))['portalInvitation'];
    expect(viaInvitation.auction).toEqual({ id: a.auctionId, rank: 1, currentAmount: '1150.00' });
    const viaRfq = (await w.as.buyer.ok(`query ($id: ID!) { rfq(id: $id) { auctions { id bidCount } } }`, { id: a.rfqId }))['rfq'];
    expect(viaRfq.auctions).toEqual([{ id: a.auctionId, bidCount: 2 }]);
    // A supplier never reads the buying side's view.
    expect((await w.as.supplier.error(AUCTION_OPS.auction, { id: a.auctionId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('BEST_PRICE: the best price without who bid it, no rank; NONE: nothing but its own bids', async () => {
    const best = await approvedAuction(app, w, { visibility: 'BEST_PRICE' });
    startAuction(app, best);
    await bid(w.as.supplier, best.auctionId, '1100.00');
    const seen = await everythingSeenBy(w.as.alpine, best, '1300.00');
    expect(seen.view).toMatchObject({ bestPrice: '1100.00', rank: null, leading: null, leadingPrice: null });
    for (const mark of [best.hanseInv, 'Hanse']) expect(seen.text).not.toContain(mark);

    const none = await approvedAuction(app, w, { visibility: 'NONE', ranking: 'TOTAL_SCORE' });
    startAuction(app, none);
    await bid(w.as.alpine, none.auctionId, '1250.00');
    const blind = await everythingSeenBy(w.as.supplier, none, '1180.00');
    expect(blind.view).toMatchObject({ rank: null, leading: null, bestPrice: null, leadingScore: null, myScore: null, leadingPrice: null });
    for (const mark of await alpineMarks(none)) expect(blind.text).not.toContain(mark);
    expect(blind.text).not.toContain('1250.00');
    // The buyer sees both bidders and every bid.
    const buyer = (await w.as.buyer.ok(AUCTION_OPS.auction, { id: none.auctionId }))['auction'];
    expect(buyer.bids.map((b: { supplierName: string; amount: string }) => [b.supplierName.split(' ')[0], b.amount])).toEqual([
      ['Alpine', '1250.00'],
      ['Hanse', '1180.00'],
    ]);
  });

  /**
   * The worked example. The case is routine: price 60, delivery 20, quality 10, reliability 10.
   * Alpine is scored 90 on each non-price criterion, Hanse 60 (held fixed through the auction).
   *   Alpine 1320.00: price score 100 × 1200 / 1320 = 90.909… → 90.91;
   *     total (90.91 × 60 + 90 × 40) / 100 = 90.546 → 90.55: first, although dearer.
   *   Hanse 1200.00: price score 100; total (100 × 60 + 60 × 40) / 100 = 84.00: second.
   * Hanse's price to lead: it stays the lowest (score 100, total 84.00), so Alpine must fall to
   *   83.99 or less: 0.6 × ps + 36 ≤ 83.99 ⇔ ps ≤ 79.99 ⇔ 100 × p / 1320 < 79.995 ⇔ p < 1055.934,
   *   so 1055.93 (at 1055.94 Alpine's score is 80.00 and both total 84.00: a tie, not a lead).
   * After Hanse bids 1055.93, Alpine's price to lead again: Alpine needs 84.01, i.e. a price score
   *   of 80.01 or more: 100 × 1055.93 / p ≥ 80.005 ⇔ p ≤ 1319.83 (1319.84 gives 80.00, a tie).
   */
  it('TOTAL_SCORE: ranks on the evaluation’s total with the non-price scores fixed, and tells each bidder the price at which it would lead (worked example)', async () => {
    const a = await approvedAuction(app, w, { visibility: 'LEADING_SCORE', ranking: 'TOTAL_SCORE', decrementKind: 'AMOUNT', decrement: '0.01' }, { favour: 'alpine' });
    const before = (await w.as.buyer.ok(AUCTION_OPS.auction, { id: a.auctionId }))['auction'].participants;
    expect(before.map((p: Record<string, unknown>) => [p['invitationId'], p['rank'], p['totalScore'], p['priceScore'], p['leadingPrice']])).toEqual([
      [a.alpineInv, 1, 90.55, 90.91, '1320.00'],
      [a.hanseInv, 2, 84, 100, '1055.93'],
    ]);
    // The evaluation agrees before the auction (the same rules).
    const evaluation = (await w.as.buyer.ok(EVALUATION, { rfqId: a.rfqId }))['rfqEvaluation'];
    expect(evaluation.suppliers.map((s: { total: number }) => s.total)).toEqual([90.55, 84]);
    startAuction(app, a);
    // A cent above the leading price only ties: Hanse does not lead.
    const tie = await everythingSeenBy(w.as.supplier, a, '1055.94');
    expect(tie.view).toMatchObject({ leading: false, myScore: 84, leadingScore: 84, leadingPrice: '1055.93', rank: null, bestPrice: null });
    const lead = await everythingSeenBy(w.as.supplier, a, '1055.93');
    expect(lead.view).toMatchObject({ leading: true, myScore: 84, leadingScore: 84, leadingPrice: '1055.93' });
    for (const mark of await alpineMarks(a)) expect(lead.text).not.toContain(mark);
    const alpine = (await w.as.alpine.ok(AUCTION_OPS.portal, { id: a.auctionId }))['portalAuction'];
    expect(alpine).toMatchObject({ leading: false, myScore: 83.99, leadingScore: 84, leadingPrice: '1319.83', rank: null, bestPrice: null });
    expect(JSON.stringify(alpine)).not.toContain('1055.93');
    const after = (await w.as.buyer.ok(AUCTION_OPS.auction, { id: a.auctionId }))['auction'].participants;
    expect(after.map((p: Record<string, unknown>) => [p['invitationId'], p['rank'], p['totalScore']])).toEqual([
      [a.hanseInv, 1, 84],
      [a.alpineInv, 2, 83.99],
    ]);
  });
});
