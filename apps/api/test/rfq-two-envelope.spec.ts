import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { DEMO, OPS as CASE_OPS, userIds } from './support/purchasing-fixtures';
import { invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { passClosingTime } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const EVALUATION = `query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) {
  twoEnvelope pricesHidden technicalLockedAt rankingComplete
  technicalOutstanding { criterionKey invitationId supplierName evaluatorId evaluatorName }
  suppliers { invitationId supplierName rank total missing comparableTotal criteria { criterionKey kind score source mean } }
  sensitivity { stable leaderName } } }`;

const OPS = {
  evaluation: EVALUATION,
  rfq: `query ($id: ID!) { rfq(id: $id) { id twoEnvelope pricesHidden technicalLockedAt technicalLockedByName } }`,
  comparison: `query ($rfqId: ID!) { rfqComparison(rfqId: $rfqId) { reference suppliers { supplierName total totalConverted } lines { offers { unitPrice lineTotal } } } }`,
  onRfq: `query ($id: ID!) { rfq(id: $id) { id comparison { reference } } }`,
  lock: `mutation ($rfqId: ID!) { lockTechnicalScores(rfqId: $rfqId) { id twoEnvelope pricesHidden technicalLockedAt technicalLockedByName } }`,
  score: `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!, $comment: String!) {
    scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: $score, comment: $comment) { id criterionKey score counted } }`,
};

type Row = Record<string, any>;

/**
 * Two envelopes (the routine default criteria: PRICE 60, DELIVERY commercial 20, QUALITY technical
 * 10, RELIABILITY 10). Hanse quotes 1200.00 EUR, Alpine 1080.00 EUR. Until the buyer locks the
 * technical scores, which needs the specifier's score on QUALITY for both quotes, nobody on the
 * buying side sees a price; afterwards QUALITY is locked and everything else goes on.
 */
describe('the two-envelope option of an RFQ', () => {
  let app: TestApp;
  let w: RfqWorld;
  let rfqId: string;
  let reference: string;
  let hanseInv: string;
  let alpineInv: string;

  const get = (client: GraphQLClient, path: string) => fetch(`${app.url}${path}`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} });
  const evaluate = async (client: GraphQLClient = w.as.buyer): Promise<Row> => (await client.ok(OPS.evaluation, { rfqId }))['rfqEvaluation'];
  const supplier = (e: Row, inv: string) => e['suppliers'].find((s: Row) => s['invitationId'] === inv);
  const score = (client: GraphQLClient, invitationId: string, criterionKey: string, value = 7) =>
    client.request(OPS.score, { rfqId, invitationId, criterionKey, score: value, comment: 'Reasoned' });
  const lockedAt = async () => (await app.dataSource.query(`SELECT technical_locked_at FROM rfq WHERE id = $1`, [rfqId]))[0].technical_locked_at;

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600), undefined, { twoEnvelope: true });
    rfqId = published.rfqId;
    reference = published.rfq.reference;
    await w.as.buyer.ok(CASE_OPS.addMember, { caseId: published.caseId, userId: (await userIds(app))[DEMO.advisor], role: 'ADVISOR' });
    hanseInv = await invitationOf(w.as.supplier, reference);
    alpineInv = await invitationOf(w.as.alpine, reference);
    // 4 pumps + 8 seal kits: at 100.00 EUR = 1200.00 EUR; at 90.00 EUR = 1080.00 EUR.
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00') });
    await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: alpineInv, input: await quoteFor(w.as.alpine, alpineInv, '90.00') });
  });
  afterAll(() => app.close());

  async function close(): Promise<void> {
    await passClosingTime(app, rfqId);
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
  }

  it('is chosen on the draft (false by default) and cannot change after publishing', async () => {
    expect(await w.as.buyer.ok(OPS.rfq, { id: rfqId })).toEqual({
      rfq: { id: rfqId, twoEnvelope: true, pricesHidden: false, technicalLockedAt: null, technicalLockedByName: null },
    });
    const refused = await w.as.buyer.error(RFQ_OPS.update, { id: rfqId, input: { twoEnvelope: false } });
    expect(refused.extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'twoEnvelope' });
    expect((await app.dataSource.query(`SELECT two_envelope FROM rfq WHERE id = $1`, [rfqId]))[0].two_envelope).toBe(true);
    // The database keeps it too.
    await expect(app.dataSource.query(`UPDATE rfq SET two_envelope = false WHERE id = $1`, [rfqId])).rejects.toThrow(/frozen once published/);
    // Before closing nothing is locked: the quotes are sealed.
    expect((await w.as.buyer.error(OPS.lock, { rfqId })).extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'rfqId' });

    const other = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId]);
    expect(other.rfq).toMatchObject({ reference: expect.any(String) });
    expect((await w.as.buyer.ok(OPS.rfq, { id: other.rfqId }))['rfq']).toMatchObject({ twoEnvelope: false, pricesHidden: false });
    const oneEnvelope = await w.as.buyer.error(OPS.lock, { rfqId: other.rfqId });
    expect(oneEnvelope.extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'rfqId' });
    expect(oneEnvelope.message).toContain('one envelope');
    await close();
  });

  it('hides every price from the buying side until the technical lock', async () => {
    expect((await w.as.buyer.ok(OPS.rfq, { id: rfqId }))['rfq']).toMatchObject({ pricesHidden: true });
    for (const client of [w.as.buyer, w.as.specifier, w.as.gatekeeper]) {
      const e = await evaluate(client);
      expect(e).toMatchObject({ twoEnvelope: true, pricesHidden: true, technicalLockedAt: null, rankingComplete: false, sensitivity: null });
      for (const s of e['suppliers']) {
        expect(s).toMatchObject({ rank: 0, comparableTotal: null });
        expect(s['missing']).not.toContain('PRICE');
        expect(s['criteria'].find((c: Row) => c['criterionKey'] === 'PRICE')).toMatchObject({ score: null, source: 'PRICE' });
      }
      // Listed by name, not ranked.
      expect(e['suppliers'].map((s: Row) => s['invitationId'])).toEqual([alpineInv, hanseInv]);
    }
    for (const client of [w.as.buyer, w.as.specifier, w.as.gatekeeper]) {
      expect((await client.error(OPS.comparison, { rfqId })).extensions).toMatchObject({ code: ErrorCode.PRICES_HIDDEN });
      expect((await client.error(OPS.onRfq, { id: rfqId })).extensions).toMatchObject({ code: ErrorCode.PRICES_HIDDEN });
    }
    const xlsx = await get(w.as.buyer, `/api/rfqs/${rfqId}/comparison.xlsx`);
    expect(xlsx.status).toBe(409);
    expect(await xlsx.json()).toMatchObject({ statusCode: 409, code: ErrorCode.PRICES_HIDDEN });
    expect((await get(w.as.buyer, `/api/rfqs/${rfqId}/evaluation-report.pdf`)).status).toBe(409);
    // The quotes themselves are readable for the technical scoring, without an amount.
    const quotes = (await w.as.buyer.ok(RFQ_OPS.quotes, { id: rfqId }))['rfq']['quotes'];
    expect(quotes).toHaveLength(2);
    for (const q of quotes) {
      expect(q.latest.content.total).toBeNull();
      expect(q.latest.canonicalContent).toBe('');
      expect(q.latest.sha256).toBeNull();
      for (const line of q.latest.content.lines) expect([line.unitPrice, line.total]).toEqual([null, null]);
      expect(q.latest.content.answers.length).toBeGreaterThan(0);
    }
    // Commercial scoring goes on meanwhile.
    expect((await score(w.as.buyer, hanseInv, 'DELIVERY', 6)).errors).toBeUndefined();
  });

  it('refuses the lock to roles that may not manage the RFQ', async () => {
    expect((await w.as.specifier.error(OPS.lock, { rfqId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await w.as.advisor.error(OPS.lock, { rfqId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]).toContain((await w.as.requester.error(OPS.lock, { rfqId })).extensions?.code);
    expect([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]).toContain((await w.as.supplier.error(OPS.lock, { rfqId })).extensions?.code);
    expect(await lockedAt()).toBeNull();
  });

  it('refuses the lock while a technical score is missing, naming what is missing', async () => {
    let e = await evaluate();
    expect(e['technicalOutstanding']).toEqual([
      { criterionKey: 'QUALITY', invitationId: alpineInv, supplierName: expect.stringContaining('Alpine'), evaluatorId: expect.any(String), evaluatorName: expect.any(String) },
      { criterionKey: 'QUALITY', invitationId: hanseInv, supplierName: expect.stringContaining('Hanse'), evaluatorId: expect.any(String), evaluatorName: expect.any(String) },
    ]);
    let refused = await w.as.buyer.error(OPS.lock, { rfqId });
    expect(refused.extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'rfqId' });
    expect((refused.extensions as Row)['outstanding']).toHaveLength(2);

    // An advisor's score does not count.
    expect((await score(w.as.advisor, hanseInv, 'QUALITY', 3)).errors).toBeUndefined();
    expect((await score(w.as.specifier, hanseInv, 'QUALITY', 8)).errors).toBeUndefined();
    refused = await w.as.buyer.error(OPS.lock, { rfqId });
    expect((refused.extensions as Row)['outstanding']).toEqual([expect.objectContaining({ criterionKey: 'QUALITY', invitationId: alpineInv })]);
    expect(refused.message).toContain('1 counted score is missing');
    e = await evaluate();
    expect(e['technicalOutstanding']).toHaveLength(1);
    expect(await lockedAt()).toBeNull();
    expect(Number((await app.dataSource.query(`SELECT count(*) FROM audit_event WHERE action = 'evaluation.technical-locked' AND entity_id = $1`, [rfqId]))[0].count)).toBe(0);
  });

  it('locks once the technical scores are complete: prices and ranking appear, technical scores are locked for good', async () => {
    expect((await score(w.as.specifier, alpineInv, 'QUALITY', 6)).errors).toBeUndefined();
    const locked = (await w.as.buyer.ok(OPS.lock, { rfqId }))['lockTechnicalScores'];
    expect(locked).toMatchObject({ id: rfqId, twoEnvelope: true, pricesHidden: false, technicalLockedAt: expect.any(String), technicalLockedByName: expect.any(String) });
    expect(await lockedAt()).not.toBeNull();
    const [event] = await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'evaluation.technical-locked' AND entity_id = $1`, [rfqId]);
    expect(event.summary).toMatchObject({ reference, technicalCriteria: ['QUALITY'] });

    // Again: CONFLICT; and the database keeps the lock.
    expect((await w.as.buyer.error(OPS.lock, { rfqId })).extensions).toMatchObject({ code: ErrorCode.CONFLICT });
    await expect(app.dataSource.query(`UPDATE rfq SET technical_locked_at = NULL WHERE id = $1`, [rfqId])).rejects.toThrow(/locked for good/);

    const e = await evaluate(w.as.specifier);
    expect(e).toMatchObject({ pricesHidden: false, technicalOutstanding: [], sensitivity: expect.objectContaining({ leaderName: expect.any(String) }) });
    // Hanse: price 90 × 0.6 + delivery 60 × 0.2 + quality 80 × 0.1 = 74; Alpine: 100 × 0.6 + quality 60 × 0.1 = 66.
    expect(supplier(e, hanseInv)).toMatchObject({ comparableTotal: '1200.00', rank: 1, total: 74 });
    expect(supplier(e, alpineInv)).toMatchObject({ comparableTotal: '1080.00', rank: 2, total: 66 });
    expect(supplier(e, alpineInv)['criteria'].find((c: Row) => c['criterionKey'] === 'PRICE')).toMatchObject({ score: 100 });
    // 100 × 1080 / 1200 = 90.
    expect(supplier(e, hanseInv)['criteria'].find((c: Row) => c['criterionKey'] === 'PRICE')).toMatchObject({ score: 90 });

    const comparison = (await w.as.buyer.ok(OPS.comparison, { rfqId }))['rfqComparison'];
    expect(comparison.suppliers.map((s: Row) => s['totalConverted']).sort()).toEqual(['1080.00', '1200.00']);
    expect((await get(w.as.buyer, `/api/rfqs/${rfqId}/comparison.xlsx`)).status).toBe(200);
    expect((await get(w.as.buyer, `/api/rfqs/${rfqId}/evaluation-report.pdf`)).status).toBe(200);
    const quotes = (await w.as.buyer.ok(RFQ_OPS.quotes, { id: rfqId }))['rfq']['quotes'];
    expect(quotes.map((q: Row) => q['latest']['content']['total']).sort()).toEqual(['1080.00', '1200.00']);
    expect(quotes[0].latest.canonicalContent).not.toBe('');
  });

  it('refuses technical scores after the lock (SCORES_LOCKED) and takes commercial and reliability ones', async () => {
    for (const client of [w.as.specifier, w.as.advisor]) {
      const res = await score(client, hanseInv, 'QUALITY', 9);
      expect(res.errors?.[0].extensions).toMatchObject({ code: ErrorCode.SCORES_LOCKED, field: 'criterionKey' });
    }
    expect((await score(w.as.buyer, alpineInv, 'DELIVERY', 8)).errors).toBeUndefined();
    expect((await score(w.as.buyer, hanseInv, 'DELIVERY', 5)).errors).toBeUndefined();
    expect((await score(w.as.specifier, alpineInv, 'RELIABILITY', 6)).errors).toBeUndefined();
    const e = await evaluate();
    expect(supplier(e, hanseInv)['criteria'].find((c: Row) => c['criterionKey'] === 'QUALITY')).toMatchObject({ mean: 8 });
    expect(supplier(e, hanseInv)['criteria'].find((c: Row) => c['criterionKey'] === 'DELIVERY')).toMatchObject({ mean: 5 });
  });
});
