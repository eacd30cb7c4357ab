import type { GraphQLClient } from './support/graphql-client';
import { AWARD_OPS, awardedCase, caseInDecision, closeRfq, DecisionCase } from './support/award-fixtures';
import { codelistErrors, schemaErrors } from './support/ocds-validator';
import { DEMO } from './support/purchasing-fixtures';
import { inSeconds, invitationOf, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Open data (issue 17): each case that has left its RFQ stage as OCDS 1.1.5 releases and a
 * compiled record, valid against the official schema; nothing about quotes before the RFQ has
 * closed; contacts only where the organization publishes them; a streamed bulk package; and a
 * public, cacheable feed for organizations that switch it on.
 */
describe('open data (OCDS)', () => {
  let app: TestApp;
  let w: RfqWorld;
  let admin: GraphQLClient;
  let awarded: DecisionCase & { proposalId: string };
  let split: DecisionCase;
  let amended: { caseId: string; rfqId: string; reference: string };
  let open: { caseId: string; rfqId: string };
  let other: { orgId: string; client: GraphQLClient };

  const SETTINGS = `ocidPrefix includeContacts publicPublishing publicPath updatedAt`;
  const update = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request(`mutation ($input: UpdateOpenDataSettingsInput!) { updateOpenDataSettings(input: $input) { ${SETTINGS} } }`, { input });
  const get = (client: GraphQLClient | null, path: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, { headers: { ...headers, ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}) } });
  const casePackage = async (client: GraphQLClient, caseId: string, kind: 'release' | 'record' = 'release') => {
    const res = await get(client, `/api/cases/${caseId}/ocds/${kind}-package.json`);
    return { status: res.status, body: res.status === 200 ? await res.json() : await res.text() };
  };
  const expectValid = (kind: 'release' | 'record', body: any) => {
    expect(schemaErrors(kind, body)).toEqual([]);
    const releases = kind === 'release' ? body.releases : body.records.flatMap((r: any) => [...r.releases, r.compiledRelease]);
    expect(codelistErrors(releases)).toEqual([]);
  };
  const everything = (body: any) => JSON.stringify(body);

  beforeAll(async () => {
    app = await startTestApp();
    w = await rfqWorld(app);
    admin = await app.as(DEMO.admin);
    other = await secondTenant(app, ['ADMIN', 'BUYER', 'GATEKEEPER']);
    awarded = await awardedCase(app, w);

    // A split award: line 1 to Hanse, the others to Alpine.
    split = await caseInDecision(app, w);
    const lines = split.lineKeys.map((lineKey, i) => ({ lineKey, invitationId: i === 0 ? split.hanseInv : split.alpineInv }));
    const proposal = (await w.as.buyer.ok(AWARD_OPS.propose, { input: { caseId: split.caseId, lines, justification: 'Two sources for supply security' } }))['proposeAward'];
    let current = proposal;
    for (const client of [w.as.decider, w.as.gatekeeper]) {
      if (current.status !== 'PENDING') break;
      const mine = await client.request(AWARD_OPS.approve, { proposalId: proposal.id });
      if (!mine.errors?.length) current = mine.data!['approveAward'];
    }
    expect(current.status).toBe('APPROVED');

    // A closing time moved once, then closed with one quote.
    const p = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    await w.as.buyer.ok(RFQ_OPS.extend, { id: p.rfqId, closesAt: inSeconds(7200), reason: 'A supplier asked for more time' });
    const inv = await invitationOf(w.as.supplier, p.rfq.reference);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: inv, input: await quoteFor(w.as.supplier, inv, '95.00') });
    await closeRfq(app, p.rfqId);
    amended = { caseId: p.caseId, rfqId: p.rfqId, reference: p.rfq.reference };

    // Still open: a quote is in, the closing time has not come.
    const o = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
    const oInv = await invitationOf(w.as.supplier, o.rfq.reference);
    await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: oInv, input: await quoteFor(w.as.supplier, oInv, '77.77') });
    open = { caseId: o.caseId, rfqId: o.rfqId };
  }, 600_000);
  afterAll(() => app.close());

  it('produces nothing until the organization has an ocid prefix (OCID_PREFIX_MISSING)', async () => {
    const res = await get(w.as.buyer, `/api/cases/${awarded.caseId}/ocds/release-package.json`);
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('OCID_PREFIX_MISSING');
  });

  it('lets only an admin set the settings, and refuses a prefix that is not `ocds-` and six lowercase letters or digits', async () => {
    const denied = await update(w.as.buyer, { ocidPrefix: 'ocds-bc0001' });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const bad of ['ocds-ABC123', 'ocds-12345', 'ocds-1234567', 'xyz-123456', 'ocds-12 456']) {
      const res = await update(admin, { ocidPrefix: bad });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'OCID_PREFIX_INVALID', field: 'ocidPrefix' });
    }
    const publicFirst = await update(admin, { publicPublishing: true });
    expect(publicFirst.errors?.[0].extensions).toMatchObject({ code: 'OCID_PREFIX_MISSING', field: 'ocidPrefix' });
    const ok = await update(admin, { ocidPrefix: 'ocds-bc0001' });
    expect(ok.data!['updateOpenDataSettings']).toMatchObject({ ocidPrefix: 'ocds-bc0001', includeContacts: false, publicPublishing: false, publicPath: null });
    expect((await w.as.buyer.ok(`{ openDataSettings { ${SETTINGS} } }`))['openDataSettings'].ocidPrefix).toBe('ocds-bc0001');
  });

  it('publishes an awarded case as tender, closing and award releases with stable ids, valid against OCDS 1.1.5', async () => {
    const { status, body } = await casePackage(w.as.buyer, awarded.caseId);
    expect(status).toBe(200);
    expectValid('release', body);
    const ocid = `ocds-bc0001-${awarded.caseReference}`;
    expect(body.releases.map((r: any) => [r.id, r.tag])).toEqual([
      [`${ocid}-tender`, ['tender']],
      [`${ocid}-closed`, ['tenderUpdate']],
      [`${ocid}-award`, ['award', 'tenderUpdate']],
    ]);
    const last = body.releases[2];
    expect(last.tender).toMatchObject({
      id: awarded.rfqReference,
      status: 'complete',
      procurementMethod: 'limited',
      awardCriteria: 'ratedCriteria',
      numberOfTenderers: 2,
      submissionMethod: ['electronicSubmission'],
    });
    expect(last.tender.items).toHaveLength(awarded.lineKeys.length);
    expect(last.tender.items[0].classification).toMatchObject({ scheme: 'CPV', id: expect.stringMatching(/^\d{8}$/) });
    expect(last.tender.tenderPeriod.endDate).toEqual(expect.any(String));
    expect(last.tender.enquiryPeriod.endDate).toEqual(expect.any(String));
    expect(last.tender.documents[0]).toMatchObject({ documentType: 'biddingDocuments', url: expect.stringContaining(`/api/rfqs/${awarded.rfqId}/document.pdf`) });
    expect(last.awards).toHaveLength(1);
    expect(last.awards[0]).toMatchObject({ status: 'active', value: { currency: 'EUR' }, suppliers: [{ name: expect.stringContaining('Hanse') }] });
    expect(last.awards[0].documents[0].url).toContain(`/api/cases/${awarded.caseId}/decision-record.pdf`);
    const roles = Object.fromEntries(last.parties.map((p: any) => [p.name, p.roles]));
    expect(Object.values(roles)).toEqual(expect.arrayContaining([['buyer', 'procuringEntity'], ['tenderer', 'supplier'], ['tenderer']]));
    // The same request gives the same releases (ids and content), only the package date moves.
    const again = (await casePackage(w.as.buyer, awarded.caseId)).body;
    expect(again.releases).toEqual(body.releases);
  });

  it('compiles a record by the OCDS merge rules, valid against the record package schema', async () => {
    const { status, body } = await casePackage(w.as.decider, awarded.caseId, 'record');
    expect(status).toBe(200);
    expectValid('record', body);
    const [record] = body.records;
    expect(record.ocid).toBe(`ocds-bc0001-${awarded.caseReference}`);
    expect(record.releases).toHaveLength(3);
    expect(record.compiledRelease).toMatchObject({ id: `${record.ocid}-compiled`, tag: ['compiled'], tender: { status: 'complete', numberOfTenderers: 2 } });
    expect(record.compiledRelease.awards).toHaveLength(1);
    expect(record.compiledRelease.date).toBe(record.releases[2].date);
  });

  it('names every supplier of a split award, each with its items', async () => {
    const { body } = await casePackage(w.as.buyer, split.caseId);
    expectValid('release', body);
    const award = body.releases.at(-1).awards[0];
    expect(award.suppliers.map((s: any) => s.name).sort()).toEqual([expect.stringContaining('Alpine'), expect.stringContaining('Hanse')]);
    expect(award.items).toHaveLength(split.lineKeys.length);
    const suppliers = body.releases.at(-1).parties.filter((p: any) => p.roles.includes('supplier'));
    expect(suppliers).toHaveLength(2);
  });

  it('records a moved closing time as a tender amendment, and the original period in the tender release', async () => {
    const { body } = await casePackage(w.as.buyer, amended.caseId);
    expectValid('release', body);
    const [tender, amendment, closed] = body.releases;
    expect(amendment.tag).toEqual(['tenderAmendment']);
    expect(new Date(amendment.tender.tenderPeriod.endDate).getTime()).toBeGreaterThan(new Date(tender.tender.tenderPeriod.endDate).getTime());
    expect(amendment.tender.amendments).toEqual([
      expect.objectContaining({ id: '1', rationale: 'A supplier asked for more time', amendsReleaseID: tender.id, releaseID: amendment.id }),
    ]);
    expect(closed).toMatchObject({ tag: ['tenderUpdate'], tender: { numberOfTenderers: 1, status: 'active' } });
    expect(closed.tender.amendments).toHaveLength(1);
  });

  it('says nothing about quotes before the RFQ has closed: no package, nothing in the bulk or the feed, and no tenderers in releases dated before closing', async () => {
    expect((await casePackage(w.as.buyer, open.caseId)).status).toBe(404);
    const bulk = await get(admin, `/api/open-data/releases.json?from=2000-01-01&to=2100-01-01`);
    const all = await bulk.json();
    expect(everything(all)).not.toContain(open.caseId);
    expect(everything(all)).not.toContain('77.77');
    for (const r of all.releases.filter((x: any) => x.tag.includes('tender') || x.tag.includes('tenderAmendment'))) {
      expect(r.tender.numberOfTenderers).toBeUndefined();
      expect(r.tender.tenderers).toBeUndefined();
      expect(r.parties.every((p: any) => p.roles.every((role: string) => role === 'buyer' || role === 'procuringEntity'))).toBe(true);
      expect(r.awards).toBeUndefined();
    }
  });

  it('publishes organizations only, no contact persons, until the organization includes contacts; then the buyer and the suppliers’ contacts', async () => {
    const without = (await casePackage(w.as.buyer, awarded.caseId)).body;
    expect(everything(without)).not.toContain('contactPoint');
    expect(everything(without)).not.toMatch(/@nordwind\.example|@hanse-industrie\.example/);
    await app.dataSource.query(`INSERT INTO supplier_contact (organization_id, supplier_id, name, email, phone) VALUES ($1, $2, 'Hannes Sales', 'hannes@hanse.example', '+49 40 1234')`, [
      w.organizationId,
      w.hanseSupplierId,
    ]);
    await update(admin, { includeContacts: true });
    const withContacts = (await casePackage(w.as.buyer, awarded.caseId)).body;
    expectValid('release', withContacts);
    const parties = withContacts.releases.at(-1).parties;
    expect(parties.find((p: any) => p.roles.includes('buyer')).contactPoint).toMatchObject({ email: DEMO.buyer });
    expect(parties.find((p: any) => p.roles.includes('supplier')).contactPoint).toEqual({ name: 'Hannes Sales', email: 'hannes@hanse.example', telephone: '+49 40 1234' });
    await update(admin, { includeContacts: false });
  });

  it('lets the case’s award readers download (its team, the organization’s deciders), and nobody else', async () => {
    expect((await casePackage(w.as.specifier, awarded.caseId)).status).toBe(200);
    // Not on this case's team: as if the case did not exist.
    expect((await casePackage(w.as.advisor, awarded.caseId)).status).toBe(404);
    expect((await casePackage(w.as.supplier, awarded.caseId)).status).toBe(404);
    expect((await casePackage(other.client, awarded.caseId)).status).toBe(404);
    expect((await get(null, `/api/cases/${awarded.caseId}/ocds/release-package.json`)).status).toBe(401);
  });

  it('streams a period’s releases as one valid package, for admins and gatekeepers; a bad period names its field', async () => {
    const res = await get(admin, `/api/open-data/releases.json?from=2000-01-01&to=2100-01-01`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const body = await res.json();
    expectValid('release', body);
    const ids = body.releases.map((r: any) => r.ocid);
    for (const c of [awarded, split]) expect(ids).toContain(`ocds-bc0001-${c.caseReference}`);
    const future = await (await get(admin, `/api/open-data/releases.json?from=2099-01-01&to=2100-01-01`)).json();
    expect(future.releases).toEqual([]);
    expect((await get(w.as.buyer, `/api/open-data/releases.json?from=2000-01-01&to=2100-01-01`)).status).toBe(403);
    const bad = await get(admin, `/api/open-data/releases.json?from=yesterday&to=2100-01-01`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'from' });
    const reversed = await get(admin, `/api/open-data/releases.json?from=2100-01-01&to=2000-01-01`);
    expect(await reversed.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'to' });
  });

  it('serves a public, cacheable feed only while public publishing is on, and never another organization’s cases', async () => {
    const path = '/api/public/ocds/ocds-bc0001/releases.json';
    expect((await get(null, path)).status).toBe(404);
    const on = await update(admin, { publicPublishing: true });
    expect(on.data!['updateOpenDataSettings'].publicPath).toBe(path);

    const res = await get(null, path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const page = await res.json();
    expectValid('release', page);
    expect(new Set(page.releases.map((r: any) => r.ocid))).toEqual(new Set([awarded, split].map((c) => `ocds-bc0001-${c.caseReference}`).concat(`ocds-bc0001-${(await caseRef(amended.caseId))}`)));
    expect(everything(page)).not.toContain('contactPoint');
    expect(everything(page)).not.toContain(open.caseId);
    expect(res.headers.get('link')).toBeNull();

    const cached = await get(null, path, { 'if-none-match': etag });
    expect(cached.status).toBe(304);
    expect((await get(null, `${path}?cursor=not-a-cursor`)).status).toBe(400);
    expect((await get(null, '/api/public/ocds/ocds-zz9999/releases.json')).status).toBe(404);

    // Another organization with public publishing on: its feed holds none of this one's cases.
    await update(other.client, { ocidPrefix: 'ocds-zz0002', publicPublishing: true });
    const theirs = await (await get(null, '/api/public/ocds/ocds-zz0002/releases.json')).json();
    expect(theirs.releases).toEqual([]);
    const taken = await update(other.client, { ocidPrefix: 'ocds-bc0001' });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'ocidPrefix' });

    await update(admin, { publicPublishing: false });
    expect((await get(null, path)).status).toBe(404);
  });

  async function caseRef(caseId: string): Promise<string> {
    const [row] = await app.dataSource.query(`SELECT reference FROM purchase_case WHERE id = $1`, [caseId]);
    return row.reference;
  }
});
