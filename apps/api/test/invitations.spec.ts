import { RequestContext } from '@bc/api/core';
import { OrganizationService } from '@bc/api/identity';
import { ErrorCode, Locale, OrganizationKind } from '@bc/shared/domain';
import { startTestApp, TestApp } from './support/test-app';

const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { url invitation { id email roles expiresAt } } }`;
const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) { email organizationName } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email roles } organization { name } } }`;
const tokenOf = (url: string) => new URL(url).pathname.split('/').pop() as string;

describe('invitations', () => {
  let app: TestApp;
  let admin: Awaited<ReturnType<TestApp['as']>>;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.as('admin@nordwind.example');
  });
  afterAll(() => app.close());

  it('gives a single-use link with a 256-bit token of which only the hash is stored', async () => {
    const res = await admin.ok(INVITE, { input: { email: 'Lea.Neumann@Nordwind.example', roles: ['BUYER', 'REQUESTER'] } });
    const token = tokenOf(res['inviteUser'].url);
    expect(res['inviteUser'].url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [row] = await app.dataSource.query(`SELECT token_hash FROM invitation WHERE id = $1`, [res['inviteUser'].invitation.id]);
    expect(row.token_hash).not.toContain(token);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const anonymous = app.client();
    expect((await anonymous.ok(PREVIEW, { token }))['invitationPreview']).toEqual({
      email: 'lea.neumann@nordwind.example',
      organizationName: 'Nordwind Maschinenbau GmbH',
    });
    const accepted = await anonymous.ok(ACCEPT, { input: { token, name: 'Lea Neumann', password: 'kettle onion harbour' } });
    expect(accepted['acceptInvitation']).toEqual({
      user: { email: 'lea.neumann@nordwind.example', roles: ['BUYER', 'REQUESTER'] },
      organization: { name: 'Nordwind Maschinenbau GmbH' },
    });
    expect((await anonymous.ok(`{ me { user { email } } }`))['me'].user.email).toBe('lea.neumann@nordwind.example');

    const again = await app.client().error(ACCEPT, { input: { token, name: 'Mallory', password: 'kettle onion harbour' } });
    expect(again.extensions).toMatchObject({ code: ErrorCode.INVITATION_INVALID, field: 'token' });
    await app.client().signIn('lea.neumann@nordwind.example', 'kettle onion harbour');
  });

  it('refuses an expired invitation', async () => {
    const res = await admin.ok(INVITE, { input: { email: 'late@nordwind.example', roles: ['ADVISOR'] } });
    await app.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [res['inviteUser'].invitation.id]);
    const err = await app.client().error(PREVIEW, { token: tokenOf(res['inviteUser'].url) });
    expect(err.extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
  });

  it('refuses a revoked invitation, and a new one for the same email replaces the old', async () => {
    const first = await admin.ok(INVITE, { input: { email: 'twice@nordwind.example', roles: ['ADVISOR'] } });
    const second = await admin.ok(INVITE, { input: { email: 'twice@nordwind.example', roles: ['DECIDER'] } });
    expect((await app.client().error(PREVIEW, { token: tokenOf(first['inviteUser'].url) })).extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
    await admin.ok(`mutation ($id: ID!) { revokeInvitation(invitationId: $id) { revokedAt } }`, { id: second['inviteUser'].invitation.id });
    expect((await app.client().error(PREVIEW, { token: tokenOf(second['inviteUser'].url) })).extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
    const pending = (await admin.ok(`{ invitations { email } }`))['invitations'].map((i: { email: string }) => i.email);
    expect(pending).not.toContain('twice@nordwind.example');
  });

  it('refuses to invite an email that already has an account', async () => {
    const err = await admin.error(INVITE, { input: { email: 'buyer@nordwind.example', roles: ['BUYER'] } });
    expect(err.extensions).toMatchObject({ code: ErrorCode.ACCOUNT_EXISTS, field: 'input.email' });
  });

  it('refuses an unknown token with the same answer as a used one', async () => {
    const err = await app.client().error(PREVIEW, { token: 'A'.repeat(43) });
    expect(err.extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
  });

  it("lets the operator found an organization whose first admin accepts the link and administers it", async () => {
    const { invitationUrl } = await app.running.app.get(OrganizationService).found(RequestContext.system(), {
      name: 'Acme Beschaffung GmbH',
      kind: OrganizationKind.BUYING,
      country: 'DE',
      defaultLocale: Locale.DE,
      firstUserEmail: 'it@acme.example',
    });
    const founder = app.client();
    const me = await founder.ok(ACCEPT, { input: { token: tokenOf(invitationUrl), name: 'Ida Teuber', password: 'acme first admin key' } });
    expect(me['acceptInvitation']).toEqual({ user: { email: 'it@acme.example', roles: ['ADMIN'] }, organization: { name: 'Acme Beschaffung GmbH' } });
    expect((await founder.ok(`{ users { email } }`))['users']).toEqual([{ email: 'it@acme.example' }]);
    const trail = (await founder.ok(`{ auditEvents { items { action actorName } } }`))['auditEvents'].items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['user.signed-in', 'invitation.accepted', 'invitation.created', 'organization.created']);
  });

  it("names the signed-in actor on each audit entry", async () => {
    const [{ actor_name }] = await app.dataSource.query(
      `SELECT actor_name FROM audit_event WHERE action = 'invitation.created' AND summary->>'email' = 'late@nordwind.example'`,
    );
    expect(actor_name).toBe('Petra Vogel');
  });
});
