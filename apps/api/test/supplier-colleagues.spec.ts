import type { ParsedMail } from 'mailparser';
import { DomainEventBus, RequestContext } from '@bc/api/core';
import { OrganizationService } from '@bc/api/identity';
import { MIGRATIONS } from '@bc/migrations';
import { ErrorCode, Locale, OrganizationKind, Permission } from '@bc/shared/domain';
import { GraphQLClient } from './support/graphql-client';
import { publishedRfq, rfqWorld, RfqWorld, SUPPLIER_USERS } from './support/rfq-fixtures';
import { LoopbackInbox, waitFor } from './support/smtp-inbox';
import { startTestApp, TestApp } from './support/test-app';

const PUBLIC_URL = 'https://portal.nordwind.example';
const COLLEAGUE = 'jana.ostermann@hanse-industrie.example';
const PASSWORD = 'Hanse quotes from the harbour 2026';

const OPS = {
  me: `{ me { user { id email roles } organization { name } permissions } }`,
  list: `{ supplierColleagues { users { id email name roles disabled } invitations { id email roles expiresAt } } }`,
  invite: `mutation ($input: InviteSupplierColleagueInput!) { inviteSupplierColleague(input: $input) { id email roles expiresAt } }`,
  revoke: `mutation ($id: ID!) { revokeSupplierColleagueInvitation(invitationId: $id) { id revokedAt } }`,
  setAdmin: `mutation ($input: SetSupplierColleagueAdminInput!) { setSupplierColleagueAdmin(input: $input) { id roles } }`,
  disable: `mutation ($id: ID!) { disableSupplierColleague(userId: $id) { id disabled } }`,
  enable: `mutation ($id: ID!) { enableSupplierColleague(userId: $id) { id disabled } }`,
  preview: `query ($token: String!) { invitationPreview(token: $token) { email organizationName } }`,
  accept: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email roles } organization { name } } }`,
  portal: `{ portalInvitations { items { id rfqReference buyerName open } } }`,
};

const BUYING_SIDE = [
  Permission.USER_READ,
  Permission.USER_MANAGE,
  Permission.ORGANIZATION_MANAGE,
  Permission.AUDIT_READ,
  Permission.WORKSPACE_USE,
  Permission.CASE_MANAGE,
  Permission.RFQ_READ,
  Permission.MAIL_OUTBOX_READ,
];

/**
 * A supplier company's admin brings in colleagues: the invitee gets an email with a single-use
 * link into the same company, and sees the company's RFQ invitations once registered. Only that
 * company's admin may do it; the last active admin stays.
 */
describe('supplier colleagues', () => {
  const inbox = new LoopbackInbox();
  let app: TestApp;
  let w: RfqWorld;
  let admin: GraphQLClient;
  let reference: string;
  let hanseId: string;
  let adminId: string;
  let colleague: GraphQLClient;
  let colleagueId: string;

  /** The mails of a kind to an address, as the SMTP server received them. */
  async function mailsTo(to: string, atLeast = 1): Promise<ParsedMail[]> {
    const rows: Array<{ message_id: string }> = await waitFor(async () => {
      const found = await app.dataSource.query(`SELECT message_id FROM outbox_message WHERE kind = 'identity.colleague-invitation' AND to_address = $1 ORDER BY created_at`, [to]);
      return found.length >= atLeast && found;
    }, 30_000);
    return waitFor(() => {
      const got = rows.flatMap((r) => inbox.withMessageId(r.message_id));
      return got.length === rows.length && got;
    }, 30_000);
  }
  const linkIn = (text: string) => /https:\/\/portal\.nordwind\.example\/invite\/([A-Za-z0-9_-]+)/.exec(text);
  const auditOf = (action: string, email: string) =>
    app.dataSource.query(`SELECT organization_id, actor_name, summary FROM audit_event WHERE action = $1 AND summary->>'email' = $2 ORDER BY sequence`, [action, email]);

  beforeAll(async () => {
    const port = await inbox.start();
    app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: PUBLIC_URL, mailPollIntervalMs: 100, mailRetryBaseMs: 50 });
    w = await rfqWorld(app);
    reference = (await publishedRfq(app, w, [w.hanseSupplierId])).rfq['reference'];
    admin = w.as.supplier;
    const me = (await admin.ok(OPS.me))['me'];
    adminId = me.user.id;
    [{ id: hanseId }] = await app.dataSource.query(`SELECT organization_id AS id FROM app_user WHERE id = $1`, [adminId]);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await inbox.stop();
  });

  it("makes the company's first user its admin, with nothing of the buying side", async () => {
    const me = (await admin.ok(OPS.me))['me'];
    expect(me.user.roles).toEqual(['SUPPLIER', 'SUPPLIER_ADMIN']);
    expect(me.permissions).toEqual([Permission.SUPPLIER_PORTAL_USE, Permission.SUPPLIER_COLLEAGUES_MANAGE]);
    for (const p of BUYING_SIDE) expect(me.permissions).not.toContain(p);
    expect((await admin.error(`{ users { id } }`)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await admin.error(`{ auditEvents(limit: 5) { total } }`)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await admin.error(`{ purchasingPolicy { minimumBiddingDays { days } } }`)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('invites a colleague by email with a single-use link into the same company, who then sees its open invitations', async () => {
    const invitation = (await admin.ok(OPS.invite, { input: { email: ' Jana.Ostermann@Hanse-Industrie.example ', locale: 'DE' } }))['inviteSupplierColleague'];
    expect(invitation).toMatchObject({ email: COLLEAGUE, roles: ['SUPPLIER'] });
    const listed = (await admin.ok(OPS.list))['supplierColleagues'];
    expect(listed.invitations.map((i: { email: string }) => i.email)).toEqual([COLLEAGUE]);
    expect(listed.users.map((u: { email: string }) => u.email)).toEqual([SUPPLIER_USERS.hanse]);

    const [mail] = await mailsTo(COLLEAGUE);
    expect(mail.subject).toBe('Einladung von Hanse Industrietechnik GmbH ins Lieferantenportal');
    expect(mail.from?.value[0].name).toBe('Hanse Industrietechnik GmbH');
    expect(mail.replyTo?.value[0]).toMatchObject({ address: SUPPLIER_USERS.hanse, name: 'Felix Brandt' });
    const text = mail.text ?? '';
    expect(text).toContain('Felix Brandt lädt Sie ein, Hanse Industrietechnik GmbH im Lieferantenportal');
    const token = linkIn(text)?.[1] as string;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/invite/${token}"`);
    const [row] = await app.dataSource.query(`SELECT token_hash, expires_at FROM invitation WHERE id = $1`, [invitation.id]);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    expect(new Date(row.expires_at).getTime()).toBeGreaterThan(Date.now() + 71 * 3_600_000);
    // The link was minted with its mail, after the commit: the event was handled once, and handling it again mails nothing.
    const [event] = await app.dataSource.query(`SELECT id, handled_at FROM domain_event WHERE type = 'identity.colleague-invited' AND payload->>'invitationId' = $1`, [invitation.id]);
    expect(event.handled_at).toBeInstanceOf(Date);
    expect(await app.running.app.get(DomainEventBus).handle(event.id)).toBe(false);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'identity.colleague-invitation' AND to_address = $1`, [COLLEAGUE]);
    expect(n).toBe(1);

    colleague = app.client();
    expect((await colleague.ok(OPS.preview, { token }))['invitationPreview']).toEqual({ email: COLLEAGUE, organizationName: 'Hanse Industrietechnik GmbH' });
    const me = (await colleague.ok(OPS.accept, { input: { token, name: 'Jana Ostermann', password: PASSWORD } }))['acceptInvitation'];
    expect(me).toEqual({ user: { email: COLLEAGUE, roles: ['SUPPLIER'] }, organization: { name: 'Hanse Industrietechnik GmbH' } });
    colleagueId = (await colleague.ok(OPS.me))['me'].user.id;
    const portal = (await colleague.ok(OPS.portal))['portalInvitations'].items;
    expect(portal).toEqual([expect.objectContaining({ rfqReference: reference, buyerName: 'Nordwind Maschinenbau GmbH', open: true })]);

    const again = await app.client().error(OPS.accept, { input: { token, name: 'Mallory', password: PASSWORD } });
    expect(again.extensions).toMatchObject({ code: ErrorCode.INVITATION_INVALID, field: 'token' });
    const [created] = await auditOf('invitation.created', COLLEAGUE);
    expect(created).toMatchObject({ organization_id: hanseId, actor_name: 'Felix Brandt', summary: expect.objectContaining({ roles: ['SUPPLIER'] }) });
    expect(await auditOf('invitation.accepted', COLLEAGUE)).toEqual([expect.objectContaining({ organization_id: hanseId, actor_name: 'Jana Ostermann' })]);
  });

  it('refuses a colleague who is not admin, another company, and the buying side', async () => {
    expect((await colleague.error(OPS.invite, { input: { email: 'x@hanse-industrie.example' } })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await colleague.error(OPS.list)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await colleague.error(OPS.setAdmin, { input: { userId: colleagueId, admin: true } })).extensions?.code).toBe(ErrorCode.FORBIDDEN);

    const pending = (await admin.ok(OPS.invite, { input: { email: 'kai.peters@hanse-industrie.example' } }))['inviteSupplierColleague'];
    const alpine = w.as.alpine;
    expect((await alpine.error(OPS.revoke, { id: pending.id })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await alpine.error(OPS.disable, { id: colleagueId })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await alpine.error(OPS.setAdmin, { input: { userId: colleagueId, admin: true } })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
    const alpineList = (await alpine.ok(OPS.list))['supplierColleagues'];
    expect(alpineList.users.map((u: { email: string }) => u.email)).toEqual([SUPPLIER_USERS.alpine]);
    expect(alpineList.invitations).toEqual([]);

    const buyingAdmin = w.as.admin;
    expect((await buyingAdmin.error(OPS.invite, { input: { email: 'y@hanse-industrie.example' } })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await buyingAdmin.error(OPS.disable, { id: colleagueId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    // A buying organization cannot hold the supplier admin role (rolesAllowedFor), nor a supplier user lose SUPPLIER.
    const buyerId = (await w.as.buyer.ok(OPS.me))['me'].user.id;
    const misfit = await buyingAdmin.error(`mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }`, { input: { userId: buyerId, roles: ['BUYER', 'SUPPLIER_ADMIN'] } });
    expect(misfit.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field: 'input.roles' });

    const revoked = (await admin.ok(OPS.revoke, { id: pending.id }))['revokeSupplierColleagueInvitation'];
    expect(revoked.revokedAt).toBeTruthy();
    const [mail] = await mailsTo('kai.peters@hanse-industrie.example');
    expect(mail.subject).toBe('Einladung von Hanse Industrietechnik GmbH ins Lieferantenportal');
    const token = linkIn(mail.text ?? '')?.[1] as string;
    expect((await app.client().error(OPS.preview, { token })).extensions?.code).toBe(ErrorCode.INVITATION_INVALID);
    expect(await auditOf('invitation.revoked', 'kai.peters@hanse-industrie.example')).toEqual([expect.objectContaining({ organization_id: hanseId, actor_name: 'Felix Brandt' })]);
  });

  it('names the field of bad input and says when the email already has an account', async () => {
    const cases: Array<[string, string]> = [
      ['not-an-email', 'input.email'],
      [`${'a'.repeat(250)}@hanse-industrie.example`, 'input.email'],
      ['nul\u0000@hanse-industrie.example', 'input.email'],
    ];
    for (const [email, field] of cases) {
      const err = await admin.error(OPS.invite, { input: { email } });
      expect(err.extensions).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, field });
    }
    const taken = await admin.error(OPS.invite, { input: { email: 'buyer@nordwind.example' } });
    expect(taken.extensions).toMatchObject({ code: ErrorCode.ACCOUNT_EXISTS, field: 'input.email' });
    expect((await admin.error(OPS.setAdmin, { input: { userId: 'nope', admin: true } })).extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('keeps the last active admin, lets admins hand over, and audits every change', async () => {
    const last = await admin.error(OPS.setAdmin, { input: { userId: adminId, admin: false } });
    expect(last.extensions).toMatchObject({ code: ErrorCode.LAST_ADMIN });
    expect((await admin.error(OPS.disable, { id: adminId })).extensions?.code).toBe(ErrorCode.FORBIDDEN);

    expect((await admin.ok(OPS.setAdmin, { input: { userId: colleagueId, admin: true } }))['setSupplierColleagueAdmin'].roles).toEqual(['SUPPLIER', 'SUPPLIER_ADMIN']);
    // The grant acts on the colleague's next request: the Colleagues page is theirs now.
    expect((await colleague.ok(OPS.list))['supplierColleagues'].users).toHaveLength(2);
    // With another admin, Felix may step down; then Jana is the last one.
    expect((await admin.ok(OPS.setAdmin, { input: { userId: adminId, admin: false } }))['setSupplierColleagueAdmin'].roles).toEqual(['SUPPLIER']);
    expect((await admin.error(OPS.list)).extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await colleague.error(OPS.setAdmin, { input: { userId: colleagueId, admin: false } })).extensions?.code).toBe(ErrorCode.LAST_ADMIN);
    await colleague.ok(OPS.setAdmin, { input: { userId: adminId, admin: true } });

    // An admin disables a colleague (their session ends at once) and enables them again.
    expect((await admin.ok(OPS.disable, { id: colleagueId }))['disableSupplierColleague'].disabled).toBe(true);
    expect((await colleague.request(OPS.portal)).errors?.[0].extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    // Felix is now the only active admin: Jana, disabled, does not count.
    expect((await admin.error(OPS.setAdmin, { input: { userId: adminId, admin: false } })).extensions?.code).toBe(ErrorCode.LAST_ADMIN);
    expect((await admin.ok(OPS.enable, { id: colleagueId }))['enableSupplierColleague'].disabled).toBe(false);
    colleague = await app.client().signIn(COLLEAGUE, PASSWORD);

    const changes = await app.dataSource.query(
      `SELECT action, actor_name, summary->'to' AS "to" FROM audit_event WHERE organization_id = $1 AND action IN ('user.roles-changed', 'user.disabled', 'user.enabled') ORDER BY sequence`,
      [hanseId],
    );
    expect(changes).toEqual([
      { action: 'user.roles-changed', actor_name: 'Felix Brandt', to: ['SUPPLIER', 'SUPPLIER_ADMIN'] },
      { action: 'user.roles-changed', actor_name: 'Felix Brandt', to: ['SUPPLIER'] },
      { action: 'user.roles-changed', actor_name: 'Jana Ostermann', to: ['SUPPLIER', 'SUPPLIER_ADMIN'] },
      { action: 'user.disabled', actor_name: 'Felix Brandt', to: null },
      { action: 'user.enabled', actor_name: 'Felix Brandt', to: null },
    ]);
    // Refused changes wrote nothing: no LAST_ADMIN attempt is in the trail.
    const users = (await admin.ok(OPS.list))['supplierColleagues'].users;
    expect(users.map((u: { email: string; roles: string[]; disabled: boolean }) => [u.email, u.roles, u.disabled])).toEqual([
      [SUPPLIER_USERS.hanse, ['SUPPLIER', 'SUPPLIER_ADMIN'], false],
      [COLLEAGUE, ['SUPPLIER', 'SUPPLIER_ADMIN'], false],
    ]);
  });

  it('makes the first user of a supplier company founded by the operator its admin', async () => {
    const { invitationUrl } = await app.running.app.get(OrganizationService).found(RequestContext.system(), {
      name: 'Weser Guss GmbH',
      kind: OrganizationKind.SUPPLIER,
      country: 'DE',
      defaultLocale: Locale.DE,
      firstUserEmail: 'info@weser-guss.example',
    });
    const token = new URL(invitationUrl).pathname.split('/').pop();
    const me = (await app.client().ok(OPS.accept, { input: { token, name: 'Uwe Kramer', password: PASSWORD } }))['acceptInvitation'];
    expect(me.user.roles).toEqual(['SUPPLIER', 'SUPPLIER_ADMIN']);
  });

  it('makes the earliest active user of an existing supplier company its admin when migrating', async () => {
    const [{ id: org }] = await app.dataSource.query(`INSERT INTO organization (name, kind) VALUES ('Elbe Hydraulik KG', 'SUPPLIER') RETURNING id`);
    const user = (email: string, createdAt: string, disabled: boolean) =>
      app.dataSource.query(
        `INSERT INTO app_user (organization_id, email, name, password_hash, roles, created_at, disabled_at) VALUES ($1, $2, $2, 'x', '{SUPPLIER}', $3, $4)`,
        [org, email, createdAt, disabled ? createdAt : null],
      );
    await user('left@elbe.example', '2025-01-01T00:00:00Z', true);
    await user('first@elbe.example', '2025-02-01T00:00:00Z', false);
    await user('second@elbe.example', '2025-03-01T00:00:00Z', false);
    const runner = app.dataSource.createQueryRunner();
    try {
      const migration = MIGRATIONS.find((m) => m.name === 'SupplierAdmins1765800000000');
      if (!migration) throw new Error('The supplier admins migration is not listed');
      await new migration().up(runner);
    } finally {
      await runner.release();
    }
    const rows = await app.dataSource.query(`SELECT email, roles FROM app_user WHERE organization_id = $1 ORDER BY created_at`, [org]);
    expect(rows).toEqual([
      { email: 'left@elbe.example', roles: ['SUPPLIER'] },
      { email: 'first@elbe.example', roles: ['SUPPLIER', 'SUPPLIER_ADMIN'] },
      { email: 'second@elbe.example', roles: ['SUPPLIER'] },
    ]);
    // A company that has an admin keeps exactly its admins.
    const hanse = await app.dataSource.query(`SELECT email FROM app_user WHERE organization_id = $1 AND 'SUPPLIER_ADMIN' = ANY (roles) ORDER BY email`, [hanseId]);
    expect(hanse.map((r: { email: string }) => r.email)).toEqual([COLLEAGUE, SUPPLIER_USERS.hanse].sort());
  });

  it('sends at most 20 colleague invitations an hour per company', async () => {
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM invitation WHERE organization_id = $1 AND created_at > now() - interval '1 hour'`, [hanseId]);
    for (let i = n; i < 20; i++) {
      await admin.ok(OPS.invite, { input: { email: `batch${i}@hanse-industrie.example` } });
    }
    const limited = await admin.error(OPS.invite, { input: { email: 'one.too.many@hanse-industrie.example' } });
    expect(limited.extensions).toMatchObject({ code: ErrorCode.RATE_LIMITED, field: 'input.email' });
    expect(Number((limited.extensions as { retryAfterSeconds?: number }).retryAfterSeconds)).toBeGreaterThan(0);
    // Another company is not limited by Hanse's invitations.
    await w.as.alpine.ok(OPS.invite, { input: { email: 'new@alpine-components.example' } });
  });
});
