import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { inspectPdf } from '@bc/api/documents/testing';
import type { GraphQLClient } from './support/graphql-client';
import { approvedAuction, bid, endAuction, startAuction } from './support/auction-fixtures';
import { AWARD_OPS, awardedCase, caseInDecision, DecisionCase, toDecision } from './support/award-fixtures';
import { DEMO } from './support/purchasing-fixtures';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { advanceClockTo, testClock } from './support/test-clock';

/**
 * The decision record of an awarded case (Hanse awarded every line, negotiation skipped with a
 * reason, approved by the demo decider): the PDF and the canonical JSON whose SHA-256 both carry;
 * the record reads the case as it stood at the award, so its hash does not move afterwards; only
 * the buying team reads it, and only once the award is granted.
 */
describe('the decision record', () => {
  let app: TestApp;
  let w: RfqWorld;
  let awarded: DecisionCase & { proposalId: string };
  let pending: DecisionCase;

  const get = (client: GraphQLClient, caseId: string, kind: 'pdf' | 'json') =>
    fetch(`${app.url}/api/cases/${caseId}/decision-record.${kind}`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} });
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    awarded = await awardedCase(app, w);
    pending = await caseInDecision(app, w);
    await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: pending.caseId, invitationId: pending.hanseInv } });
  }, 240_000);
  afterAll(() => app.close());

  it('is a PDF for the buyer, carrying the SHA-256 of the canonical JSON anyone can recompute', async () => {
    const pdfRes = await get(w.as.buyer, awarded.caseId, 'pdf');
    expect(pdfRes.status).toBe(200);
    expect(pdfRes.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await pdfRes.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const printed = pdfRes.headers.get('x-content-sha256');
    expect(printed).toMatch(/^[0-9a-f]{64}$/);

    const jsonRes = await get(w.as.buyer, awarded.caseId, 'json');
    expect(jsonRes.status).toBe(200);
    const body = Buffer.from(await jsonRes.arrayBuffer());
    expect(sha256(body)).toBe(printed);
    expect(jsonRes.headers.get('x-content-sha256')).toBe(printed);
  });

  it('holds the award, its approvals, every receipt hash, the scores, the skipped negotiation and the audit trail up to the award', async () => {
    const record = await (await get(w.as.buyer, awarded.caseId, 'json')).json();
    expect(record.format).toBe('buying-center/decision-record@1');
    expect(record.case.reference).toBe(awarded.caseReference);
    expect(record.rfq.reference).toBe(awarded.rfqReference);
    expect(record.specification).toMatchObject({ version: expect.any(Number), lines: awarded.lineKeys.length });

    // Hanse 100.00 on every line: 4 pumps + 8 seal kits = 1200.00 EUR.
    expect(record.award).toMatchObject({ version: 1, currency: 'EUR', followsRanking: true, approvalSteps: ['DECIDER'] });
    expect(Number(record.award.totalValue)).toBe(1200);
    expect(record.award.lines.map((l: { supplier: string }) => l.supplier)).toEqual(awarded.lineKeys.map(() => expect.stringMatching(/Hanse/)));
    expect(record.approvals).toEqual([expect.objectContaining({ role: 'DECIDER', decision: 'APPROVED' })]);
    expect(record.negotiation).toEqual({ skippedReason: 'Prices are final: framework rates', rounds: [] });

    const receipts: Array<{ content_sha256: string }> = await app.dataSource.query(`SELECT content_sha256 FROM quote_revision WHERE rfq_id = $1 ORDER BY content_sha256`, [awarded.rfqId]);
    const inRecord = record.quotes.flatMap((q: { revisions: Array<{ sha256: string }> }) => q.revisions.map((r) => r.sha256)).sort();
    expect(inRecord).toEqual(receipts.map((r) => r.content_sha256));
    expect(record.invitations).toHaveLength(2);

    // Every evaluator criterion scored for both suppliers (the fixture: specifier technical, buyer the rest).
    const evaluatorCriteria = record.rfq.criteria.filter((c: { kind: string }) => c.kind !== 'PRICE').length;
    expect(record.scores).toHaveLength(evaluatorCriteria * 2);
    expect(record.scores.every((s: { consensus: number | null }) => s.consensus !== null)).toBe(true);

    const [granted] = await app.dataSource.query(`SELECT hash FROM audit_event WHERE action = 'award.granted' AND entity_id = $1`, [awarded.proposalId]);
    expect(record.audit.lastHash).toBe(granted.hash);
    expect(record.audit.entries[record.audit.entries.length - 1].action).toBe('award.granted');
    expect(record.audit.byAction.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['award.proposed', 'award.approved', 'quote.submitted', 'rfq.closed']));
  });

  it('keeps its hash after the award: later events (a delivery) and later reads do not change it', async () => {
    const before = (await get(w.as.buyer, awarded.caseId, 'json')).headers.get('x-content-sha256');
    const [hanse] = await app.dataSource.query(`SELECT supplier_id FROM rfq_invitation WHERE id = $1`, [awarded.hanseInv]);
    await w.as.buyer.ok(`mutation ($input: RecordDeliveryInput!) { recordDelivery(input: $input) { id } }`, {
      input: { proposalId: awarded.proposalId, supplierId: hanse.supplier_id, deliveredOn: testClock.now().toISOString().slice(0, 10), onTime: true, qualityIncidents: 0 },
    });
    const after = (await get(w.as.gatekeeper, awarded.caseId, 'json')).headers.get('x-content-sha256');
    expect(after).toBe(before);
  });

  it("gives an approver who is not on the team the case's category on the pending proposal (the inbox summary)", async () => {
    const inbox = (await w.as.decider.ok(`{ deciderInbox { items { caseId caseCategoryCode caseCategoryLabel canOpenCase } } }`))['deciderInbox'].items as Array<Record<string, string | boolean | null>>;
    const mine = inbox.find((p) => p['caseId'] === pending.caseId);
    const [row] = await app.dataSource.query(`SELECT btrim(c.category_code) AS code, v.label FROM purchase_case c JOIN cpv_code v ON v.code = c.category_code WHERE c.id = $1`, [pending.caseId]);
    // Not on the team: the case page would answer NOT_FOUND, so the summary offers no link to it.
    expect(mine).toMatchObject({ caseCategoryCode: row.code, caseCategoryLabel: row.label, canOpenCase: false });
    const asBuyer = (await w.as.buyer.ok(`query ($caseId: ID!) { awardProposals(caseId: $caseId) { canOpenCase } }`, { caseId: pending.caseId }))['awardProposals'];
    expect(asBuyer[0].canOpenCase).toBe(true);
  });

  it("holds the RFQ's reverse auction: settings, who scheduled and approved it, every bid with its receipt in order, the extension and the final ranking", async () => {
    // Starts 10 minutes ahead, lasts 10, 1 % decrement, soft close 2/3 minutes capped 4 minutes past the planned end.
    const a = await approvedAuction(app, w);
    startAuction(app, a);
    const accepted = async (client: GraphQLClient, amount: string) => {
      const res = await bid(client, a.auctionId, amount);
      if (res.errors?.length) throw new Error(`Bid refused: ${JSON.stringify(res.errors)}`);
    };
    await accepted(w.as.supplier, '1180.00');
    // A bid in the last 2 minutes moves the end.
    advanceClockTo(app, new Date(a.endsAt.getTime() - 60_000));
    await accepted(w.as.alpine, '1300.00');
    expect(await endAuction(app, a.auctionId)).toBe(true);
    await toDecision(app, w, a.caseId);
    const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: a.caseId, invitationId: a.hanseInv } }))['proposeAward'];
    expect((await w.as.decider.ok(AWARD_OPS.approve, { proposalId: proposal.id }))['approveAward'].status).toBe('APPROVED');

    const record = await (await get(w.as.buyer, a.caseId, 'json')).json();
    const names = new Map<string, string>((await app.dataSource.query(`SELECT email, name FROM app_user WHERE email = ANY ($1)`, [[DEMO.buyer, DEMO.gatekeeper]])).map((u: { email: string; name: string }) => [u.email, u.name]));
    const [stored] = await app.dataSource.query(`SELECT ends_at, ended_at, approved_at, scheduled_at FROM auction WHERE id = $1`, [a.auctionId]);
    expect(record.auctions).toEqual([
      expect.objectContaining({
        status: 'ENDED',
        currency: 'EUR',
        startsAt: a.startsAt.toISOString(),
        durationMinutes: 10,
        plannedEndAt: a.endsAt.toISOString(),
        endsAt: new Date(stored.ends_at).toISOString(),
        endedAt: new Date(stored.ended_at).toISOString(),
        bidOn: 'TOTAL',
        decrementKind: 'PERCENT',
        decrement: '1.0000',
        softCloseMinutes: 2,
        extensionMinutes: 3,
        capAt: new Date(a.endsAt.getTime() + 4 * 60_000).toISOString(),
        visibility: 'RANK',
        ranking: 'PRICE',
        scheduledBy: names.get(DEMO.buyer),
        scheduledAt: new Date(stored.scheduled_at).toISOString(),
        approvedBy: names.get(DEMO.gatekeeper),
        approvedAt: new Date(stored.approved_at).toISOString(),
        cancelReason: null,
      }),
    ]);
    const [auction] = record.auctions;
    // Every bid as the database serialized it, with the receipt the bidder was given.
    const bids: Array<Record<string, unknown>> = await app.dataSource.query(
      `SELECT sequence, received_at, amount::text AS amount, quote_revision, receipt_sha256 FROM auction_bid WHERE auction_id = $1 ORDER BY sequence`,
      [a.auctionId],
    );
    expect(auction.bids).toEqual(
      bids.map((b) => ({
        sequence: b['sequence'],
        receivedAt: new Date(b['received_at'] as string).toISOString(),
        supplier: expect.stringMatching(b['sequence'] === 1 ? /Hanse/ : /Alpine/),
        amount: b['amount'],
        revision: b['quote_revision'],
        receiptSha256: b['receipt_sha256'],
      })),
    );
    expect(auction.extensions).toEqual([{ at: auction.bids[1].receivedAt, bid: 2, endsAt: auction.endsAt }]);
    // Hanse 1200.00 → 1180.00, Alpine 1320.00 → 1300.00: ranked by price.
    expect(auction.result).toEqual([
      expect.objectContaining({ rank: 1, supplier: expect.stringMatching(/Hanse/), bids: 1, startingAmount: '1200.00', finalAmount: '1180.00', saving: '20.00', savingPercent: 1.67 }),
      expect.objectContaining({ rank: 2, supplier: expect.stringMatching(/Alpine/), bids: 1, startingAmount: '1320.00', finalAmount: '1300.00', saving: '20.00', savingPercent: 1.52 }),
    ]);
    // The auction's trail is in the record's trail as well.
    expect(record.audit.byAction.map((x: { action: string }) => x.action)).toEqual(expect.arrayContaining(['auction.scheduled', 'auction.approved', 'auction.bid', 'auction.ended']));

    const pdf = Buffer.from(await (await get(w.as.buyer, a.caseId, 'pdf')).arrayBuffer());
    if (process.env['WRITE_PDF']) writeFileSync('/tmp/decision-record-auction-api.pdf', pdf);
    const text = (await inspectPdf(pdf)).pages.join(' ');
    for (const expected of ['Reverse auctions', 'Auction 1 – Ended', 'Final ranking (EUR)', `${bids[0]['receipt_sha256']}`.slice(0, 16), `${names.get(DEMO.gatekeeper)} (Gatekeeper)`]) {
      expect(text).toContain(expected);
    }
  }, 240_000);

  it('does not exist before the award is granted (404), and only the buying team reads it', async () => {
    expect((await get(w.as.buyer, pending.caseId, 'pdf')).status).toBe(404);
    expect((await get(w.as.buyer, pending.caseId, 'json')).status).toBe(404);
    // Decider and gatekeeper read it; a supplier and a requester do not hold AWARD_READ.
    expect((await get(w.as.decider, awarded.caseId, 'pdf')).status).toBe(200);
    for (const client of [w.as.supplier, w.as.alpine, w.as.requester]) {
      const res = await get(client, awarded.caseId, 'pdf');
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).not.toBe('application/pdf');
    }
    const other = await secondTenant(app);
    expect((await get(other.client, awarded.caseId, 'pdf')).status).toBe(404);
    expect((await get(w.as.buyer, '00000000-0000-4000-8000-000000000000', 'json')).status).toBe(404);
    expect((await get(w.as.buyer, 'not-a-uuid', 'json')).status).toBe(404);
  });
});
