import { ErrorCode, QualificationStatus } from '@bc/shared/domain';
import { PasswordService } from '@bc/api/identity';
import type { GraphQLClient } from './support/graphql-client';
import { auditActions, CaseWalker, DemoRole, insertSupplier, LINES, nordwindId, OPS, REQUIREMENTS, signInAll, userIds } from './support/purchasing-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** The purchase type sets the path: rebuys start from an earlier case. */
describe('rebuys', () => {
  let app: TestApp;
  let as: Record<DemoRole, GraphQLClient>;
  let org: string;
  let walk: CaseWalker;

  beforeAll(async () => {
    app = await startTestApp();
    as = await signInAll(app);
    org = await nordwindId(app);
    walk = new CaseWalker(app, as, await userIds(app), org);
  });
  afterAll(() => app.close());

  const rebuy = (sourceCaseId: string, purchaseType: string, extra: Record<string, unknown> = {}) =>
    as.buyer.ok(OPS.createRebuy, { input: { sourceCaseId, purchaseType, ...extra } }).then((d) => d['createRebuy']);

  /** An earlier case that went through RFQ and was awarded (the award capability comes later: set directly). */
  async function awardedCase(): Promise<{ id: string; reference: string; supplierIds: string[]; specId: string }> {
    const c = await walk.inSourcing();
    const supplierIds = await walk.approvedShortlist(c.id, 3);
    await walk.publishRfq(c.id);
    await app.dataSource.query(`UPDATE purchase_case SET stage = 'AWARDED', awarded_supplier_id = $2 WHERE id = $1`, [c.id, supplierIds[1]]);
    const [{ id: specId }] = await app.dataSource.query(`SELECT id FROM specification_version WHERE case_id = $1 AND status = 'APPROVED'`, [c.id]);
    return { ...c, supplierIds, specId };
  }

  it('a modified rebuy copies the latest approved specification as an editable DRAFT version 1 and pre-fills the shortlist; it starts in SPECIFICATION', async () => {
    const source = await walk.inSourcing();
    const [approvedId] = (await app.dataSource.query(`SELECT id FROM specification_version WHERE case_id = $1`, [source.id])).map((r: { id: string }) => r.id);
    // A later draft on the earlier case is not what gets copied: the approved version is.
    await as.buyer.ok(OPS.moveCase, { caseId: source.id, to: 'SPECIFICATION', reason: 'One more line' });
    await as.specifier.ok(OPS.saveSpec, { caseId: source.id, input: { baseVersionId: approvedId, lines: [LINES[0]], requirements: [] } });
    const kept = await insertSupplier(app, org);
    const left = await insertSupplier(app, org);
    const blockedLater = await insertSupplier(app, org);
    await as.buyer.ok(OPS.setEntry, { caseId: source.id, supplierId: kept, decision: 'IN', reason: 'Long-time partner', source: 'SEARCH' });
    await as.buyer.ok(OPS.setEntry, { caseId: source.id, supplierId: left, decision: 'OUT', reason: 'Too far away', source: 'SEARCH' });
    await as.buyer.ok(OPS.setEntry, { caseId: source.id, supplierId: blockedLater, decision: 'IN', reason: 'Cheap', source: 'SEARCH' });
    await app.dataSource.query(`UPDATE supplier SET qualification_status = 'BLOCKED', blocked_reason = 'Fraud' WHERE id = $1`, [blockedLater]);
    await as.buyer.ok(OPS.updateCase, { id: source.id, input: { requiredCertificates: ['ISO 9001', 'ATEX'] } });

    const created = await rebuy(source.id, 'MODIFIED_REBUY', { title: 'Pumps, second batch' });
    // What suppliers had to hold for the earlier purchase, they must hold for this one.
    const copied = await as.buyer.ok(`query ($id: ID!) { purchaseCase(id: $id) { requiredCertificates } }`, { id: created.id });
    expect(copied['purchaseCase'].requiredCertificates).toEqual(['ISO 9001', 'ATEX']);
    expect(created).toMatchObject({
      purchaseType: 'MODIFIED_REBUY',
      stage: 'SPECIFICATION',
      title: 'Pumps, second batch',
      categoryCode: '42122000-0',
      sourceCase: { id: source.id, reference: source.reference },
      approvedSpecification: null,
    });
    expect(created.specification).toMatchObject({ version: 1, status: 'DRAFT', copiedFromVersionId: approvedId });
    expect(created.specification.lines.map((l: { description: string }) => l.description)).toEqual(LINES.map((l) => l.description));
    expect(created.specification.requirements.map((r: { text: string }) => r.text)).toEqual(REQUIREMENTS.map((r) => r.text));
    expect(created.shortlist).toEqual({
      status: 'DRAFT',
      entries: [{ decision: 'IN', source: 'REBUY', reason: `Shortlisted on ${source.reference}: Long-time partner`, supplier: { id: kept } }],
    });
    expect(created.stageHistory).toEqual([{ from: null, to: 'SPECIFICATION', reason: null, actorName: 'Markus Schäfer' }]);
    // The copy is editable: a specifier on the (carried-over) team saves version 2 from it.
    const v2 = (await as.specifier.ok(OPS.saveSpec, { caseId: created.id, input: { baseVersionId: created.specification.id, lines: [], requirements: [] } }))[
      'saveSpecification'
    ];
    expect(v2.version).toBe(2);
    expect(await auditActions(app, created.id)).toEqual(['case.created', 'case.rebuy-opened']);
  });

  it('a modified rebuy of a case with only a draft specification copies the latest draft', async () => {
    const source = await walk.inSpecification();
    const draft = (await as.specifier.ok(OPS.saveSpec, { caseId: source.id, input: { baseVersionId: null, lines: LINES, requirements: [] } }))['saveSpecification'];
    const created = await rebuy(source.id, 'MODIFIED_REBUY');
    expect(created.specification).toMatchObject({ version: 1, status: 'DRAFT', copiedFromVersionId: draft.id });
  });

  it('a modified rebuy of a case without a specification is refused (SPECIFICATION_MISSING)', async () => {
    const source = await walk.newCase();
    const error = await as.buyer.error(OPS.createRebuy, { input: { sourceCaseId: source.id, purchaseType: 'MODIFIED_REBUY' } });
    expect(error.extensions).toMatchObject({ code: ErrorCode.SPECIFICATION_MISSING, field: 'input.sourceCaseId' });
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM purchase_case WHERE source_case_id = $1`, [source.id]);
    expect(count).toBe(0);
  });

  it('a straight rebuy of an AWARDED case keeps the frozen specification, pre-shortlists the incumbent and starts in SOURCING', async () => {
    const source = await awardedCase();
    const created = await rebuy(source.id, 'STRAIGHT_REBUY');
    expect(created).toMatchObject({ purchaseType: 'STRAIGHT_REBUY', stage: 'SOURCING', sourceCase: { id: source.id } });
    expect(created.specification).toMatchObject({ version: 1, status: 'APPROVED', copiedFromVersionId: source.specId });
    expect(created.approvedSpecification).toEqual({ id: created.specification.id });
    expect(created.shortlist).toEqual({
      status: 'DRAFT',
      entries: [{ decision: 'IN', source: 'INCUMBENT', reason: `Incumbent supplier of ${source.reference}`, supplier: { id: source.supplierIds[1] } }],
    });
    // One supplier meets the straight rebuy's default minimum (1): submit, approve, RFQ.
    await as.buyer.ok(OPS.submitShortlist, { caseId: created.id });
    await as.gatekeeper.ok(OPS.approveShortlist, { caseId: created.id });
    expect(await walk.publishRfq(created.id)).toBe('RFQ');
    // The copied version is frozen like any approved one.
    await expect(app.dataSource.query(`UPDATE specification_version SET note = 'x' WHERE id = $1`, [created.specification.id])).rejects.toThrow(/never rewritten/);
  });

  it('a straight rebuy of a case that is not AWARDED is refused, as is one whose incumbent is blocked', async () => {
    const open = await walk.inSourcing();
    const notAwarded = await as.buyer.error(OPS.createRebuy, { input: { sourceCaseId: open.id, purchaseType: 'STRAIGHT_REBUY' } });
    expect(notAwarded.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.sourceCaseId' });
    expect(notAwarded.message).toMatch(/awarded/);
    const awarded = await awardedCase();
    await app.dataSource.query(`UPDATE supplier SET qualification_status = $2, blocked_reason = 'Insolvent' WHERE id = $1`, [awarded.supplierIds[1], QualificationStatus.BLOCKED]);
    const blocked = await as.buyer.error(OPS.createRebuy, { input: { sourceCaseId: awarded.id, purchaseType: 'STRAIGHT_REBUY' } });
    expect(blocked.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.sourceCaseId' });
    const newTask = await as.buyer.error(OPS.createRebuy, { input: { sourceCaseId: awarded.id, purchaseType: 'NEW_TASK' } });
    expect(newTask.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.purchaseType' });
  });

  it("a buyer accepts a need as a rebuy of an earlier case: the need's data, the requester on the team, the earlier specification", async () => {
    const source = await walk.inSourcing();
    const need = (await as.requester.ok(OPS.raiseNeed, { input: { title: 'Same pumps again', justification: 'Line 4 opens', estimatedValue: '51000.00', neededBy: '2027-06-30' } }))['raiseNeed'];
    const missing = await as.buyer.error(OPS.acceptNeed, { id: need.id, input: { importance: 'ROUTINE', purchaseType: 'MODIFIED_REBUY' } });
    expect(missing.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.sourceCaseId' });
    const ACCEPT = `mutation ($id: ID!, $input: AcceptNeedInput!) { acceptNeed(id: $id, input: $input) {
      id stage purchaseType title estimatedValue neededBy sourceCase { id } need { id } team { role user { email } } specification { status copiedFromVersionId } } }`;
    const created = (await as.buyer.ok(ACCEPT, { id: need.id, input: { importance: 'ROUTINE', purchaseType: 'MODIFIED_REBUY', sourceCaseId: source.id } }))['acceptNeed'];
    expect(created).toMatchObject({
      stage: 'SPECIFICATION',
      purchaseType: 'MODIFIED_REBUY',
      title: 'Same pumps again',
      estimatedValue: '51000.00',
      neededBy: '2027-06-30',
      sourceCase: { id: source.id },
      need: { id: need.id },
      specification: { status: 'DRAFT', copiedFromVersionId: expect.any(String) },
    });
    expect(created.team).toContainEqual({ role: 'REQUESTER', user: { email: 'requester@nordwind.example' } });
    const mine = (await as.requester.ok(OPS.myNeeds))['myNeeds'].items.find((n: { id: string }) => n.id === need.id);
    expect(mine).toMatchObject({ status: 'ACCEPTED', case: { id: created.id, stage: 'SPECIFICATION' } });
  });

  it('a rebuy across organizations is NOT_FOUND, exactly as for a case that does not exist', async () => {
    const source = await awardedCase();
    const [{ id: otherOrg }] = await app.dataSource.query(`INSERT INTO organization (name, kind, country) VALUES ('Südhafen Logistik AG', 'BUYING', 'DE') RETURNING id`);
    const hash = await app.running.app.get(PasswordService).hash('südhafen buyer passphrase');
    await app.dataSource.query(
      `INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'buyer@suedhafen.example', 'Ole Jensen', $2, '{BUYER}')`,
      [otherOrg, hash],
    );
    const foreignBuyer = await app.client().signIn('buyer@suedhafen.example', 'südhafen buyer passphrase');
    const foreign = await foreignBuyer.error(OPS.createRebuy, { input: { sourceCaseId: source.id, purchaseType: 'STRAIGHT_REBUY' } });
    const missing = await foreignBuyer.error(OPS.createRebuy, { input: { sourceCaseId: '00000000-0000-4000-8000-000000000000', purchaseType: 'STRAIGHT_REBUY' } });
    expect(foreign.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect(foreign.message).toBe(missing.message);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM purchase_case WHERE organization_id = $1`, [otherOrg]);
    expect(count).toBe(0);
  });
});
