import { PasswordService } from '@bc/api/identity';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { CaseWalker, DEMO, DemoRole, insertSupplier, LINES, nordwindId, OPS, signInAll, userIds } from './support/purchasing-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

/** A second buying organization reaches none of the first one's needs, cases, specifications or shortlists. */
describe('tenant isolation of purchasing', () => {
  let app: TestApp;
  let as: Record<DemoRole, GraphQLClient>;
  let ids: Record<string, string>;
  let org: string;
  let otherOrg: string;
  let other: GraphQLClient;
  let nordwind: { caseId: string; reference: string; needId: string; versionId: string; supplierId: string; fileId: string };
  let own: { caseId: string };

  beforeAll(async () => {
    app = await startTestApp();
    as = await signInAll(app);
    ids = await userIds(app);
    org = await nordwindId(app);
    const walk = new CaseWalker(app, as, ids, org);
    [{ id: otherOrg }] = await app.dataSource.query(`INSERT INTO organization (name, kind, country) VALUES ('Südhafen Logistik AG', 'BUYING', 'DE') RETURNING id`);
    const hash = await app.running.app.get(PasswordService).hash('südhafen all-rounder passphrase');
    await app.dataSource.query(
      `INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'lead@suedhafen.example', 'Ole Jensen', $2, '{REQUESTER,SPECIFIER,BUYER,GATEKEEPER,ADMIN}')`,
      [otherOrg, hash],
    );
    other = await app.client().signIn('lead@suedhafen.example', 'südhafen all-rounder passphrase');

    const need = (await as.requester.ok(OPS.raiseNeed, { input: { title: 'Nordwind secret need', justification: 'why' } }))['raiseNeed'];
    const c = await walk.inSpecification({ title: 'Nordwind secret case' });
    const v = (await as.specifier.ok(OPS.saveSpec, { caseId: c.id, input: { baseVersionId: null, lines: LINES, requirements: [] } }))['saveSpecification'];
    const [{ id: fileId }] = await app.dataSource.query(
      `INSERT INTO stored_file (organization_id, name, content_type, size_bytes, sha256, data) VALUES ($1, 'nordwind.pdf', 'application/pdf', 1, repeat('b', 64), '\\x01') RETURNING id`,
      [org],
    );
    nordwind = { caseId: c.id, reference: c.reference, needId: need.id, versionId: v.id, supplierId: await insertSupplier(app, org, { name: 'Nordwind Pumps Supplier' }), fileId };
    own = { caseId: (await other.ok(OPS.createCase, { input: { title: 'Südhafen case', importance: 'ROUTINE', categoryCode: '42122000-0' } }))['createPurchaseCase'].id };
  });
  afterAll(() => app.close());

  const notFoundLikeMissing = async (query: string, foreignVars: Record<string, unknown>, missingVars: Record<string, unknown>) => {
    const foreign = await other.error(query, foreignVars);
    const missing = await other.error(query, missingVars);
    expect(foreign.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect(foreign.message).toBe(missing.message);
  };

  it("answers NOT_FOUND for another organization's case, need and specification version, exactly as for missing ones", async () => {
    await notFoundLikeMissing(OPS.purchaseCase, { id: nordwind.caseId }, { id: MISSING });
    await notFoundLikeMissing(`query ($id: ID!) { need(id: $id) { id } }`, { id: nordwind.needId }, { id: MISSING });
    await notFoundLikeMissing(`query ($id: ID!) { specificationVersion(id: $id) { id } }`, { id: nordwind.versionId }, { id: MISSING });
    await notFoundLikeMissing(
      `query ($a: ID!, $b: ID!) { specificationDiff(fromVersionId: $a, toVersionId: $b) { lines { key } } }`,
      { a: nordwind.versionId, b: nordwind.versionId },
      { a: MISSING, b: MISSING },
    );
    await notFoundLikeMissing(`query ($id: ID!) { shortlistSuggestions(caseId: $id) { score } }`, { id: nordwind.caseId }, { id: MISSING });
  });

  it('lists and counts only its own cases and needs', async () => {
    const cases = (await other.ok(`{ purchaseCases(limit: 100) { total items { id title } } }`))['purchaseCases'];
    expect(cases.items).toEqual([{ id: own.caseId, title: 'Südhafen case' }]);
    expect(cases.total).toBe(1);
    const search = (await other.ok(`{ purchaseCases(filter: { search: "Nordwind" }) { total } }`))['purchaseCases'];
    expect(search.total).toBe(0);
    const counts = (await other.ok(`{ purchaseCaseCounts { stage count } }`))['purchaseCaseCounts'];
    expect(counts.reduce((sum: number, s: { count: number }) => sum + s.count, 0)).toBe(1);
    expect((await other.ok(`{ needs { total items { title } } }`))['needs']).toEqual({ total: 0, items: [] });
    expect((await other.ok(`{ myNeeds { total items { title } } }`))['myNeeds']).toEqual({ total: 0, items: [] });
  });

  it("changes nothing of another organization's cases, needs and specifications", async () => {
    const attempts: Array<[string, Record<string, unknown>]> = [
      [OPS.moveCase, { caseId: nordwind.caseId, to: 'CANCELLED', reason: 'x' }],
      [OPS.cancelCase, { caseId: nordwind.caseId, reason: 'x' }],
      [OPS.updateCase, { id: nordwind.caseId, input: { title: 'Hijacked' } }],
      [OPS.addMember, { caseId: nordwind.caseId, userId: ids[DEMO.advisor], role: 'ADVISOR' }],
      [OPS.declareConflict, { caseId: nordwind.caseId, supplierId: nordwind.supplierId, statement: 'x' }],
      [OPS.acceptNeed, { id: nordwind.needId, input: { importance: 'ROUTINE' } }],
      [OPS.declineNeed, { id: nordwind.needId, reason: 'x' }],
      [OPS.withdrawNeed, { id: nordwind.needId }],
      [OPS.saveSpec, { caseId: nordwind.caseId, input: { baseVersionId: nordwind.versionId, lines: [], requirements: [] } }],
      [OPS.approveSpec, { versionId: nordwind.versionId }],
      [OPS.setEntry, { caseId: nordwind.caseId, supplierId: nordwind.supplierId, decision: 'IN', reason: 'x', source: 'SEARCH' }],
      [OPS.submitShortlist, { caseId: nordwind.caseId }],
      [OPS.approveShortlist, { caseId: nordwind.caseId }],
      [OPS.returnShortlist, { caseId: nordwind.caseId, comment: 'x' }],
      [OPS.createRebuy, { input: { sourceCaseId: nordwind.caseId, purchaseType: 'MODIFIED_REBUY' } }],
    ];
    const before = await app.dataSource.query(`SELECT count(*) FROM audit_event WHERE organization_id = $1`, [org]);
    for (const [op, vars] of attempts) {
      const error = await other.error(op, vars);
      expect({ op: op.slice(0, 40), code: error.extensions?.code }).toEqual({ op: op.slice(0, 40), code: ErrorCode.NOT_FOUND });
    }
    expect(await app.dataSource.query(`SELECT count(*) FROM audit_event WHERE organization_id = $1`, [org])).toEqual(before);
    const [c] = await app.dataSource.query(`SELECT title, stage FROM purchase_case WHERE id = $1`, [nordwind.caseId]);
    expect(c).toEqual({ title: 'Nordwind secret case', stage: 'SPECIFICATION' });
    const [n] = await app.dataSource.query(`SELECT status FROM need WHERE id = $1`, [nordwind.needId]);
    expect(n.status).toBe('SUBMITTED');
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM specification_version WHERE case_id = $1`, [nordwind.caseId]);
    expect(count).toBe(1);
  });

  it("cannot bring another organization's users, suppliers or files into its own case", async () => {
    const member = await other.error(OPS.addMember, { caseId: own.caseId, userId: ids[DEMO.specifier], role: 'SPECIFIER' });
    expect(member.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const entry = await other.error(OPS.setEntry, { caseId: own.caseId, supplierId: nordwind.supplierId, decision: 'IN', reason: 'x', source: 'SEARCH' });
    expect(entry.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const conflict = await other.error(OPS.declareConflict, { caseId: own.caseId, supplierId: nordwind.supplierId, statement: 'x' });
    expect(conflict.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const [{ id: me }] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'lead@suedhafen.example'`);
    await other.ok(OPS.addMember, { caseId: own.caseId, userId: me, role: 'SPECIFIER' });
    const file = await other.error(OPS.saveSpec, { caseId: own.caseId, input: { baseVersionId: null, lines: [], requirements: [], attachmentIds: [nordwind.fileId] } });
    expect(file.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.attachmentIds' });
    // Suggestions come from its own directory only.
    const suggestions = (await other.ok(`query ($id: ID!) { shortlistSuggestions(caseId: $id) { supplier { id } } }`, { id: own.caseId }))['shortlistSuggestions'];
    expect(suggestions.map((s: { supplier: { id: string } }) => s.supplier.id)).not.toContain(nordwind.supplierId);
    expect(suggestions).toEqual([]);
  });

  it('allocates references per organization: each starts its own numbering', async () => {
    const [row] = await app.dataSource.query(`SELECT reference FROM purchase_case WHERE id = $1`, [own.caseId]);
    expect(row.reference).toBe(`PC-${new Date().getUTCFullYear()}-0001`);
    // The same number may exist in the other organization: references are unique per organization.
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM purchase_case WHERE organization_id = $1`, [org]);
    expect(count).toBeGreaterThan(0);
  });
});
