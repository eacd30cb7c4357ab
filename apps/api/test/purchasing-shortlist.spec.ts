import { PasswordService } from '@bc/api/identity';
import { ErrorCode, QualificationStatus } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { auditActions, CaseWalker, DEMO, DemoRole, insertSupplier, nordwindId, OPS, signInAll, userIds } from './support/purchasing-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Buyers build the shortlist with a reason for each supplier; a gatekeeper approves it under the organization's policy. */
describe('shortlists', () => {
  let app: TestApp;
  let as: Record<DemoRole, GraphQLClient>;
  let ids: Record<string, string>;
  let org: string;
  let walk: CaseWalker;
  let buyerGatekeeper: GraphQLClient;

  const SUGGEST = `query ($caseId: ID!) { shortlistSuggestions(caseId: $caseId) { score reasons { code detail } supplier { id name } } }`;
  const SHORTLIST = `query ($id: ID!) { purchaseCase(id: $id) { shortlist { status suppliersIn minimumSuppliers singleSourceJustification
    submittedByName reviewComment reviews { action comment singleSourceJustification suppliersIn actorName } entries { decision reason source supplier { id } } } } }`;

  beforeAll(async () => {
    app = await startTestApp();
    as = await signInAll(app);
    ids = await userIds(app);
    org = await nordwindId(app);
    walk = new CaseWalker(app, as, ids, org);
    // Someone who is both buyer and gatekeeper, for the separation-of-duties rule.
    const hash = await app.running.app.get(PasswordService).hash('buyer and gatekeeper passphrase');
    await app.dataSource.query(
      `INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'lead@nordwind.example', 'Ute Lange', $2, '{BUYER,GATEKEEPER}')`,
      [org, hash],
    );
    buyerGatekeeper = await app.client().signIn('lead@nordwind.example', 'buyer and gatekeeper passphrase');
  });
  afterAll(() => app.close());

  const take = (caseId: string, supplierId: string, decision = 'IN', reason = 'Good references', who = as.buyer) =>
    who.ok(OPS.setEntry, { caseId, supplierId, decision, reason, source: 'SEARCH' }).then((d) => d['setShortlistEntry']);
  const shortlistOf = async (caseId: string) => (await as.buyer.ok(SHORTLIST, { id: caseId }))['purchaseCase'].shortlist;

  it('suggests suppliers of the case category or below it, not blocked, not yet listed, ranked, each with its reasons', async () => {
    const c = await walk.inSourcing({ categoryCode: '42122000-0' });
    const today = new Date();
    const past = new Date(today.getTime() - 86_400_000 * 30).toISOString().slice(0, 10);
    const future = new Date(today.getTime() + 86_400_000 * 300).toISOString().slice(0, 10);
    const best = await insertSupplier(app, org, { name: 'AAA Pumpen', codes: ['42122100-1'], reliability: 92, certificates: 2, earliestExpiry: future });
    const expired = await insertSupplier(app, org, { name: 'BBB Pumpen', codes: ['42122000-0'], reliability: 92, certificates: 1, earliestExpiry: past });
    const prospect = await insertSupplier(app, org, { name: 'CCC Pumpen', codes: ['42122000-0'], status: QualificationStatus.PROSPECT });
    const blocked = await insertSupplier(app, org, { name: 'DDD Pumpen', codes: ['42122000-0'], status: QualificationStatus.BLOCKED });
    const broad = await insertSupplier(app, org, { name: 'EEE Maschinen', codes: ['42000000-6'] });
    const other = await insertSupplier(app, org, { name: 'FFF Lager', codes: ['44440000-6'] });
    const listed = await insertSupplier(app, org, { name: 'GGG Pumpen', codes: ['42122000-0'] });
    await take(c.id, listed);

    const suggestions = (await as.buyer.ok(SUGGEST, { caseId: c.id }))['shortlistSuggestions'];
    const mine = suggestions.filter((s: { supplier: { id: string } }) => [best, expired, prospect, blocked, broad, other, listed].includes(s.supplier.id));
    expect(mine.map((s: { supplier: { name: string } }) => s.supplier.name)).toEqual(['AAA Pumpen', 'BBB Pumpen', 'CCC Pumpen']);
    const [a, b, cc] = mine;
    expect(a.reasons).toEqual([
      { code: 'CATEGORY_MATCH', detail: expect.stringMatching(/^42122100-1 /) },
      { code: 'QUALIFICATION', detail: 'APPROVED' },
      { code: 'CERTIFICATES_VALID', detail: '2 certificate(s), all valid' },
      { code: 'RELIABILITY', detail: '92' },
    ]);
    expect(b.reasons).toContainEqual({ code: 'CERTIFICATE_EXPIRED', detail: expect.any(String) });
    expect(cc.reasons).toContainEqual({ code: 'QUALIFICATION', detail: 'PROSPECT' });
    expect(cc.reasons).toContainEqual({ code: 'NO_HISTORY', detail: expect.any(String) });
    expect(a.score).toBeGreaterThan(b.score);
    expect(b.score).toBeGreaterThan(cc.score);
    // Ranked overall, best first.
    const scores = suggestions.map((s: { score: number }) => s.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('says for a case that requires certificates whether each suggested supplier holds them, by the rule the gatekeeper is warned by, and ranks those who do higher', async () => {
    const c = await walk.inSourcing({ categoryCode: '42122000-0', requiredCertificates: ['ISO 9001', 'ATEX'] });
    const certify = (supplierId: string, name: string, validUntil: string | null = null) =>
      as.buyer.ok(`mutation ($s: ID!, $input: CertificateInput!) { addCertificate(supplierId: $s, input: $input) { id } }`, { s: supplierId, input: { name, validUntil } });
    const holds = await insertSupplier(app, org, { name: 'Zertifizierte Pumpen', codes: ['42122000-0'], reliability: 80 });
    await certify(holds, 'DIN EN ISO 9001:2015');
    await certify(holds, 'ATEX 2014/34/EU');
    const lacks = await insertSupplier(app, org, { name: 'Halb zertifizierte Pumpen', codes: ['42122000-0'], reliability: 80 });
    await certify(lacks, 'ISO 9001', '2021-03-31');
    await certify(lacks, 'ISO 14001');

    const suggestions = (await as.buyer.ok(SUGGEST, { caseId: c.id }))['shortlistSuggestions'];
    const [first, second] = suggestions.filter((s: { supplier: { id: string } }) => [holds, lacks].includes(s.supplier.id));
    expect(first.supplier.id).toBe(holds);
    expect(first.reasons).toContainEqual({ code: 'REQUIRED_CERTIFICATES_MET', detail: 'ISO 9001, ATEX' });
    // Expired is lacking too, as in the approval warnings.
    expect(second.reasons).toContainEqual({ code: 'REQUIRED_CERTIFICATES_LACKING', detail: 'ISO 9001, ATEX' });
    expect(first.score).toBeGreaterThan(second.score);
  });

  it('a reason is required for each supplier taken in or left out; a blocked supplier cannot be taken in', async () => {
    const c = await walk.inSourcing();
    const supplier = await insertSupplier(app, org);
    const noReason = await as.buyer.error(OPS.setEntry, { caseId: c.id, supplierId: supplier, decision: 'IN', reason: ' ', source: 'SEARCH' });
    expect(noReason.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'reason' });
    const blocked = await insertSupplier(app, org, { status: QualificationStatus.BLOCKED });
    const refused = await as.buyer.error(OPS.setEntry, { caseId: c.id, supplierId: blocked, decision: 'IN', reason: 'Cheap', source: 'SEARCH' });
    expect(refused.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'supplierId', reason: 'SUPPLIER_BLOCKED' });
    expect((await shortlistOf(c.id)).entries).toEqual([]);
    // Leaving a blocked supplier out, with the reason, is recorded.
    const out = await take(c.id, blocked, 'OUT', 'Blocked after the quality audit');
    expect(out.entries).toEqual([{ decision: 'OUT', reason: 'Blocked after the quality audit', source: 'SEARCH', supplier: { id: blocked, name: expect.any(String) } }]);
    const serverSource = await as.buyer.error(OPS.setEntry, { caseId: c.id, supplierId: supplier, decision: 'IN', reason: 'x', source: 'INCUMBENT' });
    expect(serverSource.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'source' });
    expect(await auditActions(app, c.id)).toContain('shortlist.entry-set');
  });

  it('fewer suppliers than the policy minimum need a written single-source justification, which the gatekeeper sees', async () => {
    const c = await walk.inSourcing();
    await take(c.id, await insertSupplier(app, org));
    const refused = await as.buyer.error(OPS.submitShortlist, { caseId: c.id });
    expect(refused.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'singleSourceJustification', blockers: ['SINGLE_SOURCE_UNJUSTIFIED'], minimum: 3 });
    const submitted = (await as.buyer.ok(OPS.submitShortlist, { caseId: c.id, justification: 'Only certified maker of this pump type' }))['submitShortlist'];
    expect(submitted).toMatchObject({ status: 'SUBMITTED', suppliersIn: 1, minimumSuppliers: 3, singleSourceJustification: 'Only certified maker of this pump type' });
    const seen = (await as.gatekeeper.ok(SHORTLIST, { id: c.id }))['purchaseCase'].shortlist;
    expect(seen).toMatchObject({ status: 'SUBMITTED', singleSourceJustification: 'Only certified maker of this pump type', submittedByName: 'Markus Schäfer' });
    await as.gatekeeper.ok(OPS.approveShortlist, { caseId: c.id });
    expect(await walk.publishRfq(c.id)).toBe('RFQ');
  });

  it('the organization policy sets the minimum; only an admin changes it', async () => {
    const c = await walk.inSourcing();
    for (let i = 0; i < 2; i++) await take(c.id, await insertSupplier(app, org));
    expect((await as.buyer.error(OPS.submitShortlist, { caseId: c.id })).extensions?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect((await as.buyer.error(OPS.updatePolicy, { input: { minimumSuppliers: [{ purchaseType: 'NEW_TASK', minimum: 2 }] } })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    const bad = await as.admin.error(OPS.updatePolicy, { input: { minimumSuppliers: [{ purchaseType: 'NEW_TASK', minimum: 0 }] } });
    expect(bad.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.minimumSuppliers.0.minimum' });
    const policy = (await as.admin.ok(OPS.updatePolicy, { input: { minimumSuppliers: [{ purchaseType: 'NEW_TASK', minimum: 2 }] } }))['updatePurchasingPolicy'];
    try {
      expect(policy.minimumSuppliers).toEqual([
        { purchaseType: 'NEW_TASK', minimum: 2 },
        { purchaseType: 'MODIFIED_REBUY', minimum: 2 },
        { purchaseType: 'STRAIGHT_REBUY', minimum: 1 },
      ]);
      const submitted = (await as.buyer.ok(OPS.submitShortlist, { caseId: c.id }))['submitShortlist'];
      expect(submitted).toMatchObject({ status: 'SUBMITTED', minimumSuppliers: 2, singleSourceJustification: null });
    } finally {
      await as.admin.ok(OPS.updatePolicy, { input: { minimumSuppliers: [{ purchaseType: 'NEW_TASK', minimum: 3 }] } });
    }
    const [event] = await app.dataSource.query(`SELECT summary FROM audit_event WHERE action = 'purchasing-policy.changed' ORDER BY sequence LIMIT 1`);
    expect(event.summary.to.NEW_TASK).toBe(2);
  });

  it('the gatekeeper returns a shortlist with a comment (required) and approves it; the history is kept', async () => {
    const c = await walk.inSourcing();
    for (let i = 0; i < 3; i++) await take(c.id, await insertSupplier(app, org));
    await as.buyer.ok(OPS.submitShortlist, { caseId: c.id });
    expect((await as.buyer.error(OPS.submitShortlist, { caseId: c.id })).extensions?.code).toBe(ErrorCode.CONFLICT);
    const noComment = await as.gatekeeper.error(OPS.returnShortlist, { caseId: c.id, comment: '' });
    expect(noComment.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'comment' });
    const returned = (await as.gatekeeper.ok(OPS.returnShortlist, { caseId: c.id, comment: 'Add a supplier from Austria' }))['returnShortlist'];
    expect(returned).toMatchObject({ status: 'RETURNED', reviewComment: 'Add a supplier from Austria' });
    expect((await as.gatekeeper.error(OPS.approveShortlist, { caseId: c.id })).extensions?.code).toBe(ErrorCode.CONFLICT);
    await take(c.id, await insertSupplier(app, org));
    await as.buyer.ok(OPS.submitShortlist, { caseId: c.id });
    const approved = (await as.gatekeeper.ok(OPS.approveShortlist, { caseId: c.id, comment: 'Good spread' }))['approveShortlist'];
    expect(approved.status).toBe('APPROVED');
    expect(approved.reviews.map((r: { action: string; comment: string | null; actorName: string }) => [r.action, r.comment, r.actorName])).toEqual([
      ['SUBMITTED', null, 'Markus Schäfer'],
      ['RETURNED', 'Add a supplier from Austria', 'Claudia Richter'],
      ['SUBMITTED', null, 'Markus Schäfer'],
      ['APPROVED', 'Good spread', 'Claudia Richter'],
    ]);
    await expect(app.dataSource.query(`UPDATE shortlist_review SET comment = 'x' WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    const actions = await auditActions(app, c.id);
    expect(actions.filter((a) => a.startsWith('shortlist.') && a !== 'shortlist.entry-set')).toEqual([
      'shortlist.submitted',
      'shortlist.returned',
      'shortlist.submitted',
      'shortlist.approved',
    ]);
  });

  it('any change after submission or approval puts the shortlist back to DRAFT, needing a new approval', async () => {
    const c = await walk.inSourcing();
    const [first] = await walk.approvedShortlist(c.id, 3);
    expect((await shortlistOf(c.id)).status).toBe('APPROVED');
    await take(c.id, first, 'OUT', 'Capacity gone');
    const after = await shortlistOf(c.id);
    expect(after).toMatchObject({ status: 'DRAFT', suppliersIn: 2 });
    expect(after.reviews.at(-1)).toMatchObject({ action: 'REOPENED', suppliersIn: 2 });
    expect(await walk.rfqBlockers(c.id)).toContain('SHORTLIST_NOT_APPROVED');
    // Also from SUBMITTED.
    await take(c.id, first, 'IN', 'Capacity back');
    await as.buyer.ok(OPS.submitShortlist, { caseId: c.id });
    await take(c.id, await insertSupplier(app, org));
    expect((await shortlistOf(c.id)).status).toBe('DRAFT');
  });

  it('a gatekeeper with a declared conflict of interest with a shortlisted supplier cannot approve (CONFLICT_OF_INTEREST)', async () => {
    const c = await walk.inSourcing();
    const supplierIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      supplierIds.push(await insertSupplier(app, org));
      await take(c.id, supplierIds[i]);
    }
    await as.gatekeeper.ok(OPS.declareConflict, { caseId: c.id, supplierId: supplierIds[1], statement: 'I hold shares in it' });
    await as.buyer.ok(OPS.submitShortlist, { caseId: c.id });
    const refused = await as.gatekeeper.error(OPS.approveShortlist, { caseId: c.id });
    expect(refused.extensions).toMatchObject({ code: ErrorCode.CONFLICT_OF_INTEREST, supplierIds: [supplierIds[1]] });
    expect((await shortlistOf(c.id)).status).toBe('SUBMITTED');
    // Another gatekeeper, without a conflict, may.
    expect((await buyerGatekeeper.ok(OPS.approveShortlist, { caseId: c.id }))['approveShortlist'].status).toBe('APPROVED');
  });

  it('whoever submitted a shortlist cannot approve it (separation of duties)', async () => {
    const c = await walk.inSourcing();
    for (let i = 0; i < 3; i++) await take(c.id, await insertSupplier(app, org), 'IN', 'Fits', buyerGatekeeper);
    await buyerGatekeeper.ok(OPS.submitShortlist, { caseId: c.id });
    const refused = await buyerGatekeeper.error(OPS.approveShortlist, { caseId: c.id });
    expect(refused.extensions?.code).toBe(ErrorCode.SEPARATION_OF_DUTIES);
    expect(refused.message).toMatch(/separation of duties/);
    expect((await shortlistOf(c.id)).status).toBe('SUBMITTED');
    expect((await as.gatekeeper.ok(OPS.approveShortlist, { caseId: c.id }))['approveShortlist'].status).toBe('APPROVED');
  });

  it('the shortlist is frozen once the case is past SOURCING (STAGE_LOCKED)', async () => {
    const c = await walk.inSourcing();
    await walk.approvedShortlist(c.id, 3);
    await walk.publishRfq(c.id);
    const locked = await as.buyer.error(OPS.setEntry, { caseId: c.id, supplierId: await insertSupplier(app, org), decision: 'IN', reason: 'Late', source: 'SEARCH' });
    expect(locked.extensions?.code).toBe(ErrorCode.STAGE_LOCKED);
    expect(DEMO.gatekeeper).toBe('gatekeeper@nordwind.example');
  });
});
