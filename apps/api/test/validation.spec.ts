import { ErrorCode } from '@bc/shared/domain';
import { startTestApp, TestApp } from './support/test-app';

const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { url } }`;
const PROFILE = `mutation ($input: UpdateProfileInput!) { updateMyProfile(input: $input) { name } }`;

/** What each kind of bad input gets: VALIDATION_FAILED naming the field, and nothing written. */
describe('bad input', () => {
  let app: TestApp;
  let admin: Awaited<ReturnType<TestApp['as']>>;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.as('admin@nordwind.example');
  });
  afterAll(() => app.close());

  const cases: Array<[string, string, Record<string, unknown>, string]> = [
    ['an empty email', INVITE, { input: { email: '', roles: ['BUYER'] } }, 'input.email'],
    ['a malformed email', INVITE, { input: { email: 'not-an-email', roles: ['BUYER'] } }, 'input.email'],
    ['a too long email', INVITE, { input: { email: `${'a'.repeat(250)}@x.example`, roles: ['BUYER'] } }, 'input.email'],
    ['no roles at all', INVITE, { input: { email: 'x@nordwind.example', roles: [] } }, 'input.roles'],
    ['an unknown enum value', INVITE, { input: { email: 'x@nordwind.example', roles: ['EMPEROR'] } }, 'input.roles'],
    ['a wrong type', INVITE, { input: { email: 42, roles: ['BUYER'] } }, 'input.email'],
    ['a missing field', INVITE, { input: { roles: ['BUYER'] } }, 'input.email'],
    ['an unknown field', INVITE, { input: { email: 'x@nordwind.example', roles: ['BUYER'], admin: true } }, 'input.admin'],
    ['an empty name', PROFILE, { input: { name: '   ', locale: 'EN' } }, 'input.name'],
    ['a too long name', PROFILE, { input: { name: 'n'.repeat(201), locale: 'EN' } }, 'input.name'],
    ['an unknown locale', PROFILE, { input: { name: 'Petra', locale: 'fr' } }, 'input.locale'],
  ];

  it.each(cases)('%s gets VALIDATION_FAILED naming the field', async (_what, query, variables, field) => {
    const res = await admin.request(query, variables);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field });
    expect(res.errors?.[0].message).not.toMatch(/\n\s+at /);
    expect(res.data ?? null).toBeNull();
  });

  it('writes nothing for rejected input', async () => {
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM invitation`);
    expect(n).toBe(0);
  });

  it('answers an id that is not a UUID like one that names nothing', async () => {
    const res = await admin.request(`query ($id: ID!) { user(id: $id) { id } }`, { id: "1' OR '1'='1" });
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses a common password at invitation acceptance, naming the field', async () => {
    const link = await admin.ok(INVITE, { input: { email: 'newbie@nordwind.example', roles: ['REQUESTER'] } });
    const token = new URL(link['inviteUser'].url).pathname.split('/').pop();
    const accept = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`;
    const common = await app.client().error(accept, { input: { token, name: 'Nina Neu', password: 'password123' } });
    expect(common.extensions).toMatchObject({ code: ErrorCode.PASSWORD_REJECTED, field: 'input.password' });
    const short = await app.client().error(accept, { input: { token, name: 'Nina Neu', password: 'short' } });
    expect(short.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.password' });
    const own = await app.client().error(accept, { input: { token, name: 'Nina Neu', password: 'newbie@nordwind.example' } });
    expect(own.extensions).toMatchObject({ code: ErrorCode.PASSWORD_REJECTED, field: 'input.password' });
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'newbie@nordwind.example'`);
    expect(n).toBe(0);
  });
});
