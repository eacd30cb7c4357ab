import { ErrorCode, Role } from '@bc/shared/domain';
import { DEMO_PASSWORD } from '@bc/api/demo';
import { startTestApp, TestApp } from './support/test-app';

const USERS = `{ users { id email roles disabled } }`;
const userId = async (app: TestApp, email: string): Promise<string> =>
  (await app.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;

describe('user administration', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it("ends a disabled user's session at once and refuses their sign-in", async () => {
    const admin = await app.as('admin@nordwind.example');
    const buyer = await app.as('buyer@nordwind.example');
    expect((await buyer.ok(`{ me { user { email } } }`))['me']).not.toBeNull();

    await admin.ok(`mutation ($id: ID!) { disableUser(userId: $id) { disabled } }`, { id: await userId(app, 'buyer@nordwind.example') });

    expect((await buyer.ok(`{ me { user { email } } }`))['me']).toBeNull();
    expect((await buyer.error(USERS)).extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    const again = await app.client().error(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email: 'buyer@nordwind.example', password: DEMO_PASSWORD },
    });
    expect(again.extensions?.code).toBe(ErrorCode.INVALID_CREDENTIALS);

    await admin.ok(`mutation ($id: ID!) { enableUser(userId: $id) { disabled } }`, { id: await userId(app, 'buyer@nordwind.example') });
    await app.as('buyer@nordwind.example');
  });

  it('changes roles, which take effect on the next request', async () => {
    const admin = await app.as('admin@nordwind.example');
    const advisor = await app.as('advisor@nordwind.example');
    expect((await advisor.error(`{ auditEvents { total } }`)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    const id = await userId(app, 'advisor@nordwind.example');
    const res = await admin.ok(`mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { roles } }`, {
      input: { userId: id, roles: [Role.GATEKEEPER, Role.ADVISOR] },
    });
    expect(res['setUserRoles'].roles).toEqual([Role.ADVISOR, Role.GATEKEEPER]);
    expect((await advisor.ok(`{ auditEvents { total } }`))['auditEvents'].total).toBeGreaterThan(0);
  });

  it('refuses a supplier role in a buying organization, naming the field', async () => {
    const admin = await app.as('admin@nordwind.example');
    const err = await admin.error(`mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { roles } }`, {
      input: { userId: await userId(app, 'requester@nordwind.example'), roles: [Role.SUPPLIER] },
    });
    expect(err.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.roles' });
  });

  it('does not let an admin remove their own admin role or disable themselves', async () => {
    const admin = await app.as('admin@nordwind.example');
    const id = await userId(app, 'admin@nordwind.example');
    const removeOwn = await admin.error(`mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { roles } }`, {
      input: { userId: id, roles: [Role.BUYER] },
    });
    expect(removeOwn.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await admin.error(`mutation ($id: ID!) { disableUser(userId: $id) { id } }`, { id })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('changes a password only with the current one, and ends the other sessions', async () => {
    const first = await app.as('specifier@nordwind.example');
    const second = await app.as('specifier@nordwind.example');
    const wrong = await first.error(`mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: 'not-it-at-all', newPassword: 'a brand new passphrase' },
    });
    expect(wrong.extensions).toMatchObject({ code: ErrorCode.INVALID_CREDENTIALS, field: 'input.currentPassword' });
    await first.ok(`mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: DEMO_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect((await first.ok(`{ me { user { email } } }`))['me']).not.toBeNull();
    expect((await second.ok(`{ me { user { email } } }`))['me']).toBeNull();
    await app.client().signIn('specifier@nordwind.example', 'a brand new passphrase');
  });
});
