import { ErrorCode } from '@bc/shared/domain';
import { evaluatedCase } from './support/award-fixtures';
import { approvedAuction, AUCTION_OPS, bid, endAuction, endsAtOf, scheduleInput, startAuction } from './support/auction-fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { advanceClockTo, testClock } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const SKIP = `mutation ($caseId: ID!, $reason: String!) { skipNegotiation(caseId: $caseId, reason: $reason) { id stage } }`;
const EVALUATION = `query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) { suppliers { invitationId comparableTotal rank total } } }`;
const MINUTE = 60_000;

/**
 * Live reverse auctions (issue 15) through the built app on real PostgreSQL: scheduling and the
 * gatekeeper's approval, the decrement and end-time rules by the server's clock, soft close and
 * its cap, what a bidder may see, ranking on the total score, and a retried bid. Starting prices:
 * Hanse 1200.00, Alpine 1320.00 (EUR).
 */
describe('live reverse auctions', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  const errorOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) => (await client.error(query, variables)).extensions;
  const bidError = async (client: GraphQLClient, auctionId: string, amount: string) => {
    const res = await bid(client, auctionId, amount);
    if (!res.errors?.length) throw new Error(`Expected a refusal, got ${JSON.stringify(res.data)}`);
    return res.errors[0].extensions;
  };
  const accepted = async (client: GraphQLClient, auctionId: string, amount: string, key?: string) => {
    const res = await bid(client, auctionId, amount, key);
    if (res.errors?.length) throw new Error(`Bid refused: ${JSON.stringify(res.errors)}`);
    return res.data!['placeBid'];
  };

  it('is scheduled by a buyer on a closed RFQ, approved by a gatekeeper, frozen, and holds the case until it ends', async () => {
    const c = await evaluatedCase(app, w);
    expect(await errorOf(w.as.supplier, AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId) })).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await errorOf(w.as.buyer, AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId, { startsInMinutes: -1 }) })).toMatchObject({
      code: ErrorCode.DEADLINE_IN_PAST,
      field: 'input.startsAt',
    });
    expect(await errorOf(w.as.buyer, AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId, { visibility: 'LEADING_SCORE', ranking: 'PRICE' }) })).toMatchObject({
      code: ErrorCode.VALIDATION_FAILED,
      field: 'input.visibility',
    });
    const scheduled = (await w.as.buyer.ok(AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId) }))['scheduleAuction'];
    expect(scheduled.status).toBe('SCHEDULED');
    // Named by its RFQ, in the answer to a change and in a read alike.
    const [rfq] = await app.dataSource.query(`SELECT reference, title FROM rfq WHERE id = $1`, [c.rfqId]);
    expect(scheduled).toMatchObject({ rfqReference: rfq.reference, rfqTitle: rfq.title });
    expect((await w.as.buyer.ok(AUCTION_OPS.auction, { id: scheduled.id }))['auction']).toMatchObject({ rfqReference: rfq.reference, rfqTitle: rfq.title });
    expect(scheduled.participants.map((p: { supplierName: string; startingAmount: string }) => p.startingAmount).sort()).toEqual(['1200.00', '1320.00']);
    expect(await errorOf(w.as.buyer, AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId) })).toMatchObject({ code: ErrorCode.CONFLICT, blockers: ['AUCTION_PENDING'] });
    // The case waits while the auction is scheduled or running.
    expect(await errorOf(w.as.buyer, SKIP, { caseId: c.caseId, reason: 'Prices are final' })).toMatchObject({ code: ErrorCode.TRANSITION_REFUSED, blockers: ['AUCTION_PENDING'] });
    // No bid before the gatekeeper's approval; the buyer does not approve.
    expect(await bidError(w.as.supplier, scheduled.id, '1100.00')).toMatchObject({ code: ErrorCode.AUCTION_NOT_STARTED, field: 'input.auctionId' });
    expect(await errorOf(w.as.buyer, AUCTION_OPS.approve, { id: scheduled.id })).toMatchObject({ code: ErrorCode.FORBIDDEN });
    const approved = (await w.as.gatekeeper.ok(AUCTION_OPS.approve, { id: scheduled.id }))['approveAuction'];
    expect(approved).toMatchObject({ status: 'APPROVED', approvedByName: expect.any(String) });
    expect(await errorOf(w.as.gatekeeper, AUCTION_OPS.approve, { id: scheduled.id })).toMatchObject({ code: ErrorCode.AUCTION_LOCKED, status: 'APPROVED' });
    // Each bidder's users are invited through the outbox, with the start as a calendar entry.
    const invitations: Array<{ to_address: string; attachments: Array<{ filename: string; content: string }> }> = await app.dataSource.query(
      `SELECT to_address, attachments FROM outbox_message WHERE kind = 'auction.invitation' AND strpos(text_body, $1) > 0 ORDER BY to_address`,
      [c.rfqReference],
    );
    expect(invitations.map((m) => m.to_address)).toEqual(['supplier@alpine-components.example', 'supplier@hanse-industrie.example']);
    expect(invitations[0].attachments).toEqual([expect.objectContaining({ filename: 'auction.ics' })]);
    expect(invitations[0].attachments[0].content.replace(/\r\n[ \t]/g, '')).toContain(`-auction-${scheduled.id}@`);
    // The database keeps the settings as approved.
    await expect(app.dataSource.query(`UPDATE auction SET decrement = 5 WHERE id = $1`, [scheduled.id])).rejects.toThrow(/frozen/);
    // Approved but not started: still before the start time.
    expect(await bidError(w.as.supplier, scheduled.id, '1100.00')).toMatchObject({ code: ErrorCode.AUCTION_NOT_STARTED });
    const cancelled = (await w.as.buyer.ok(AUCTION_OPS.cancel, { id: scheduled.id, reason: 'Dates moved' }))['cancelAuction'];
    expect(cancelled.status).toBe('CANCELLED');
    expect((await w.as.buyer.ok(SKIP, { caseId: c.caseId, reason: 'Prices are final' }))['skipNegotiation'].stage).toBe('DECISION');
  });

  it('follows a negotiation round, and no new round opens while it is scheduled', async () => {
    const c = await evaluatedCase(app, w);
    const OPEN = `mutation ($input: OpenNegotiationRoundInput!) { openNegotiationRound(input: $input) { id } }`;
    const round = (input: Record<string, unknown>) => ({ input: { rfqId: c.rfqId, invitationIds: [c.hanseInv, c.alpineInv], message: 'Your best price', closesAt: new Date(testClock.nowMs() + 3_600_000 * 24).toISOString(), ...input } });
    const { id: roundId } = (await w.as.buyer.ok(OPEN, round({})))['openNegotiationRound'];
    expect(await errorOf(w.as.buyer, AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId) })).toMatchObject({ code: ErrorCode.CONFLICT, blockers: ['NEGOTIATION_ROUND_OPEN'] });
    await w.as.buyer.ok(`mutation ($roundId: ID!) { endNegotiationRound(roundId: $roundId) { id } }`, { roundId });
    const scheduled = (await w.as.buyer.ok(AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId) }))['scheduleAuction'];
    expect(scheduled.status).toBe('SCHEDULED');
    expect(await errorOf(w.as.buyer, OPEN, round({}))).toMatchObject({ code: ErrorCode.CONFLICT, blockers: ['AUCTION_PENDING'] });
    expect(await errorOf(w.as.buyer, `mutation ($caseId: ID!) { finishNegotiation(caseId: $caseId) { id } }`, { caseId: c.caseId })).toMatchObject({
      code: ErrorCode.TRANSITION_REFUSED,
      blockers: ['AUCTION_PENDING'],
    });
  });

  it('takes a bid only when it improves on the bidder’s own last bid by the decrement, as a quote revision with a receipt', async () => {
    const a = await approvedAuction(app, w, { decrementKind: 'PERCENT', decrement: '2.5' });
    startAuction(app, a);
    // Hanse's 1200.00 less 2.5 % (30.00): at most 1170.00.
    expect(await bidError(w.as.supplier, a.auctionId, '1170.01')).toMatchObject({ code: ErrorCode.AUCTION_BID_TOO_HIGH, field: 'input.amount', nextValidBid: '1170.00' });
    const first = await accepted(w.as.supplier, a.auctionId, '1170.00');
    expect(first).toMatchObject({ status: 'RUNNING', currentAmount: '1170.00', nextValidBid: '1140.75' });
    expect(first.myBids).toEqual([expect.objectContaining({ number: 1, amount: '1170.00', quoteRevision: 2, receiptSha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    // The line prices were scaled down to the new total (97.5 % of 100.00).
    expect(first.currentLines.map((l: { unitPrice: string }) => l.unitPrice)).toEqual(['97.5000', '97.5000']);
    // Its own last bid is the measure, not the other's.
    expect(await bidError(w.as.supplier, a.auctionId, '1150.00')).toMatchObject({ code: ErrorCode.AUCTION_BID_TOO_HIGH, nextValidBid: '1140.75' });
    await accepted(w.as.alpine, a.auctionId, '1280.00');
    // The bid is the quote's current revision: the buyer's quotes show it, with the receipt the supplier got.
    const quotes = (await w.as.buyer.ok(RFQ_OPS.quotes, { id: a.rfqId }))['rfq'].quotes;
    const hanse = quotes.find((q: { supplierName: string }) => q.supplierName.startsWith('Hanse'));
    expect(hanse.latest).toMatchObject({ revision: 2, sha256: first.myBids[0].receiptSha256, content: { total: '1170.00' } });
    const trail: Array<{ summary: Record<string, unknown> }> = await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'auction.bid' AND summary->>'auctionId' = $1 ORDER BY sequence`, [a.auctionId]);
    expect(trail.map((t) => [t.summary['sequence'], t.summary['amount'], t.summary['receipt']])).toEqual([
      [1, '1170.00', first.myBids[0].receiptSha256],
      [2, '1280.00', expect.stringMatching(/^[0-9a-f]{64}$/)],
    ]);
  });

  it('refuses a bid a millisecond after the end (AUCTION_ENDED) by the server’s clock, and ends once with the final bids in the evaluation', async () => {
    const a = await approvedAuction(app, w, { softCloseMinutes: 0, extensionMinutes: 0, maxExtensionMinutes: null });
    startAuction(app, a);
    await accepted(w.as.supplier, a.auctionId, '1100.00');
    advanceClockTo(app, new Date(a.endsAt.getTime() + 1));
    expect(await bidError(w.as.alpine, a.auctionId, '1000.00')).toMatchObject({ code: ErrorCode.AUCTION_ENDED, field: 'input.auctionId', endedAt: a.endsAt.toISOString() });
    const course = await endAuction(app, a.auctionId);
    expect(course).toBe(true);
    expect(await bidError(w.as.alpine, a.auctionId, '1000.00')).toMatchObject({ code: ErrorCode.AUCTION_ENDED, status: 'ENDED' });
    const ended = (await w.as.buyer.ok(AUCTION_OPS.auction, { id: a.auctionId }))['auction'];
    expect(ended).toMatchObject({ status: 'ENDED', bidCount: 1 });
    // Each bidder is told its own final price, nothing of the other's.
    const notices: Array<{ to_address: string; text_body: string }> = await app.dataSource.query(
      `SELECT to_address, text_body FROM outbox_message WHERE kind = 'auction.ended' AND strpos(text_body, $1) > 0 ORDER BY to_address`,
      [a.rfqReference],
    );
    expect(notices.map((n) => n.to_address)).toEqual(['supplier@alpine-components.example', 'supplier@hanse-industrie.example']);
    expect(notices[1].text_body).toMatch(/1[,.]?100\.00|1\.100,00/);
    expect(notices[0].text_body).not.toMatch(/1[,.]?100\.00|1\.100,00/);
    // The evaluation prices on the final bids: Hanse's 1100.00 is its comparable total now.
    const evaluation = (await w.as.buyer.ok(EVALUATION, { rfqId: a.rfqId }))['rfqEvaluation'];
    expect(evaluation.suppliers.find((s: { invitationId: string }) => s.invitationId === a.hanseInv).comparableTotal).toBe('1100.00');
    // …and the case moves on to the decision as before.
    expect((await w.as.buyer.ok(SKIP, { caseId: a.caseId, reason: 'The auction set the prices' }))['skipNegotiation'].stage).toBe('DECISION');
  });

  it('soft close: a bid in the last N minutes leaves M minutes, never past the cap', async () => {
    // Soft close 2 minutes, extension 3, cap 4 minutes past the planned end.
    const a = await approvedAuction(app, w);
    const cap = a.endsAt.getTime() + 4 * MINUTE;
    startAuction(app, a);
    advanceClockTo(app, new Date(a.endsAt.getTime() - 3 * MINUTE));
    await accepted(w.as.supplier, a.auctionId, '1180.00');
    expect((await endsAtOf(app, a.auctionId)).getTime()).toBe(a.endsAt.getTime());
    advanceClockTo(app, new Date(a.endsAt.getTime() - MINUTE));
    const late = await accepted(w.as.alpine, a.auctionId, '1300.00');
    const extended = await endsAtOf(app, a.auctionId);
    // At least 3 minutes after the bid (the bid's server time is a little after the clock was set).
    expect(extended.getTime()).toBeGreaterThanOrEqual(a.endsAt.getTime() + 2 * MINUTE);
    expect(extended.getTime()).toBeLessThan(a.endsAt.getTime() + 2 * MINUTE + 5000);
    expect(new Date(late.endsAt).getTime()).toBe(extended.getTime());
    // Past the old end, before the new one: taken, and held at the cap.
    advanceClockTo(app, new Date(a.endsAt.getTime() + MINUTE + 30_000));
    await accepted(w.as.supplier, a.auctionId, '1160.00');
    expect((await endsAtOf(app, a.auctionId)).getTime()).toBe(cap);
    advanceClockTo(app, new Date(cap - 10_000));
    await accepted(w.as.alpine, a.auctionId, '1280.00');
    expect((await endsAtOf(app, a.auctionId)).getTime()).toBe(cap);
    const buyer = (await w.as.buyer.ok(AUCTION_OPS.auction, { id: a.auctionId }))['auction'];
    expect(buyer.extensions).toBe(2);
    expect(buyer.bids.map((b: { extended: boolean }) => b.extended)).toEqual([false, true, true, false]);
    advanceClockTo(app, new Date(cap + 1));
    expect(await bidError(w.as.supplier, a.auctionId, '1100.00')).toMatchObject({ code: ErrorCode.AUCTION_ENDED });
  });

  it('takes line bids: each named line at least the decrement per unit below its own last price, the others kept', async () => {
    const a = await approvedAuction(app, w, { bidOn: 'LINE', decrementKind: 'AMOUNT', decrement: '1' });
    startAuction(app, a);
    const lineBid = (lines: Array<{ lineKey: string; unitPrice: string }>, extra: Record<string, unknown> = {}) =>
      w.as.supplier.request(AUCTION_OPS.bid, { input: { auctionId: a.auctionId, lines, ...extra } }, { 'Idempotency-Key': `line-${Math.random()}` });
    const [line1, line2] = a.lineKeys;
    expect((await lineBid([{ lineKey: line1, unitPrice: '99.50' }])).errors?.[0].extensions).toMatchObject({
      code: ErrorCode.AUCTION_BID_TOO_HIGH,
      field: 'input.lines.0.unitPrice',
      nextValidUnitPrice: '99.0000',
    });
    expect((await lineBid([{ lineKey: 'no-such-line', unitPrice: '1' }])).errors?.[0].extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.lines.0.lineKey' });
    expect((await lineBid([{ lineKey: line1, unitPrice: '90.00' }], { amount: '1000.00' })).errors?.[0].extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.amount' });
    const placed = await lineBid([{ lineKey: line2, unitPrice: '95.00' }]);
    // Line 1: 4 × 100.00 kept; line 2: 8 × 95.00 → 400.00 + 760.00.
    expect(placed.data?.['placeBid']).toMatchObject({ currentAmount: '1160.00', nextValidLinePrices: [{ lineKey: line1, unitPrice: '99.0000' }, { lineKey: line2, unitPrice: '94.0000' }] });
  });

  it('answers a retried bid (same Idempotency-Key) with the first answer and stores it once', async () => {
    const a = await approvedAuction(app, w);
    startAuction(app, a);
    const first = await accepted(w.as.supplier, a.auctionId, '1150.00', 'hanse-bid-1');
    const again = await accepted(w.as.supplier, a.auctionId, '1150.00', 'hanse-bid-1');
    expect(again.myBids).toEqual(first.myBids);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM auction_bid WHERE auction_id = $1`, [a.auctionId]);
    expect(n).toBe(1);
    const reused = await bid(w.as.supplier, a.auctionId, '1100.00', 'hanse-bid-1');
    expect(reused.errors?.[0].extensions).toMatchObject({ code: ErrorCode.IDEMPOTENCY_KEY_REUSED, field: 'Idempotency-Key' });
  });
});
