import { reliabilityScore } from '@bc/api/suppliers';
import { ErrorCode } from '@bc/shared/domain';
import { AWARD_OPS, awardedCase, caseInDecision } from './support/award-fixtures';
import { DEMO, userIds } from './support/purchasing-fixtures';
import { rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { testClock } from './support/test-clock';

const RECORD_FIELDS = `id supplierId supplierName deliveredOn onTime qualityIncidents note recordedByName recordedAt`;
/** Walking a case to DECISION or AWARDED through the API takes a while on a busy machine. */
const SETUP_TIMEOUT = 180_000;

const OPS = {
  record: `mutation ($input: RecordDeliveryInput!) { recordDelivery(input: $input) { ${RECORD_FIELDS} } }`,
  list: `query ($proposalId: ID!) { awardDeliveries(proposalId: $proposalId) { ${RECORD_FIELDS} } }`,
};

/** A day `offset` days from today, as YYYY-MM-DD (Berlin; the tests keep two days clear of any zone edge). */
const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(testClock.nowMs() + offset * 86_400_000));

/**
 * Delivery performance against an approved award: a buyer of the case records each delivery of
 * an awarded supplier (on time or late, with its quality incidents) into the supplier's
 * performance history, tied to the case and the award; the supplier's reliability score follows
 * at once with the directory's rule (100 × on-time rate − 10 per incident), so the next
 * evaluation uses it.
 */
describe('delivery performance against an award', () => {
  let app: TestApp;
  let w: RfqWorld;
  let award: Awaited<ReturnType<typeof awardedCase>>;

  const events = async (proposalId = award.proposalId) =>
    app.dataSource.query(
      `SELECT kind, supplier_id, occurred_on::text AS occurred_on, on_time, case_id, award_proposal_id, note FROM supplier_performance_event
        WHERE award_proposal_id = $1 AND kind <> 'AWARD' ORDER BY created_at, kind`,
      [proposalId],
    );
  const scoreOf = async (supplierId: string): Promise<number | null> =>
    (await app.dataSource.query(`SELECT reliability_score FROM supplier WHERE id = $1`, [supplierId]))[0].reliability_score;
  const input = (over: Record<string, unknown> = {}) => ({ proposalId: award.proposalId, supplierId: w.hanseSupplierId, deliveredOn: day(0), onTime: true, ...over });

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    award = await awardedCase(app, w);
  }, SETUP_TIMEOUT);
  afterAll(() => app.close());

  it('has no deliveries and no reliability history before the first delivery', async () => {
    expect((await w.as.buyer.ok(OPS.list, { proposalId: award.proposalId }))['awardDeliveries']).toEqual([]);
    expect(await scoreOf(w.hanseSupplierId)).toBeNull();
  });

  it("records an on-time delivery, then a late one with 2 incidents, tied to the award; the supplier's score follows the rule at once", async () => {
    const first = (await w.as.buyer.ok(OPS.record, { input: input({ deliveredOn: day(0), onTime: true, note: '  First lot, complete  ' }) }))['recordDelivery'];
    expect(first).toMatchObject({ supplierId: w.hanseSupplierId, deliveredOn: day(0), onTime: true, qualityIncidents: 0, note: 'First lot, complete', recordedByName: 'Markus Schäfer' });
    expect(first.supplierName).toContain('Hanse');
    // One on-time delivery: 100 × 1/1.
    expect(await scoreOf(w.hanseSupplierId)).toBe(reliabilityScore({ deliveries: 1, lateDeliveries: 0, qualityIncidents: 0, awards: 1 }));
    expect(await scoreOf(w.hanseSupplierId)).toBe(100);

    const late = (await w.as.buyer.ok(OPS.record, { input: input({ onTime: false, qualityIncidents: 2, note: 'Two housings cracked' }) }))['recordDelivery'];
    expect(late).toMatchObject({ onTime: false, qualityIncidents: 2, note: 'Two housings cracked' });

    const rows = await events();
    expect(rows).toHaveLength(4);
    const lateRows = rows.slice(1);
    expect(lateRows.map((r: { kind: string }) => r.kind).sort()).toEqual(['DELIVERY', 'QUALITY_INCIDENT', 'QUALITY_INCIDENT']);
    for (const r of rows) expect(r).toMatchObject({ supplier_id: w.hanseSupplierId, case_id: award.caseId, award_proposal_id: award.proposalId, occurred_on: day(0) });
    expect(lateRows.find((r: { kind: string }) => r.kind === 'DELIVERY')).toMatchObject({ on_time: false });
    expect(lateRows.filter((r: { kind: string }) => r.kind === 'QUALITY_INCIDENT').every((r: { on_time: unknown }) => r.on_time === null)).toBe(true);

    // Two deliveries, one late, two incidents: 100 × 1/2 − 10 × 2 = 30.
    const expected = reliabilityScore({ deliveries: 2, lateDeliveries: 1, qualityIncidents: 2, awards: 1 });
    expect(expected).toBe(30);
    expect(await scoreOf(w.hanseSupplierId)).toBe(expected);
    const directory = (await w.as.buyer.ok(`query ($id: ID!) { supplier(id: $id) { reliability { score deliveries lateDeliveries qualityIncidents } } }`, { id: w.hanseSupplierId }))['supplier'];
    expect(directory.reliability).toMatchObject({ score: 30, deliveries: 2, lateDeliveries: 1, qualityIncidents: 2 });

    const audits = await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'award.delivery-recorded' AND entity_id = $1 ORDER BY sequence`, [award.proposalId]);
    expect(audits).toHaveLength(2);
    expect(audits[1].summary).toMatchObject({ caseId: award.caseId, supplierId: w.hanseSupplierId, deliveredOn: day(0), onTime: false, qualityIncidents: 2, reliability: { from: 100, to: 30 } });
  });

  it('lists the deliveries of the award with their incidents', async () => {
    const list = (await w.as.buyer.ok(OPS.list, { proposalId: award.proposalId }))['awardDeliveries'];
    expect(list).toHaveLength(2);
    expect(list.map((d: { onTime: boolean; qualityIncidents: number }) => [d.onTime, d.qualityIncidents]).sort()).toEqual([
      [false, 2],
      [true, 0],
    ]);
    // The specifier of the case reads them too (AWARD_READ).
    expect((await w.as.specifier.ok(OPS.list, { proposalId: award.proposalId }))['awardDeliveries']).toHaveLength(2);
  });

  it('refuses bad input by field, writing nothing', async () => {
    const before = (await events()).length;
    const fieldOf = async (over: Record<string, unknown>) => (await w.as.buyer.error(OPS.record, { input: input(over) })).extensions;
    expect(await fieldOf({ deliveredOn: day(3) })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.deliveredOn' });
    expect(await fieldOf({ deliveredOn: day(-3) })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.deliveredOn' });
    expect(await fieldOf({ deliveredOn: '2026-02-30' })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.deliveredOn' });
    expect(await fieldOf({ deliveredOn: '30.11.2026' })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.deliveredOn' });
    expect(await fieldOf({ qualityIncidents: 101 })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.qualityIncidents' });
    expect(await fieldOf({ qualityIncidents: -1 })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.qualityIncidents' });
    // Alpine quoted but was not awarded; a made-up id is not awarded either.
    expect(await fieldOf({ supplierId: w.alpineSupplierId })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.supplierId' });
    expect(await fieldOf({ supplierId: 'not-a-supplier' })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.supplierId' });
    expect(await fieldOf({ note: 'x'.repeat(2001) })).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.note' });
    expect((await events()).length).toBe(before);
  });

  it('is for buyers of the case: requester, supplier, decider and gatekeeper are FORBIDDEN, an advisor too (on the team) or NOT_FOUND (off it)', async () => {
    const before = (await events()).length;
    const codeOf = async (client: typeof w.as.buyer) => (await client.error(OPS.record, { input: input() })).extensions?.code;
    expect(await codeOf(w.as.requester)).toBe(ErrorCode.FORBIDDEN);
    expect(await codeOf(w.as.supplier)).toBe(ErrorCode.FORBIDDEN);
    expect(await codeOf(w.as.decider)).toBe(ErrorCode.FORBIDDEN);
    expect(await codeOf(w.as.gatekeeper)).toBe(ErrorCode.FORBIDDEN);
    // Advisors may record general performance in the directory, but not deliveries against an award.
    expect(await codeOf(w.as.advisor)).toBe(ErrorCode.NOT_FOUND);
    // The team is locked once AWARDED: the advisor joins as if added before.
    const ids = await userIds(app);
    await app.dataSource.query(`INSERT INTO case_member (case_id, user_id, role) VALUES ($1, $2, 'ADVISOR')`, [award.caseId, ids[DEMO.advisor]]);
    expect(await codeOf(w.as.advisor)).toBe(ErrorCode.FORBIDDEN);
    // Reading: the supplier and requester have no AWARD_READ.
    expect((await w.as.supplier.error(OPS.list, { proposalId: award.proposalId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await w.as.requester.error(OPS.list, { proposalId: award.proposalId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await events()).length).toBe(before);
  });

  it("answers NOT_FOUND for another organization's proposal and an unknown id", async () => {
    const other = await secondTenant(app);
    expect((await other.client.error(OPS.record, { input: input() })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await other.client.error(OPS.list, { proposalId: award.proposalId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await w.as.buyer.error(OPS.record, { input: input({ proposalId: '00000000-0000-4000-8000-000000000000' }) })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await w.as.buyer.error(OPS.list, { proposalId: 'nope' })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('takes no delivery before the award is approved (CONFLICT)', async () => {
    const c = await caseInDecision(app, w);
    const pending = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: c.caseId, invitationId: c.hanseInv } }))['proposeAward'];
    expect(pending.status).toBe('PENDING');
    const err = await w.as.buyer.error(OPS.record, { input: input({ proposalId: pending.id }) });
    expect(err.extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'input.proposalId' });
    expect(await events(pending.id)).toEqual([]);
    expect((await w.as.buyer.ok(OPS.list, { proposalId: pending.id }))['awardDeliveries']).toEqual([]);
  }, SETUP_TIMEOUT);
});
