import { ErrorCode } from '@bc/shared/domain';
import { SIGN_IN_LIMITS } from '@bc/api/identity';
import { DEMO_PASSWORD } from '@bc/api/demo';
import { startTestApp, TestApp } from './support/test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { email roles } organization { name } permissions } }`;
const ME = `{ me { user { email } } }`;

describe('signing in and out', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('signs in with the right password and sets an httpOnly SameSite session cookie', async () => {
    const client = app.client();
    const res = await client.request(SIGN_IN, { input: { email: 'Buyer@Nordwind.example ', password: DEMO_PASSWORD } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.['signIn']).toMatchObject({
      user: { email: 'buyer@nordwind.example', roles: ['BUYER'] },
      organization: { name: 'Nordwind Maschinenbau GmbH' },
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bc_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.ok(ME))['me'].user.email).toBe('buyer@nordwind.example');
  });

  it('gives the same answer for an unknown email and for a wrong password', async () => {
    const unknown = await app.client().request(SIGN_IN, { input: { email: 'nobody@nordwind.example', password: DEMO_PASSWORD } });
    const wrong = await app.client().request(SIGN_IN, { input: { email: 'specifier@nordwind.example', password: 'not-the-password' } });
    expect(unknown.errors?.[0].extensions?.code).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(wrong.errors).toEqual(unknown.errors);
    expect(wrong.status).toBe(unknown.status);
    expect(unknown.headers.get('set-cookie')).toBeNull();
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const client = await app.as('advisor@nordwind.example');
    const cookie = client.sessionCookie;
    await client.ok(`mutation { signOut }`);
    const replay = app.client();
    replay.sessionCookie = cookie;
    expect((await replay.ok(ME))['me']).toBeNull();
    expect((await replay.error(`{ users { id } }`)).extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses an operation without a session with UNAUTHENTICATED', async () => {
    expect((await app.client().error(`{ users { id } }`)).extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('records sign-ins and failed attempts in the audit trail', async () => {
    const rows = await app.dataSource.query(
      `SELECT action, summary->>'email' AS email FROM audit_event WHERE action LIKE 'user.sign%' ORDER BY occurred_at`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'user.signed-in', email: null },
        { action: 'user.sign-in-failed', email: 'nobody@nordwind.example' },
        { action: 'user.sign-in-failed', email: 'specifier@nordwind.example' },
      ]),
    );
  });
});

describe('sign-in rate limits', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('locks an account after repeated failures, even for the right password, and says so with RATE_LIMITED', async () => {
    const email = 'decider@nordwind.example';
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.points; i++) {
      const res = await app.client().request(SIGN_IN, { input: { email, password: `wrong-${i}-password` } });
      expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.INVALID_CREDENTIALS);
    }
    const locked = await app.client().request(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    expect(locked.errors?.[0].extensions?.code).toBe(ErrorCode.RATE_LIMITED);
    expect(locked.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // Another account from the same address is not affected.
    await app.as('gatekeeper@nordwind.example');
  });

  it('limits an unknown email exactly like a known one, so the limit reveals nothing', async () => {
    const email = 'ghost@nordwind.example';
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.points; i++) {
      await app.client().request(SIGN_IN, { input: { email, password: `wrong-${i}-password` } });
    }
    const res = await app.client().request(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.RATE_LIMITED);
  });

  it('limits failed attempts from one client address, across accounts; successful sign-ins do not count', async () => {
    // An office behind one address: many good sign-ins never lock anyone out.
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.points + 5; i++) await app.as('specifier@nordwind.example');
    // The failures of the tests above (two accounts up to their limit) count; the rest come here.
    const used = 2 * SIGN_IN_LIMITS.perAccount.points;
    for (let i = used; i < SIGN_IN_LIMITS.perAddress.points; i++) {
      await app.client().request(SIGN_IN, { input: { email: `user${i}@elsewhere.example`, password: 'x' } });
    }
    const res = await app.client().request(SIGN_IN, { input: { email: 'requester@nordwind.example', password: DEMO_PASSWORD } });
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.RATE_LIMITED);
  });
});
