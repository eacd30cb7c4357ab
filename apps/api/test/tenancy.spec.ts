import { PasswordService } from '@bc/api/identity';
import { ErrorCode, Role } from '@bc/shared/domain';
import { NEW_CASE, OPS } from './support/purchasing-fixtures';
import { CREATE_SUPPLIER, isoDay, secondTenant } from './support/supplier-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** A second buying organization whose admin tries to reach the demo organization's users. */
describe('tenant isolation of users', () => {
  let app: TestApp;
  let nordwindBuyerId: string;
  let otherAdmin: Awaited<ReturnType<TestApp['as']>>;

  beforeAll(async () => {
    app = await startTestApp();
    const nordwindAdmin = await app.as('admin@nordwind.example');
    // A second tenant: organizations are founded by operators, not through the API.
    const [{ id: orgId }] = await app.dataSource.query(
      `INSERT INTO organization (name, kind, country) VALUES ('Südhafen Logistik AG', 'BUYING', 'DE') RETURNING id`,
    );
    const hash = await app.running.app.get(PasswordService).hash('südhafen admin passphrase');
    await app.dataSource.query(
      `INSERT INTO app_user (organization_id, email, name, password_hash, roles) VALUES ($1, 'admin@suedhafen.example', 'Ole Jensen', $2, '{ADMIN}')`,
      [orgId, hash],
    );
    otherAdmin = await app.client().signIn('admin@suedhafen.example', 'südhafen admin passphrase');
    nordwindBuyerId = (await nordwindAdmin.ok(`{ users { id email } }`))['users'].find(
      (u: { email: string }) => u.email === 'buyer@nordwind.example',
    ).id;
  });
  afterAll(() => app.close());

  it("lists only the caller's own organization's users", async () => {
    const users = (await otherAdmin.ok(`{ users { email } }`))['users'];
    expect(users).toEqual([{ email: 'admin@suedhafen.example' }]);
  });

  it("answers NOT_FOUND for another organization's user, exactly as for one that does not exist", async () => {
    const foreign = await otherAdmin.error(`query ($id: ID!) { user(id: $id) { email } }`, { id: nordwindBuyerId });
    const missing = await otherAdmin.error(`query ($id: ID!) { user(id: $id) { email } }`, { id: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect(foreign.message).toBe(missing.message);
  });

  it("cannot change, disable or re-role another organization's user", async () => {
    const roles = await otherAdmin.error(`mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }`, {
      input: { userId: nordwindBuyerId, roles: [Role.ADMIN] },
    });
    const disable = await otherAdmin.error(`mutation ($id: ID!) { disableUser(userId: $id) { id } }`, { id: nordwindBuyerId });
    expect(roles.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect(disable.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const [buyer] = await app.dataSource.query(`SELECT roles, disabled_at FROM app_user WHERE id = $1`, [nordwindBuyerId]);
    expect(buyer).toEqual({ roles: ['BUYER'], disabled_at: null });
  });

  it("keeps each organization's audit trail to itself", async () => {
    const events = (await otherAdmin.ok(`{ auditEvents(limit: 200) { items { action summary } } }`))['auditEvents'].items;
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain('nordwind');
  });

  it('gives a supplier user nothing of the buying organization', async () => {
    const supplier = await app.as('supplier@hanse-industrie.example');
    expect((await supplier.error(`{ users { email } }`)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await supplier.ok(`{ organization { name } }`))['organization'].name).toBe('Hanse Industrietechnik GmbH');
  });
});

/** Ids of other entities in an input name only the caller's own organization's records. */
describe('tenant isolation of references in inputs', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  const RECORD = `mutation ($input: RecordPerformanceInput!) { recordPerformance(input: $input) { id } }`;

  it("refuses a performance event that names another organization's case, like a case that does not exist", async () => {
    const nordwindBuyer = await app.as('buyer@nordwind.example');
    const nordwindCase = (await nordwindBuyer.ok(OPS.createCase, { input: NEW_CASE }))['createPurchaseCase'].id;
    const other = await secondTenant(app, ['BUYER']);
    const supplier = (await other.client.ok(CREATE_SUPPLIER, { input: { name: 'Kieler Pumpen GmbH', country: 'DE' } }))['createSupplier'];
    const event = { supplierId: supplier.id, kind: 'DELIVERY', occurredOn: isoDay(-3), onTime: true };

    const foreign = await other.client.error(RECORD, { input: { ...event, caseId: nordwindCase } });
    const missing = await other.client.error(RECORD, { input: { ...event, caseId: '00000000-0000-4000-8000-000000000000' } });
    expect(foreign.extensions).toMatchObject({ code: ErrorCode.NOT_FOUND, field: 'input.caseId' });
    expect(foreign.message).toBe(missing.message);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM supplier_performance_event WHERE case_id = $1`, [nordwindCase]);
    expect(n).toBe(0);

    const ownCase = (await other.client.ok(OPS.createCase, { input: NEW_CASE }))['createPurchaseCase'].id;
    await other.client.ok(RECORD, { input: { ...event, caseId: ownCase } });
    const [{ own }] = await app.dataSource.query(`SELECT count(*)::int AS own FROM supplier_performance_event WHERE case_id = $1`, [ownCase]);
    expect(own).toBe(1);
  });
});
