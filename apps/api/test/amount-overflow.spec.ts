import { AWARD_OPS, closeRfq, extraUser, toDecision } from './support/award-fixtures';
import { invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Computed amounts fit the columns that keep them: an award holds totals as numeric(18,2) and unit
 * prices as numeric(18,4). Quantities and unit prices each fit their own bounds, yet their product
 * (a line total), the sum of lines (a quote total) or an award split across suppliers may not:
 * each is refused with VALIDATION_FAILED, naming the field and the rule AMOUNT_TOO_LARGE, before
 * anything is written, never INTERNAL from PostgreSQL's "numeric field overflow".
 */
describe('amounts too large for the product', () => {
  let app: TestApp;
  let w: RfqWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a quote whose line total or quote total has more than 16 digits, as a draft and as a submission', async () => {
    const { rfq } = await publishedRfq(app, w, [w.hanseSupplierId]);
    const invitationId = await invitationOf(w.as.supplier, rfq['reference']);
    const input = await quoteFor(w.as.supplier, invitationId, '100.00');
    const lines = input['lines'] as Array<Record<string, unknown>>;

    // 99 999 999 999 units × 999 999 999 999.9999 each: both within their bounds, the product is not.
    const hugeLine = { ...input, lines: lines.map((l, i) => (i === 1 ? { ...l, quantity: '99999999999', unitPrice: '999999999999.9999' } : l)) };
    for (const op of [RFQ_OPS.saveDraft, RFQ_OPS.submit]) {
      const error = await w.as.supplier.error(op, { invitationId, input: hugeLine });
      expect(error.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.lines.1.unitPrice', rule: 'AMOUNT_TOO_LARGE' });
      expect(error.message).toContain('line total');
    }

    // An alternative is a line of its own.
    const hugeAlternative = {
      ...input,
      lines: lines.map((l, i) => (i === 0 ? { ...l, alternatives: [{ description: 'Bulk', unitPrice: '999999999.00', quantity: '99999999999', leadTimeDays: 30 }] } : l)),
    };
    expect((await w.as.supplier.error(RFQ_OPS.submit, { invitationId, input: hugeAlternative })).extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.lines.0.alternatives.0.unitPrice',
      rule: 'AMOUNT_TOO_LARGE',
    });

    // Each line fits (9 × 10^15), their sum does not.
    const bigLines = { ...input, lines: lines.map((l) => ({ ...l, quantity: '9000000000', unitPrice: '1000000.00' })) };
    const total = await w.as.supplier.error(RFQ_OPS.submit, { invitationId, input: bigLines });
    expect(total.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.lines', rule: 'AMOUNT_TOO_LARGE' });
    expect(total.message).toContain('quote total');

    // The largest that fits is taken.
    const fits = { ...input, lines: lines.map((l, i) => (i === 0 ? { ...l, quantity: '9000000000', unitPrice: '1000000.00' } : l)) };
    expect((await w.as.supplier.ok(RFQ_OPS.submit, { invitationId, input: fits }))['submitQuote'].revision).toBe(1);
  });

  it('refuses an award whose total, split across suppliers, exceeds numeric(18,2); nothing is written', async () => {
    const { caseId, rfqId, lineKeys, hanseInv, alpineInv } = await splitCase();
    await toDecision(app, w, caseId);
    // Such a value needs two deciders and the gatekeeper: the route is there, only the amount is in the way.
    await extraUser(app, ['DECIDER']);
    const split = {
      caseId,
      lines: [
        { lineKey: lineKeys[0], invitationId: hanseInv },
        { lineKey: lineKeys[1], invitationId: alpineInv },
      ],
      justification: 'Each supplier takes the line it is largest on',
    };
    const res = await w.as.buyer.request(AWARD_OPS.propose, { input: split });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.lines', rule: 'AMOUNT_TOO_LARGE', maxDigits: 16 });
    expect(res.errors?.[0].message).toContain('award total');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM award_proposal WHERE rfq_id = $1`, [rfqId]);
    expect(n).toBe(0);

    // Each quote on its own fits: awarding one supplier every line works.
    const single = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId, invitationId: hanseInv, justification: 'One supplier' } }))['proposeAward'];
    expect(single.totalValue).toBe('9000000000000800.00');
  });

  /**
   * A scored, closed RFQ where Hanse quotes line 1 at 9 × 10^15 (its quote total just fits) and
   * Alpine line 2 the same: each quote fits, an award of line 1 to Hanse and line 2 to Alpine not.
   */
  async function splitCase(): Promise<{ caseId: string; rfqId: string; lineKeys: string[]; hanseInv: string; alpineInv: string }> {
    const { caseId, rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    const hanseInv = await invitationOf(w.as.supplier, rfq['reference']);
    const alpineInv = await invitationOf(w.as.alpine, rfq['reference']);
    let lineKeys: string[] = [];
    for (const [client, invitationId, big] of [
      [w.as.supplier, hanseInv, 0],
      [w.as.alpine, alpineInv, 1],
    ] as const) {
      const input = await quoteFor(client, invitationId, '100.00');
      const lines = input['lines'] as Array<Record<string, unknown>>;
      lineKeys = lines.map((l) => String(l['lineKey']));
      await client.ok(RFQ_OPS.submit, {
        invitationId,
        input: { ...input, lines: lines.map((l, i) => (i === big ? { ...l, quantity: '9000000000', unitPrice: '1000000.00' } : l)) },
      });
    }
    await closeRfq(app, rfqId);
    const score = `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!) {
      scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: $score, comment: "Reasoned") { id } }`;
    for (const criterion of rfq['criteria'] as Array<{ key: string; kind: string }>) {
      if (criterion.kind === 'PRICE') continue;
      const scorer = criterion.kind === 'TECHNICAL' ? w.as.specifier : w.as.buyer;
      for (const invitationId of [hanseInv, alpineInv]) await scorer.ok(score, { rfqId, invitationId, criterionKey: criterion.key, score: 7 });
    }
    return { caseId, rfqId, lineKeys, hanseInv, alpineInv };
  }
});
