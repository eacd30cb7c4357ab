import { CaseStage, NeedStatus, PurchaseType, QualificationStatus } from '@bc/shared/domain';
import { startTestApp, TestApp } from './support/test-app';
import { RFQ_OPS, SUPPLIER_USERS } from './support/rfq-fixtures';

/**
 * What a first `npm start` shows (issue 3, "Demo data"): a realistic directory and cases at the
 * first stages, written through the real services, so the audit chain holds too.
 */
describe('the showcase a first start opens on', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({}, { showcase: true });
  }, 180_000);
  afterAll(() => app.close());

  it('has a directory of a few hundred suppliers, some certificates expired and one supplier blocked', async () => {
    const buyer = await app.as('buyer@nordwind.example');
    const all = await buyer.ok(`{ suppliers(limit: 1) { total } }`);
    expect(all['suppliers'].total).toBeGreaterThanOrEqual(300);
    const blocked = await buyer.ok(`{ suppliers(filter: { status: [BLOCKED] }) { total items { name blockedReason } } }`);
    expect(blocked['suppliers'].total).toBe(1);
    expect(blocked['suppliers'].items[0].blockedReason).toMatch(/counterfeit/i);
    const expired = await buyer.ok(`{ suppliers(filter: { certificates: SOME_EXPIRED }, limit: 5) { total items { hasExpiredCertificate } } }`);
    expect(expired['suppliers'].total).toBeGreaterThan(10);
    expect(expired['suppliers'].items.every((s: { hasExpiredCertificate: boolean }) => s.hasExpiredCertificate)).toBe(true);
    const rated = await buyer.ok(`{ suppliers(filter: { minReliability: 1 }, limit: 1) { total } }`);
    expect(rated['suppliers'].total).toBeGreaterThan(50);
    const statuses = await buyer.ok(`{ a: suppliers(filter: { status: [APPROVED] }) { total } q: suppliers(filter: { status: [QUALIFIED] }) { total } p: suppliers(filter: { status: [PROSPECT] }) { total } }`);
    for (const k of ['a', 'q', 'p']) expect(statuses[k].total).toBeGreaterThan(20);
    expect(QualificationStatus.BLOCKED).toBe('BLOCKED');
  });

  it('has cases in NEED, SPECIFICATION and SOURCING, among them a modified rebuy of an awarded case', async () => {
    const buyer = await app.as('buyer@nordwind.example');
    const counts = await buyer.ok(`{ purchaseCaseCounts { stage count } }`);
    const count = (stage: CaseStage) =>
      (counts['purchaseCaseCounts'] as Array<{ stage: CaseStage; count: number }>).find((c) => c.stage === stage)?.count ?? 0;
    expect(count(CaseStage.NEED)).toBeGreaterThanOrEqual(1);
    expect(count(CaseStage.SPECIFICATION)).toBeGreaterThanOrEqual(2);
    expect(count(CaseStage.SOURCING)).toBeGreaterThanOrEqual(1);
    expect(count(CaseStage.AWARDED)).toBe(1);

    const page = await buyer.ok(`{ purchaseCases(limit: 20) { items { title stage purchaseType sourceCase { stage title }
      specificationVersions { version status } shortlist { status } } } }`);
    const cases = page['purchaseCases'].items as Array<{
      title: string;
      stage: CaseStage;
      purchaseType: PurchaseType;
      sourceCase: { stage: CaseStage; title: string } | null;
      specificationVersions: Array<{ version: number; status: string }>;
      shortlist: { status: string };
    }>;
    const rebuy = cases.find((c) => c.purchaseType === PurchaseType.MODIFIED_REBUY);
    expect(rebuy).toMatchObject({ stage: CaseStage.SPECIFICATION, sourceCase: { stage: CaseStage.AWARDED } });
    // The copied version and the changed one, so the diff has something to show.
    expect(rebuy?.specificationVersions.map((v) => v.version)).toEqual([2, 1]);
    const sourcing = cases.find((c) => c.stage === CaseStage.SOURCING);
    expect(sourcing?.shortlist.status).toBe('SUBMITTED');
    expect(sourcing?.specificationVersions[0].status).toBe('APPROVED');
  });

  it("shows the requester where each of their needs stands", async () => {
    const requester = await app.as('requester@nordwind.example');
    const needs = (await requester.ok(`{ myNeeds { title status case { stage } } }`))['myNeeds'] as Array<{
      status: NeedStatus;
      case: { stage: CaseStage } | null;
    }>;
    expect(needs.map((n) => n.status).sort()).toEqual([NeedStatus.ACCEPTED, NeedStatus.DECLINED, NeedStatus.SUBMITTED, NeedStatus.SUBMITTED]);
    expect(needs.find((n) => n.status === NeedStatus.ACCEPTED)?.case?.stage).toBe(CaseStage.NEED);
  });

  it('has a published RFQ with questions and quotes coming in, and a closed one whose quotes are open', async () => {
    const buyer = await app.as('buyer@nordwind.example');
    const rfqs: Array<{ id: string; status: string }> = await app.dataSource.query(`SELECT id, status FROM rfq ORDER BY created_at`);
    expect(rfqs.map((r) => r.status)).toEqual(['PUBLISHED', 'CLOSED']);
    const open = (await buyer.ok(RFQ_OPS.rfq, { id: rfqs[0].id }))['rfq'];
    expect(open.invitations.filter((i: { quoteStatus: string }) => i.quoteStatus === 'SUBMITTED')).toHaveLength(1);
    expect(open.questions.map((q: { visibility: string }) => q.visibility).sort()).toEqual(['PRIVATE', 'PUBLISHED']);
    expect((await buyer.error(RFQ_OPS.quotes, { id: rfqs[0].id })).extensions?.code).toBe('SEALED');
    const closed = (await buyer.ok(RFQ_OPS.quotes, { id: rfqs[1].id }))['rfq'].quotes;
    expect(closed).toHaveLength(2);
    expect(closed.every((q: { latest: { content: { total: string } } }) => Number(q.latest.content.total) > 0)).toBe(true);

    const hanse = await app.as(SUPPLIER_USERS.hanse);
    const list: Array<{ id: string; rfqStatus: string; status: string }> = (await hanse.ok(RFQ_OPS.portalList))['portalInvitations'];
    expect(list.map((i) => `${i.rfqStatus}:${i.status}`).sort()).toEqual(['CLOSED:QUOTED', 'PUBLISHED:QUOTED']);
    const mine = (await hanse.ok(RFQ_OPS.portalOne, { id: list.find((i) => i.rfqStatus === 'PUBLISHED')!.id }))['portalInvitation'];
    expect(mine.quote.revisions).toHaveLength(2);
    expect(mine.questions.map((q: { mine: boolean; published: boolean }) => `${q.mine}:${q.published}`)).toEqual(['true:true']);
    const alpine = await app.as(SUPPLIER_USERS.alpine);
    const alpineOpen = (await alpine.ok(RFQ_OPS.portalList))['portalInvitations'].find((i: { rfqStatus: string }) => i.rfqStatus === 'PUBLISHED');
    const alpineView = (await alpine.ok(RFQ_OPS.portalOne, { id: alpineOpen.id }))['portalInvitation'];
    expect(alpineView.quote.status).toBe('DRAFT');
    expect(alpineView.questions.map((q: { mine: boolean; published: boolean }) => `${q.mine}:${q.published}`).sort()).toEqual(['false:true', 'true:false']);
  });

  it('leaves an audit trail that verifies', async () => {
    const admin = await app.as('admin@nordwind.example');
    const result = await admin.ok(`{ verifyAuditChain { ok checkedEvents } }`);
    expect(result['verifyAuditChain'].ok).toBe(true);
    expect(result['verifyAuditChain'].checkedEvents).toBeGreaterThan(500);
  });
});
