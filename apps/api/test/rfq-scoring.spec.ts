import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { DEMO, OPS as CASE_OPS, userIds } from './support/purchasing-fixtures';
import { invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { passClosingTime } from './support/test-clock';
import { startTestApp, TestApp } from './support/test-app';

const SCORE_FIELDS = `id invitationId supplierName criterionKey evaluatorId evaluatorName role score comment counted conflictOfInterest scoredAt`;
const EVALUATION_FIELDS = `rfqId reference currency missingRates rankingComplete criteria { key kind weight }
  suppliers { invitationId supplierId supplierName rank total missing comparableTotal performanceScore
    criteria { criterionKey name kind weight score source mean spread wideSpread scores { ${SCORE_FIELDS} } } }
  sensitivity { stable leaderInvitationId leaderName changes { criterionKey shift newLeaderInvitationId newLeaderName }
    byCriterion { criterionKey smallestChange { criterionKey shift newLeaderInvitationId newLeaderName } } }`;

const OPS = {
  evaluation: `query ($rfqId: ID!) { rfqEvaluation(rfqId: $rfqId) { ${EVALUATION_FIELDS} } }`,
  onRfq: `query ($id: ID!) { rfq(id: $id) { id evaluation { reference rankingComplete suppliers { supplierName rank total } } } }`,
  score: `mutation ($rfqId: ID!, $invitationId: ID!, $criterionKey: String!, $score: Int!, $comment: String!) {
    scoreQuote(rfqId: $rfqId, invitationId: $invitationId, criterionKey: $criterionKey, score: $score, comment: $comment) { ${SCORE_FIELDS} } }`,
  setRate: `mutation ($rfqId: ID!, $currency: String!, $rate: String!) { setRfqExchangeRate(rfqId: $rfqId, currency: $currency, rate: $rate) { currency rate } }`,
};

type Evaluation = Record<string, any>;

/**
 * Scoring a closed RFQ (the routine default criteria: PRICE 60, DELIVERY commercial 20, QUALITY
 * technical 10, RELIABILITY 10). Hanse quotes 1200.00 EUR and has a recorded performance of 70;
 * Alpine quotes 1500.00 USD (1350.00 EUR at 0.9) and has no history. The specifier scores the
 * technical criterion, the buyer the commercial one, both reliability; the advisor's score is shown
 * apart. Totals, ranking and the sensitivity check are computed by hand below.
 */
describe('scoring the quotes of a closed RFQ', () => {
  let app: TestApp;
  let w: RfqWorld;
  let caseId: string;
  let rfqId: string;
  let reference: string;
  let hanseInv: string;
  let alpineInv: string;

  const evaluate = async (client: GraphQLClient = w.as.buyer): Promise<Evaluation> => (await client.ok(OPS.evaluation, { rfqId }))['rfqEvaluation'];
  const supplier = (e: Evaluation, inv: string) => e['suppliers'].find((s: { invitationId: string }) => s.invitationId === inv);
  const criterion = (e: Evaluation, inv: string, key: string) => supplier(e, inv).criteria.find((c: { criterionKey: string }) => c.criterionKey === key);
  const score = (client: GraphQLClient, invitationId: string, criterionKey: string, value: number, comment = 'Reasoned') =>
    client.request(OPS.score, { rfqId, invitationId, criterionKey, score: value, comment });
  const scored = async (client: GraphQLClient, invitationId: string, criterionKey: string, value: number, comment = 'Reasoned') => {
    const res = await score(client, invitationId, criterionKey, value, comment);
    expect(res.errors).toBeUndefined();
    return res.data!['scoreQuote'];
  };
  const codeOf = async (client: GraphQLClient, invitationId: string, criterionKey: string, value = 5, comment = 'Reasoned') =>
    (await score(client, invitationId, criterionKey, value, comment)).errors?.[0].extensions;
  const rows = async () => Number((await app.dataSource.query(`SELECT count(*) FROM evaluation_score WHERE rfq_id = $1`, [rfqId]))[0].count);
  const audits = async () => Number((await app.dataSource.query(`SELECT count(*) FROM audit_event WHERE action = 'evaluation.scored' AND entity_id = $1`, [rfqId]))[0].count);

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    const published = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    ({ caseId, rfqId } = published);
    reference = published.rfq.reference;
    expect(published.rfq.criteria).toEqual([
      { key: 'PRICE', name: 'Price', kind: 'PRICE', weight: 60 },
      { key: 'DELIVERY', name: 'Lead time and terms', kind: 'COMMERCIAL', weight: 20 },
      { key: 'QUALITY', name: 'Technical fit and quality', kind: 'TECHNICAL', weight: 10 },
      { key: 'RELIABILITY', name: 'Supplier reliability', kind: 'RELIABILITY', weight: 10 },
    ]);
    const ids = await userIds(app);
    await w.as.buyer.ok(CASE_OPS.addMember, { caseId, userId: ids[DEMO.advisor], role: 'ADVISOR' });
    await app.dataSource.query(`UPDATE supplier SET reliability_score = 70 WHERE id = $1`, [w.hanseSupplierId]);
    hanseInv = await invitationOf(w.as.supplier, reference);
    alpineInv = await invitationOf(w.as.alpine, reference);
    // 4 pumps + 8 seal kits at 100.00 EUR = 1200.00 EUR; at 125.00 USD = 1500.00 USD.
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00') });
    await w.as.alpine.ok(RFQ_OPS.submit, { invitationId: alpineInv, input: await quoteFor(w.as.alpine, alpineInv, '125.00', { currency: 'USD' }) });
  });
  afterAll(() => app.close());

  async function close(): Promise<void> {
    await passClosingTime(app, rfqId);
    expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
  }

  it('is sealed before closing (SEALED) and takes no score yet (CONFLICT)', async () => {
    expect((await w.as.buyer.error(OPS.evaluation, { rfqId })).extensions?.code).toBe(ErrorCode.SEALED);
    expect((await w.as.buyer.error(OPS.onRfq, { id: rfqId })).extensions?.code).toBe(ErrorCode.SEALED);
    expect(await codeOf(w.as.specifier, hanseInv, 'QUALITY', 8)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await codeOf(w.as.buyer, hanseInv, 'DELIVERY', 8)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await rows()).toBe(0);
    await close();
  });

  it('scores price from the converted totals (none while a rate is missing) and reliability from recorded performance', async () => {
    let e = await evaluate();
    expect(e).toMatchObject({ reference, currency: 'EUR', missingRates: ['USD'], rankingComplete: false });
    expect(supplier(e, hanseInv)).toMatchObject({ comparableTotal: '1200.00', performanceScore: 70 });
    expect(criterion(e, hanseInv, 'PRICE')).toMatchObject({ score: 100, source: 'PRICE', mean: null, scores: [] });
    expect(criterion(e, hanseInv, 'RELIABILITY')).toMatchObject({ score: 70, source: 'PERFORMANCE' });
    expect(supplier(e, alpineInv)).toMatchObject({ comparableTotal: null, performanceScore: null, total: 0, missing: ['PRICE', 'DELIVERY', 'QUALITY', 'RELIABILITY'] });
    expect(criterion(e, alpineInv, 'PRICE')).toMatchObject({ score: null, source: 'PRICE' });
    expect(criterion(e, alpineInv, 'RELIABILITY')).toMatchObject({ score: null, source: 'EVALUATORS' });

    await w.as.buyer.ok(OPS.setRate, { rfqId, currency: 'USD', rate: '0.9' });
    e = await evaluate();
    expect(e.missingRates).toEqual([]);
    // 1500.00 USD × 0.9 = 1350.00 EUR; 100 × 1200 / 1350 = 88.888… → 88.89.
    expect(supplier(e, alpineInv).comparableTotal).toBe('1350.00');
    expect(criterion(e, alpineInv, 'PRICE').score).toBe(88.89);
    expect(criterion(e, hanseInv, 'PRICE').score).toBe(100);
  });

  it('lets the specifier score technical criteria and the buyer commercial ones, both reliability; the other way round is FORBIDDEN', async () => {
    const first = await scored(w.as.specifier, hanseInv, 'QUALITY', 8, '  Stainless housing, tested  ');
    expect(first).toMatchObject({ invitationId: hanseInv, criterionKey: 'QUALITY', role: 'SPECIFIER', score: 8, comment: 'Stainless housing, tested', counted: true });
    await scored(w.as.specifier, alpineInv, 'QUALITY', 6, 'Good, cast parts');
    await scored(w.as.specifier, alpineInv, 'RELIABILITY', 5, 'Unknown to us');
    await scored(w.as.buyer, hanseInv, 'DELIVERY', 5, 'Seven weeks');
    await scored(w.as.buyer, alpineInv, 'DELIVERY', 9, 'Five weeks, FCA');
    await scored(w.as.buyer, alpineInv, 'RELIABILITY', 9, 'Good references');

    expect(await codeOf(w.as.specifier, hanseInv, 'DELIVERY')).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await codeOf(w.as.buyer, hanseInv, 'QUALITY')).toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(await rows()).toBe(6);

    const events = await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'evaluation.scored' AND entity_id = $1 ORDER BY sequence`, [rfqId]);
    expect(events).toHaveLength(6);
    expect(events[0].summary).toMatchObject({ reference, supplier: expect.stringContaining('Hanse'), criterion: 'QUALITY', score: 8, counted: true, role: 'SPECIFIER' });
  });

  it("shows the advisor's score apart, not counted and not in the consensus", async () => {
    const advisory = await scored(w.as.advisor, hanseInv, 'QUALITY', 2, 'I have doubts about the seals');
    expect(advisory).toMatchObject({ role: 'ADVISOR', counted: false, evaluatorName: 'Tobias Wagner' });
    const quality = criterion(await evaluate(), hanseInv, 'QUALITY');
    expect(quality).toMatchObject({ score: 80, source: 'EVALUATORS', mean: 8, spread: 0, wideSpread: false });
    expect(quality.scores.map((s: Record<string, unknown>) => [s['role'], s['score'], s['counted']])).toEqual([
      ['SPECIFIER', 8, true],
      ['ADVISOR', 2, false],
    ]);
    expect(quality.scores[1]).toMatchObject({ comment: 'I have doubts about the seals', evaluatorName: 'Tobias Wagner' });
  });

  it('refuses PRICE, an unknown criterion, a score outside 0..10 and an empty comment with VALIDATION_FAILED naming the field, writing nothing', async () => {
    const [before, auditsBefore] = [await rows(), await audits()];
    expect(await codeOf(w.as.buyer, hanseInv, 'PRICE', 7)).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'criterionKey' });
    expect(await codeOf(w.as.advisor, hanseInv, 'PRICE', 7)).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'criterionKey' });
    expect(await codeOf(w.as.buyer, hanseInv, 'NO_SUCH', 7)).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'criterionKey' });
    expect(await codeOf(w.as.buyer, hanseInv, 'DELIVERY', 11)).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'score' });
    expect(await codeOf(w.as.buyer, hanseInv, 'DELIVERY', -1)).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'score' });
    expect(await codeOf(w.as.buyer, hanseInv, 'DELIVERY', 7, '')).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'comment' });
    expect(await codeOf(w.as.buyer, hanseInv, 'DELIVERY', 7, '   ')).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'comment' });
    expect(await codeOf(w.as.buyer, hanseInv, 'DELIVERY', 7, 'x'.repeat(2001))).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'comment' });
    expect([await rows(), await audits()]).toEqual([before, auditsBefore]);
    // The buyer's Hanse DELIVERY score is still the one given before.
    expect(criterion(await evaluate(), hanseInv, 'DELIVERY').scores).toEqual([expect.objectContaining({ score: 5, comment: 'Seven weeks' })]);
  });

  it('keeps a superseded score when the evaluator scores again, and evaluates with the new one; the table refuses deletes and edits', async () => {
    const again = await scored(w.as.specifier, alpineInv, 'QUALITY', 5, 'Cast parts wear faster');
    const kept = await app.dataSource.query(
      `SELECT s.score, s.comment, s.superseded_at FROM evaluation_score s JOIN app_user u ON u.id = s.evaluator_id
        WHERE s.rfq_id = $1 AND s.invitation_id = $2 AND s.criterion_key = 'QUALITY' AND u.email = $3 ORDER BY s.created_at, s.superseded_at NULLS LAST`,
      [rfqId, alpineInv, DEMO.specifier],
    );
    expect(kept.map((r: { score: number; comment: string; superseded_at: Date | null }) => [r.score, r.comment, r.superseded_at === null])).toEqual([
      [6, 'Good, cast parts', false],
      [5, 'Cast parts wear faster', true],
    ]);
    const [event] = await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'evaluation.scored' AND summary->>'scoreId' = $1`, [again.id]);
    expect(event.summary).toMatchObject({ score: 5, previousScore: 6 });
    const quality = criterion(await evaluate(), alpineInv, 'QUALITY');
    expect(quality).toMatchObject({ score: 50, mean: 5 });
    expect(quality.scores).toEqual([expect.objectContaining({ id: again.id, score: 5 })]);

    await expect(app.dataSource.query(`DELETE FROM evaluation_score WHERE id = $1`, [again.id])).rejects.toThrow(/kept/);
    await expect(app.dataSource.query(`UPDATE evaluation_score SET score = 9 WHERE id = $1`, [again.id])).rejects.toThrow(/kept/);
    await expect(app.dataSource.query(`UPDATE evaluation_score SET superseded_at = now(), score = 9 WHERE id = $1`, [again.id])).rejects.toThrow(/kept/);
    // A second current score of the same evaluator, supplier and criterion cannot exist.
    await expect(
      app.dataSource.query(
        `INSERT INTO evaluation_score (organization_id, rfq_id, invitation_id, criterion_key, evaluator_id, evaluator_role, score, comment, counted)
         SELECT organization_id, rfq_id, invitation_id, criterion_key, evaluator_id, evaluator_role, 1, 'Sneaked in', counted FROM evaluation_score WHERE id = $1`,
        [again.id],
      ),
    ).rejects.toThrow(/evaluation_score_current/);
  });

  it('weighs, ranks and checks the sensitivity as computed by hand, and flags a wide spread', async () => {
    const e = await evaluate();
    // Hanse: PRICE 100 × 60 + DELIVERY 50 × 20 + QUALITY 80 × 10 + RELIABILITY 70 (performance) × 10 = 8500 → 85.00.
    // Alpine: 88.89 × 60 + 90 × 20 + 50 × 10 + 70 (mean of 5 and 9) × 10 = 8333.4 → 83.33.
    expect(e.rankingComplete).toBe(true);
    expect(e.suppliers.map((s: Record<string, unknown>) => [s['invitationId'], s['rank'], s['total'], s['missing']])).toEqual([
      [hanseInv, 1, 85, []],
      [alpineInv, 2, 83.33, []],
    ]);
    expect(supplier(e, hanseInv).criteria.map((c: Record<string, unknown>) => [c['criterionKey'], c['score'], c['source']])).toEqual([
      ['PRICE', 100, 'PRICE'],
      ['DELIVERY', 50, 'EVALUATORS'],
      ['QUALITY', 80, 'EVALUATORS'],
      ['RELIABILITY', 70, 'PERFORMANCE'],
    ]);
    expect(supplier(e, alpineInv).criteria.map((c: Record<string, unknown>) => [c['criterionKey'], c['score'], c['source']])).toEqual([
      ['PRICE', 88.89, 'PRICE'],
      ['DELIVERY', 90, 'EVALUATORS'],
      ['QUALITY', 50, 'EVALUATORS'],
      ['RELIABILITY', 70, 'EVALUATORS'],
    ]);
    // Specifier 5, buyer 9: 4 points apart, flagged.
    expect(criterion(e, alpineInv, 'RELIABILITY')).toMatchObject({ mean: 7, spread: 4, wideSpread: true });
    expect(criterion(e, alpineInv, 'RELIABILITY').scores.map((s: { role: string; score: number }) => [s.role, s.score])).toEqual([
      ['SPECIFIER', 5],
      ['BUYER', 9],
    ]);
    expect(criterion(e, alpineInv, 'DELIVERY')).toMatchObject({ wideSpread: false, spread: 0 });

    // DELIVERY +4 → 24, the others × 76/80 (PRICE 57, QUALITY 9.5, RELIABILITY 9.5): Hanse 83.25 < Alpine 83.67.
    // (+3 leaves Hanse ahead: 83.69 vs 83.58.) PRICE −8 and QUALITY −6 likewise; RELIABILITY is equal for both.
    const alpineName = supplier(e, alpineInv).supplierName;
    const flip = (criterionKey: string, shift: number) => ({ criterionKey, shift, newLeaderInvitationId: alpineInv, newLeaderName: alpineName });
    expect(e.sensitivity).toEqual({
      stable: false,
      leaderInvitationId: hanseInv,
      leaderName: supplier(e, hanseInv).supplierName,
      changes: [flip('PRICE', -8), flip('DELIVERY', 4), flip('QUALITY', -6)],
      byCriterion: [
        { criterionKey: 'PRICE', smallestChange: flip('PRICE', -8) },
        { criterionKey: 'DELIVERY', smallestChange: flip('DELIVERY', 4) },
        { criterionKey: 'QUALITY', smallestChange: flip('QUALITY', -6) },
        { criterionKey: 'RELIABILITY', smallestChange: null },
      ],
    });

    const onRfq = (await w.as.specifier.ok(OPS.onRfq, { id: rfqId }))['rfq']['evaluation'];
    expect(onRfq).toMatchObject({ reference, rankingComplete: true });
    expect(onRfq.suppliers.map((s: { rank: number; total: number }) => [s.rank, s.total])).toEqual([
      [1, 85],
      [2, 83.33],
    ]);
  });

  it('refuses the requester, a supplier, the gatekeeper (who may read) and another organization', async () => {
    for (const role of ['requester', 'supplier', 'gatekeeper', 'decider'] as const) {
      expect([role, (await codeOf(w.as[role], hanseInv, 'DELIVERY', 7))?.code]).toEqual([role, ErrorCode.FORBIDDEN]);
    }
    for (const role of ['requester', 'supplier'] as const) {
      expect([role, (await w.as[role].error(OPS.evaluation, { rfqId })).extensions?.code]).toEqual([role, ErrorCode.FORBIDDEN]);
    }
    expect((await evaluate(w.as.gatekeeper)).suppliers).toHaveLength(2);
    const other = (await secondTenant(app, ['BUYER'])).client;
    expect((await other.error(OPS.evaluation, { rfqId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await codeOf(other, hanseInv, 'DELIVERY', 7))?.code).toBe(ErrorCode.NOT_FOUND);
    expect(await rows()).toBe(8);
  });

  it('refuses a member who declared a conflict of interest with the supplier, and their earlier score stops counting', async () => {
    await w.as.specifier.ok(CASE_OPS.declareConflict, { caseId, supplierId: w.hanseSupplierId, statement: 'My brother-in-law runs Hanse sales' });
    expect(await codeOf(w.as.specifier, hanseInv, 'QUALITY', 9)).toMatchObject({ code: ErrorCode.CONFLICT_OF_INTEREST });
    expect(await rows()).toBe(8);
    const e = await evaluate();
    const quality = criterion(e, hanseInv, 'QUALITY');
    expect(quality).toMatchObject({ score: null, mean: null });
    expect(quality.scores.map((s: Record<string, unknown>) => [s['role'], s['counted'], s['conflictOfInterest']])).toEqual([
      ['SPECIFIER', false, true],
      ['ADVISOR', false, false],
    ]);
    // Hanse without QUALITY: 85 − 8 = 77.00, now behind Alpine; the ranking is incomplete.
    expect(e.rankingComplete).toBe(false);
    expect(e.suppliers.map((s: Record<string, unknown>) => [s['invitationId'], s['rank'], s['total'], s['missing']])).toEqual([
      [alpineInv, 1, 83.33, []],
      [hanseInv, 2, 77, ['QUALITY']],
    ]);
    // The conflict concerns Hanse only: Alpine may still be scored by the specifier.
    expect((await scored(w.as.specifier, alpineInv, 'QUALITY', 5, 'Cast parts wear faster; confirmed')).counted).toBe(true);
  });
});
