import { ErrorCode, Role } from '@bc/shared/domain';
import { startTestApp, TestApp } from './support/test-app';

/**
 * For every role, one operation it may use and one it may not, through the real API. The rule
 * itself is the shared permissions map; this proves the API enforces it.
 */
const UPDATE_ORG = `mutation { updateOrganization(input: { name: "Renamed", defaultLocale: DE }) { name } }`;
const UPDATE_SUPPLIER = `mutation { updateSupplierProfile(input: { name: "Renamed AG", country: "AT", defaultLocale: DE }) { name } }`;
const USERS = `{ users { id } }`;
const AUDIT = `{ auditEvents(limit: 5) { total } }`;
const VERIFY = `{ verifyAuditChain { ok } }`;
const INVITE = `mutation { inviteUser(input: { email: "new.colleague@nordwind.example", roles: [REQUESTER] }) { url } }`;

const CASES: Array<{ role: Role; email: string; allowed: string; refused: string }> = [
  { role: Role.ADMIN, email: 'admin@nordwind.example', allowed: INVITE, refused: UPDATE_SUPPLIER },
  { role: Role.REQUESTER, email: 'requester@nordwind.example', allowed: USERS, refused: INVITE },
  { role: Role.SPECIFIER, email: 'specifier@nordwind.example', allowed: USERS, refused: AUDIT },
  { role: Role.BUYER, email: 'buyer@nordwind.example', allowed: USERS, refused: UPDATE_ORG },
  { role: Role.GATEKEEPER, email: 'gatekeeper@nordwind.example', allowed: AUDIT, refused: VERIFY },
  { role: Role.ADVISOR, email: 'advisor@nordwind.example', allowed: USERS, refused: INVITE },
  { role: Role.DECIDER, email: 'decider@nordwind.example', allowed: USERS, refused: UPDATE_ORG },
  { role: Role.SUPPLIER, email: 'supplier@hanse-industrie.example', allowed: UPDATE_SUPPLIER, refused: USERS },
];

describe('each role is allowed and refused by the server', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it.each(CASES)('$role may do what its permissions allow and is refused the rest', async ({ email, allowed, refused }) => {
    const client = await app.as(email);
    const ok = await client.request(allowed);
    expect(ok.errors).toBeUndefined();
    const no = await client.request(refused);
    expect(no.errors?.[0].extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect(no.data).toBeNull();
  });

  it('writes nothing for a refused mutation', async () => {
    const before = await app.dataSource.query(`SELECT name FROM organization WHERE kind = 'BUYING'`);
    const buyer = await app.as('buyer@nordwind.example');
    await buyer.request(UPDATE_ORG);
    expect(await app.dataSource.query(`SELECT name FROM organization WHERE kind = 'BUYING'`)).toEqual(before);
  });
});
