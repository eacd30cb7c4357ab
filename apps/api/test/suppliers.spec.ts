import { Client } from 'pg';
import { AppError, RequestContext } from '@bc/api/core';
import { ReliabilityRefreshService, SUPPLIER_BLOCKED, SupplierSearchService, SupplierService } from '@bc/api/suppliers';
import { ErrorCode, QualificationStatus, Role } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { CREATE_SUPPLIER, isoDay, secondTenant, SUPPLIER_FIELDS } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ROLES = ['requester', 'specifier', 'buyer', 'gatekeeper', 'advisor', 'decider', 'admin'] as const;
type RoleName = (typeof ROLES)[number] | 'supplier';

describe('the supplier directory', () => {
  let app: TestApp;
  const as = {} as Record<RoleName, GraphQLClient>;
  let pumpsId: string;

  const create = async (input: Record<string, unknown>) => (await as.buyer.ok(CREATE_SUPPLIER, { input }))['createSupplier'];

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ROLES) as[role] = await app.as(`${role}@nordwind.example`);
    as.supplier = await app.as('supplier@hanse-industrie.example');
    pumpsId = (await create({ name: 'Weser Pumpen GmbH', country: 'de', categories: ['42122000-0'], tags: ['pumps'] })).id;
  });
  afterAll(() => app.close());

  describe('permissions: each mutation for each role', () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    // [mutation, variables, roles allowed]
    const cases: Array<[string, string, () => Record<string, unknown>, RoleName[]]> = [
      ['createSupplier', `mutation ($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`, () => ({ input: { name: `Perm ${Math.random()}`, country: 'DE' } }), ['buyer']],
      ['updateSupplier', `mutation ($id: ID!) { updateSupplier(id: $id, input: { description: "x" }) { id } }`, () => ({ id: pumpsId }), ['buyer']],
      ['setSupplierQualification', `mutation ($id: ID!) { setSupplierQualification(id: $id, status: QUALIFIED) { id } }`, () => ({ id: pumpsId }), ['buyer']],
      ['blockSupplier', `mutation ($id: ID!) { blockSupplier(id: $id, reason: "sanctions check") { id } }`, () => ({ id: missing }), ['gatekeeper']],
      ['unblockSupplier', `mutation ($id: ID!) { unblockSupplier(id: $id) { id } }`, () => ({ id: missing }), ['gatekeeper']],
      ['addSupplierContact', `mutation ($id: ID!) { addSupplierContact(supplierId: $id, input: { name: "Eva" }) { id } }`, () => ({ id: missing }), ['buyer']],
      ['removeSupplierContact', `mutation ($id: ID!) { removeSupplierContact(contactId: $id) { id } }`, () => ({ id: missing }), ['buyer']],
      ['addCertificate', `mutation ($id: ID!) { addCertificate(supplierId: $id, input: { name: "ISO 9001" }) { id } }`, () => ({ id: missing }), ['buyer']],
      ['removeCertificate', `mutation ($id: ID!) { removeCertificate(certificateId: $id) { id } }`, () => ({ id: missing }), ['buyer']],
      ['addSupplierDocument', `mutation ($id: ID!) { addSupplierDocument(supplierId: $id, input: { title: "t", fileId: "${missing}" }) { id } }`, () => ({ id: missing }), ['buyer']],
      ['removeSupplierDocument', `mutation ($id: ID!) { removeSupplierDocument(documentId: $id) { id } }`, () => ({ id: missing }), ['buyer']],
      ['addSupplierNote', `mutation ($id: ID!) { addSupplierNote(supplierId: $id, body: "n") { id } }`, () => ({ id: missing }), ['specifier', 'buyer', 'gatekeeper', 'advisor']],
      ['recordPerformance', `mutation ($id: ID!) { recordPerformance(input: { supplierId: $id, kind: AWARD, occurredOn: "2026-01-05" }) { id } }`, () => ({ id: missing }), ['buyer', 'advisor']],
      ['linkSupplierPortal', `mutation ($id: ID!) { linkSupplierPortal(supplierId: $id, organizationId: null) { id } }`, () => ({ id: missing }), ['buyer']],
      ['importSuppliers', `mutation { importSuppliers(csv: "name,country\\n") { written } }`, () => ({}), ['buyer']],
    ];
    const everyone: RoleName[] = [...ROLES, 'supplier'];
    it.each(cases)('%s', async (_name, mutation, variables, allowed) => {
      for (const role of everyone) {
        const res = await as[role].request(mutation, variables());
        const code = res.errors?.[0]?.extensions?.code;
        if (allowed.includes(role)) expect([role, code]).not.toEqual([role, ErrorCode.FORBIDDEN]);
        else expect([role, code]).toEqual([role, ErrorCode.FORBIDDEN]);
      }
    });

    it('lets the workspace roles read the directory, not the admin or a supplier company', async () => {
      for (const role of everyone) {
        const res = await as[role].request(`{ suppliers { total } }`);
        const workspace = role !== 'admin' && role !== 'supplier';
        expect([role, res.errors?.[0]?.extensions?.code ?? 'OK']).toEqual([role, workspace ? 'OK' : ErrorCode.FORBIDDEN]);
      }
    });
  });

  it('creates a supplier with its categories and audits it', async () => {
    const s = await create({ name: '  Elbe Hydraulik AG ', country: 'de', categories: ['42121100-4'], tags: ['Hydraulik'], website: 'https://elbe-hydraulik.example' });
    expect(s).toMatchObject({
      name: 'Elbe Hydraulik AG',
      country: 'DE',
      qualificationStatus: 'PROSPECT',
      hasExpiredCertificate: false,
      categories: [{ code: '42121100-4', label: 'Hydraulic or pneumatic cylinders', prefix: '421211', level: 5, parentCode: '42121000-3' }],
      reliability: { score: null, deliveries: 0 },
    });
    const [event] = await app.dataSource.query(`SELECT action, summary FROM audit_event WHERE entity_id = $1`, [s.id]);
    expect(event).toMatchObject({ action: 'supplier.created', summary: { name: 'Elbe Hydraulik AG' } });
  });

  it('refuses bad input with VALIDATION_FAILED naming the field', async () => {
    const bad = async (input: Record<string, unknown>) => as.buyer.error(CREATE_SUPPLIER, { input: { name: 'Valid GmbH', country: 'DE', ...input } });
    expect((await bad({ country: 'XX' })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.country' });
    expect((await bad({ name: '  ' })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.name' });
    expect((await bad({ name: 'x'.repeat(201) })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.name' });
    expect((await bad({ categories: ['4212'] })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.categories' });
    expect((await bad({ categories: ['42122000-0', '99999999-9'] })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.categories.1' });
    expect((await bad({ website: 'javascript:alert(1)' })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.website' });
    const contact = await as.buyer.error(`mutation ($id: ID!) { addSupplierContact(supplierId: $id, input: { name: "Eva", email: "not-an-email" }) { id } }`, { id: pumpsId });
    expect(contact.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.email' });
    const perf = await as.buyer.error(`mutation ($id: ID!) { recordPerformance(input: { supplierId: $id, kind: DELIVERY, occurredOn: "2026-02-30", onTime: true }) { id } }`, { id: pumpsId });
    expect(perf.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.occurredOn' });
    const page = await as.buyer.error(`{ suppliers(limit: 500) { total } }`);
    expect(page.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'limit' });
    const filter = await as.buyer.error(`{ suppliers(filter: { category: "pumps" }) { total } }`);
    expect(filter.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'filter.category' });
  });

  it('refuses a second supplier of the same name and country, in any case', async () => {
    const dup = await as.buyer.error(CREATE_SUPPLIER, { input: { name: 'WESER PUMPEN GMBH', country: 'DE' } });
    expect(dup.extensions).toMatchObject({ code: ErrorCode.CONFLICT, field: 'input.name' });
    const other = await create({ name: 'Weser Pumpen GmbH', country: 'AT' });
    expect(other.country).toBe('AT');
  });

  it('flags an expired certificate and filters by certificate validity', async () => {
    const valid = await create({ name: 'Cert Valid GmbH', country: 'DE' });
    const expired = await create({ name: 'Cert Expired GmbH', country: 'DE' });
    const none = await create({ name: 'Cert None GmbH', country: 'DE' });
    const add = `mutation ($id: ID!, $input: CertificateInput!) { addCertificate(supplierId: $id, input: $input) { hasExpiredCertificate certificates { name validUntil expired } } }`;
    await as.buyer.ok(add, { id: valid.id, input: { name: 'ISO 9001', validUntil: isoDay(200) } });
    await as.buyer.ok(add, { id: valid.id, input: { name: 'ISO 14001' } });
    await as.buyer.ok(add, { id: expired.id, input: { name: 'ISO 9001', validUntil: isoDay(200) } });
    const after = (await as.buyer.ok(add, { id: expired.id, input: { name: 'ISO 50001', issuer: 'TÜV', validFrom: isoDay(-800), validUntil: isoDay(-1) } }))['addCertificate'];
    expect(after.hasExpiredCertificate).toBe(true);
    expect(after.certificates).toEqual([
      { name: 'ISO 50001', validUntil: isoDay(-1), expired: true },
      { name: 'ISO 9001', validUntil: isoDay(200), expired: false },
    ]);
    const names = async (certificates: string) =>
      (await as.buyer.ok(`{ suppliers(filter: { search: "Cert", certificates: ${certificates} }, limit: 50) { items { name } } }`))['suppliers'].items.map((s: { name: string }) => s.name).sort();
    expect(await names('ALL_VALID')).toEqual(['Cert Valid GmbH']);
    expect(await names('SOME_EXPIRED')).toEqual(['Cert Expired GmbH']);
    expect(await names('NONE')).toEqual([none.name]);

    // Removing the expired certificate clears the flag.
    const certs = (await as.buyer.ok(`query ($id: ID!) { supplier(id: $id) { certificates { id name } } }`, { id: expired.id }))['supplier'].certificates;
    const gone = certs.find((c: { name: string }) => c.name === 'ISO 50001').id;
    const cleared = (await as.buyer.ok(`mutation ($id: ID!) { removeCertificate(certificateId: $id) { hasExpiredCertificate } }`, { id: gone }))['removeCertificate'];
    expect(cleared.hasExpiredCertificate).toBe(false);
  });

  it('lets only a gatekeeper block, with a reason; a blocked supplier cannot be re-qualified and unblocking restores its status', async () => {
    const s = await create({ name: 'Blockbau KG', country: 'DE' });
    await as.buyer.ok(`mutation ($id: ID!) { setSupplierQualification(id: $id, status: APPROVED) { id } }`, { id: s.id });
    const noReason = await as.gatekeeper.error(`mutation ($id: ID!) { blockSupplier(id: $id, reason: "  ") { id } }`, { id: s.id });
    expect(noReason.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'reason' });
    const asStatus = await as.buyer.error(`mutation ($id: ID!) { setSupplierQualification(id: $id, status: BLOCKED) { id } }`, { id: s.id });
    expect(asStatus.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'status' });
    const blocked = (await as.gatekeeper.ok(`mutation ($id: ID!) { blockSupplier(id: $id, reason: "Failed audit") { qualificationStatus blockedReason } }`, { id: s.id }))['blockSupplier'];
    expect(blocked).toEqual({ qualificationStatus: 'BLOCKED', blockedReason: 'Failed audit' });
    const requalify = await as.buyer.error(`mutation ($id: ID!) { setSupplierQualification(id: $id, status: QUALIFIED) { id } }`, { id: s.id });
    expect(requalify.extensions?.code).toBe(ErrorCode.CONFLICT);
    const lifted = (await as.gatekeeper.ok(`mutation ($id: ID!) { unblockSupplier(id: $id) { qualificationStatus blockedReason } }`, { id: s.id }))['unblockSupplier'];
    expect(lifted).toEqual({ qualificationStatus: 'APPROVED', blockedReason: null });
    const actions = (await app.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY sequence`, [s.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['supplier.created', 'supplier.qualification-changed', 'supplier.blocked', 'supplier.unblocked']);
  });

  it('keeps contacts and notes, and records performance into the reliability score in the same transaction', async () => {
    const s = await create({ name: 'Reliable Parts GmbH', country: 'DE' });
    const withContact = (await as.buyer.ok(`mutation ($id: ID!) { addSupplierContact(supplierId: $id, input: { name: "Eva Kranz", email: "EVA@reliable.example", phone: "+49 40 123" }) { contacts { id name email phone } } }`, { id: s.id }))['addSupplierContact'];
    expect(withContact.contacts).toEqual([{ id: expect.any(String), name: 'Eva Kranz', email: 'eva@reliable.example', phone: '+49 40 123' }]);
    const removed = (await as.buyer.ok(`mutation ($id: ID!) { removeSupplierContact(contactId: $id) { contacts { id } } }`, { id: withContact.contacts[0].id }))['removeSupplierContact'];
    expect(removed.contacts).toEqual([]);
    const noted = (await as.advisor.ok(`mutation ($id: ID!) { addSupplierNote(supplierId: $id, body: "Good at short notice") { notes { body authorName } } }`, { id: s.id }))['addSupplierNote'];
    expect(noted.notes).toEqual([{ body: 'Good at short notice', authorName: expect.any(String) }]);

    const record = (input: Record<string, unknown>) =>
      as.buyer.ok(`mutation ($input: RecordPerformanceInput!) { recordPerformance(input: $input) { reliability { score onTimeRate deliveries lateDeliveries qualityIncidents awards } } }`, { input: { supplierId: s.id, ...input } });
    for (let i = 0; i < 3; i++) await record({ kind: 'DELIVERY', occurredOn: isoDay(-10 - i), onTime: true });
    await record({ kind: 'DELIVERY', occurredOn: isoDay(-20), onTime: false });
    await record({ kind: 'AWARD', occurredOn: isoDay(-30) });
    // Older than three years: not counted.
    await record({ kind: 'QUALITY_INCIDENT', occurredOn: isoDay(-4 * 365) });
    const last = (await record({ kind: 'QUALITY_INCIDENT', occurredOn: isoDay(-5), note: 'Rejected lot' }))['recordPerformance'];
    expect(last.reliability).toEqual({ score: 65, onTimeRate: 0.75, deliveries: 4, lateDeliveries: 1, qualityIncidents: 1, awards: 1 });
    const [row] = await app.dataSource.query(`SELECT reliability_score FROM supplier WHERE id = $1`, [s.id]);
    expect(row.reliability_score).toBe(65);
    const reliable = (await as.buyer.ok(`{ suppliers(filter: { minReliability: 60 }) { items { name } } }`))['suppliers'].items;
    expect(reliable).toEqual([{ name: 'Reliable Parts GmbH' }]);

    // Events age out of the window with time alone: a nightly job (a pg-boss schedule) recomputes every
    // score that no longer matches the events in the window (here: one made stale by hand).
    await app.dataSource.query(`UPDATE supplier SET reliability_score = 12 WHERE id = $1`, [s.id]);
    const refresh = app.running.app.get(ReliabilityRefreshService);
    expect(await refresh.refreshAll()).toBeGreaterThanOrEqual(1);
    expect((await app.dataSource.query(`SELECT reliability_score FROM supplier WHERE id = $1`, [s.id]))[0].reliability_score).toBe(65);
    expect(await refresh.refreshAll()).toBe(0);
    const [schedule] = await app.dataSource.query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = 'supplier-reliability-refresh'`);
    expect(schedule).toEqual({ cron: '15 2 * * *', timezone: 'Europe/Berlin' });

    const noOnTime = await as.buyer.error(`mutation ($id: ID!) { recordPerformance(input: { supplierId: $id, kind: DELIVERY, occurredOn: "2026-01-05" }) { id } }`, { id: s.id });
    expect(noOnTime.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.onTime' });
    const future = await as.buyer.error(`mutation ($id: ID!) { recordPerformance(input: { supplierId: $id, kind: AWARD, occurredOn: "${isoDay(3)}" }) { id } }`, { id: s.id });
    expect(future.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.occurredOn' });
    await expect(app.dataSource.query(`UPDATE supplier_performance_event SET on_time = true`)).rejects.toThrow(/append-only/);
  });

  it("links the supplier company's portal account, which must be a supplier organization", async () => {
    const [hanse] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Hanse Industrietechnik GmbH'`);
    const [nordwind] = await app.dataSource.query(`SELECT id FROM organization WHERE kind = 'BUYING' ORDER BY created_at LIMIT 1`);
    const accounts = `query ($s: String!) { supplierPortalAccounts(search: $s) { id name kind } }`;
    expect((await as.buyer.ok(accounts, { s: 'hanse' }))['supplierPortalAccounts']).toEqual([{ id: hanse.id, name: 'Hanse Industrietechnik GmbH', kind: 'SUPPLIER' }]);
    expect((await as.buyer.ok(accounts, { s: 'Nordwind' }))['supplierPortalAccounts']).toEqual([]);
    expect((await as.buyer.ok(accounts, { s: '%%' }))['supplierPortalAccounts']).toEqual([]);
    expect((await as.buyer.error(accounts, { s: 'h' })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'search' });
    expect((await as.specifier.error(accounts, { s: 'hanse' })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    const link = `mutation ($s: ID!, $o: ID) { linkSupplierPortal(supplierId: $s, organizationId: $o) { portalOrganization { name kind } } }`;
    expect((await as.buyer.error(link, { s: pumpsId, o: nordwind.id })).extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'organizationId' });
    expect((await as.buyer.ok(link, { s: pumpsId, o: hanse.id }))['linkSupplierPortal'].portalOrganization).toEqual({ name: 'Hanse Industrietechnik GmbH', kind: 'SUPPLIER' });
    // One portal account, one directory entry: a second entry is refused, naming the first.
    const other = (await as.buyer.ok(`mutation { createSupplier(input: { name: "Hanse Duplicate KG", country: "DE" }) { id } }`))['createSupplier'].id;
    const [pumps] = await app.dataSource.query(`SELECT name FROM supplier WHERE id = $1`, [pumpsId]);
    expect((await as.buyer.error(link, { s: other, o: hanse.id })).extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: 'organizationId',
      supplierId: pumpsId,
      supplierName: pumps.name,
    });
    expect((await as.buyer.ok(link, { s: pumpsId, o: null }))['linkSupplierPortal'].portalOrganization).toBeNull();
  });

  describe('for purchasing: suggestions by category and usable suppliers', () => {
    let ctx: RequestContext;
    beforeAll(async () => {
      const [buyer] = await app.dataSource.query(`SELECT id, organization_id, name FROM app_user WHERE email = 'buyer@nordwind.example'`);
      ctx = RequestContext.system({ sessionId: 'test', userId: buyer.id, organizationId: buyer.organization_id, roles: [Role.BUYER], userName: buyer.name });
    });

    it('ranks the unblocked suppliers under a category by qualification, reliability and certificates', async () => {
      const approved = await create({ name: 'Rank Approved GmbH', country: 'DE', categories: ['42122130-0'] });
      const prospect = await create({ name: 'Rank Prospect GmbH', country: 'DE', categories: ['42122000-0'] });
      const blocked = await create({ name: 'Rank Blocked GmbH', country: 'DE', categories: ['42122000-0'] });
      await create({ name: 'Rank Elsewhere GmbH', country: 'DE', categories: ['44440000-6'] });
      await as.buyer.ok(`mutation ($id: ID!) { setSupplierQualification(id: $id, status: APPROVED) { id } }`, { id: approved.id });
      await as.buyer.ok(`mutation ($id: ID!) { addCertificate(supplierId: $id, input: { name: "ISO 9001", validUntil: "${isoDay(90)}" }) { id } }`, { id: approved.id });
      await as.gatekeeper.ok(`mutation ($id: ID!) { blockSupplier(id: $id, reason: "Insolvent") { id } }`, { id: blocked.id });

      const ranked = await app.running.app.get(SupplierSearchService).rankForCategory(ctx, '42122000-0', 10);
      const names = ranked.map((r) => r.supplier.name);
      // Approved with a valid certificate; then Weser Pumpen (qualified in the permission tests); then the prospect.
      expect(names).toEqual(['Rank Approved GmbH', 'Weser Pumpen GmbH', 'Rank Prospect GmbH']);
      expect(names).not.toContain('Rank Blocked GmbH');
      expect(names).not.toContain('Rank Elsewhere GmbH');
      expect(ranked[0]).toMatchObject({ qualificationPoints: 40, reliabilityPoints: 20, certificatePoints: 20, score: 80, exactCategory: false });
      expect(ranked.find((r) => r.supplier.id === prospect.id)).toMatchObject({ score: 35, exactCategory: true });

      const service = app.running.app.get(SupplierService);
      expect((await service.assertUsable(ctx, approved.id)).name).toBe('Rank Approved GmbH');
      const refusal = await service.assertUsable(ctx, blocked.id, 'input.supplierId').catch((e: AppError) => e);
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).code).toBe(ErrorCode.VALIDATION_FAILED);
      expect((refusal as AppError).options).toEqual({ field: 'input.supplierId', details: { reason: SUPPLIER_BLOCKED } });
      const many = await service.getMany(ctx, [approved.id, 'junk', '00000000-0000-4000-8000-000000000000']);
      expect([...many.keys()]).toEqual([approved.id]);
    });
  });

  describe('tenant isolation', () => {
    let other: GraphQLClient;
    beforeAll(async () => {
      other = (await secondTenant(app)).client;
    });

    it("answers NOT_FOUND for another organization's supplier, as for one that does not exist", async () => {
      const q = `query ($id: ID!) { supplier(id: $id) { name } }`;
      const foreign = await other.error(q, { id: pumpsId });
      const missing = await other.error(q, { id: '00000000-0000-4000-8000-000000000000' });
      const garbage = await other.error(q, { id: 'not-a-uuid' });
      expect(foreign.extensions?.code).toBe(ErrorCode.NOT_FOUND);
      expect(foreign.message).toBe(missing.message);
      expect(garbage.message).toBe(missing.message);
    });

    it("cannot change, block, note or record on another organization's supplier", async () => {
      const attempts = [
        `mutation ($id: ID!) { updateSupplier(id: $id, input: { name: "Taken" }) { id } }`,
        `mutation ($id: ID!) { setSupplierQualification(id: $id, status: APPROVED) { id } }`,
        `mutation ($id: ID!) { blockSupplier(id: $id, reason: "x") { id } }`,
        `mutation ($id: ID!) { addSupplierContact(supplierId: $id, input: { name: "Mole" }) { id } }`,
        `mutation ($id: ID!) { addSupplierNote(supplierId: $id, body: "hi") { id } }`,
        `mutation ($id: ID!) { recordPerformance(input: { supplierId: $id, kind: AWARD, occurredOn: "2026-01-05" }) { id } }`,
      ];
      for (const m of attempts) expect((await other.error(m, { id: pumpsId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
      const [row] = await app.dataSource.query(`SELECT name, qualification_status FROM supplier WHERE id = $1`, [pumpsId]);
      expect(row.name).toBe('Weser Pumpen GmbH');
      expect(row.qualification_status).not.toBe(QualificationStatus.BLOCKED);
    });

    it('lists, searches and exports only its own directory', async () => {
      await other.ok(CREATE_SUPPLIER, { input: { name: 'Südhafen Pumpen GmbH', country: 'DE', categories: ['42122000-0'] } });
      const page = (await other.ok(`{ suppliers(filter: { search: "pumpen" }) { total items { name } } }`))['suppliers'];
      expect(page).toEqual({ total: 1, items: [{ name: 'Südhafen Pumpen GmbH' }] });
      const byCategory = (await other.ok(`{ suppliers(filter: { category: "42000000-6" }) { total } }`))['suppliers'];
      expect(byCategory.total).toBe(1);
      const csv = (await other.ok(`{ exportSuppliers }`))['exportSuppliers'];
      expect(csv).toContain('Südhafen Pumpen GmbH');
      expect(csv).not.toContain('Weser');
    });
  });

  describe('nested fields load in batch', () => {
    let statements = 0;
    const original = Client.prototype.query;
    beforeAll(async () => {
      // Enough suppliers, each with a contact, a certificate with a file-less entry, a note and an event.
      const rows = await app.dataSource.query(
        `INSERT INTO supplier (organization_id, name, country, cpv_codes, category_prefixes, tags)
         SELECT o.id, 'Batch ' || lpad(g::text, 3, '0'), 'DE', ARRAY['42122000-0', '44440000-6'], ARRAY['42','421','4212','42122','44','444','4444'], ARRAY['batch']
           FROM organization o, generate_series(1, 60) g WHERE o.name = 'Nordwind Maschinenbau GmbH' RETURNING id, organization_id`,
      );
      for (const r of rows) {
        await app.dataSource.query(`INSERT INTO supplier_contact (organization_id, supplier_id, name) VALUES ($1, $2, 'C')`, [r.organization_id, r.id]);
        await app.dataSource.query(`INSERT INTO supplier_certificate (organization_id, supplier_id, name, valid_until) VALUES ($1, $2, 'ISO', current_date + 10)`, [r.organization_id, r.id]);
        await app.dataSource.query(`INSERT INTO supplier_note (organization_id, supplier_id, body, author_name) VALUES ($1, $2, 'n', 'A')`, [r.organization_id, r.id]);
        await app.dataSource.query(`INSERT INTO supplier_performance_event (organization_id, supplier_id, kind, occurred_on) VALUES ($1, $2, 'AWARD', current_date - 3)`, [r.organization_id, r.id]);
      }
      // Counts every statement any pg client sends (TypeORM's pool included), but for the server's
      // own background loops (the mail worker, pg-boss, the closing sweep), which poll whenever they please.
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        const sql = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
        if (!/outbox_message|pgboss|FROM rfq WHERE status = 'PUBLISHED'/i.test(sql)) statements += 1;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof Client.prototype.query;
    });
    afterAll(() => {
      Client.prototype.query = original;
    });

    const page = `query ($limit: Int!) { suppliers(filter: { tags: ["batch"] }, limit: $limit) { total items { ${SUPPLIER_FIELDS} } } }`;
    const count = async (limit: number) => {
      statements = 0;
      const data = (await as.buyer.ok(page, { limit }))['suppliers'];
      expect(data.items).toHaveLength(limit);
      expect(data.items[0].contacts).toHaveLength(1);
      expect(data.items[0].categories).toHaveLength(2);
      return statements;
    };

    it('runs the same number of statements for 5 suppliers as for 50', async () => {
      const five = await count(5);
      const fifty = await count(50);
      expect(fifty).toBe(five);
      // The counter does count: a page with its nested fields is several statements.
      expect(five).toBeGreaterThanOrEqual(8);
      // session + page + categories, contacts, certificates, documents, notes, counts, events (files and portals have no keys here)
      expect(five).toBeLessThanOrEqual(10);
    });
  });
});
