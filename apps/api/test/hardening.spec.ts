import { DEMO_PASSWORD } from '@bc/api/demo';
import { SIGN_IN_LIMITS } from '@bc/api/identity';
import { ErrorCode } from '@bc/shared/domain';
import { startTestApp, TestApp } from './support/test-app';

const post = (app: TestApp, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the API in production mode', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp({ environment: 'production', seedDemo: false, secureCookies: true })));
  afterAll(() => app.close());

  it('refuses introspection', async () => {
    const res = await app.client().request(`{ __schema { queryType { name } } }`);
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    expect(res.data ?? null).toBeNull();
  });

  it('gives no field suggestions', async () => {
    const res = await app.client().request(`{ mee { user { id } } }`);
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(res.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it('answers an unexpected failure with INTERNAL and a request id, and no internals', async () => {
    const admin = await app.as('admin@nordwind.example');
    await app.dataSource.query(`ALTER TABLE invitation RENAME TO invitation_moved`);
    try {
      const res = await admin.request(`{ invitations { id } }`, undefined, { 'x-request-id': 'test-request-0001' });
      expect(res.errors?.[0].extensions).toEqual({ code: ErrorCode.INTERNAL, requestId: 'test-request-0001' });
      expect(JSON.stringify(res.errors)).not.toMatch(/invitation_moved|relation|stack|\.ts:|QueryFailedError/);
    } finally {
      await app.dataSource.query(`ALTER TABLE invitation_moved RENAME TO invitation`);
    }
  });

  it('sets the session cookie Secure', async () => {
    const res = await app.client().request(`mutation { signIn(input: { email: "admin@nordwind.example", password: "BuyingCenter-Demo-2026" }) { user { id } } }`);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});

describe('GraphQL hardening', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('refuses a query deeper than the limit', async () => {
    const deep = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`;
    const res = await app.client().request(deep);
    expect(res.errors?.[0].message).toMatch(/depth/i);
    expect(res.data ?? null).toBeNull();
  });

  it('counts fragments by the fields they hold, so a fragment costs no depth of its own', async () => {
    // Depth 10 written with fragments and inline fragments: allowed.
    const levels = `fragment T on __Type { ofType { ofType { ofType { ofType { ofType { name } } } } } }
      fragment F on __Field { type { ...T } }`;
    const allowed = await app.client().request(`{ __schema { types { ... on __Type { fields { ...F } } } } } ${levels}`);
    expect(allowed.errors).toBeUndefined();
    // One level more, hidden in a fragment, is still refused.
    const deeper = `{ __schema { types { fields { type { ofType { ...T } } } } } } ${levels}`;
    const refused = await app.client().request(deeper);
    expect(refused.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { user { id } }`).join(' ');
    const res = await app.client().request(`{ ${aliases} }`);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('answers a query over the token limit with 400 and VALIDATION_FAILED, not a 500', async () => {
    const aliases = Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await app.client().request(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(res.errors?.[0].message).toMatch(/tokens/i);
  });

  it('answers a body over 1 MB and a body that is not JSON in GraphQL shape with a code', async () => {
    const large = await post(app, { query: `{ me { user { id } } } # ${'x'.repeat(1_100_000)}` });
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({ errors: [{ message: expect.stringMatching(/1 MB/), extensions: { code: ErrorCode.VALIDATION_FAILED } }] });
    const broken = await post(app, '{"query": "{ me { user { id } } }", ');
    expect(broken.status).toBe(400);
    expect((await broken.json()).errors[0].extensions).toEqual({ code: ErrorCode.VALIDATION_FAILED });
  });

  it('refuses batched requests', async () => {
    const res = await post(app, [{ query: '{ me { user { id } } }' }, { query: '{ me { user { id } } }' }]);
    expect(res.status).toBe(400);
  });

  it('blocks requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const form = await post(app, JSON.stringify({ query: '{ me { user { id } } }' }), { 'content-type': 'text/plain' });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/Cross-Site Request Forgery/i);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { user { id } } }')}`);
    expect(get.status).toBe(400);
  });

  it('marks GraphQL answers, good or refused, as not to be stored by caches (Cache-Control: no-store)', async () => {
    const good = await post(app, JSON.stringify({ query: '{ me { user { id } } }' }));
    expect(good.headers.get('cache-control')).toBe('no-store');
    const refused = await post(app, JSON.stringify({ query: '{ nothingHere }' }));
    expect(refused.status).toBe(400);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('reports liveness and database readiness at /health, with a request id', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
  });
});

/** A stolen session must not become a way round the sign-in limit: guessing the current password counts the same. */
describe('guesses of the current password', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());
  const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;

  it('are limited like failed sign-ins, on the same budget per account', async () => {
    const advisor = await app.as('advisor@nordwind.example');
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.points; i++) {
      const wrong = await advisor.error(CHANGE, { input: { currentPassword: `guess-${i}-password`, newPassword: 'Another-Passphrase-2026' } });
      expect(wrong.extensions).toMatchObject({ code: ErrorCode.INVALID_CREDENTIALS, field: 'input.currentPassword' });
    }
    // Even the right password is refused now, and signing in to the account is limited too.
    const limited = await advisor.error(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'Another-Passphrase-2026' } });
    expect(limited.extensions?.code).toBe(ErrorCode.RATE_LIMITED);
    expect(limited.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    const signIn = await app.client().error(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email: 'advisor@nordwind.example', password: DEMO_PASSWORD },
    });
    expect(signIn.extensions?.code).toBe(ErrorCode.RATE_LIMITED);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'user.password-changed'`);
    expect(n).toBe(0);
  });

  it('are forgotten once the right password is given', async () => {
    const specifier = await app.as('specifier@nordwind.example');
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.points - 1; i++) {
      await specifier.error(CHANGE, { input: { currentPassword: `guess-${i}-password`, newPassword: 'Another-Passphrase-2026' } });
    }
    expect((await specifier.ok(CHANGE, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'Another-Passphrase-2026' } }))['changePassword']).toBe(true);
    const wrong = await specifier.error(CHANGE, { input: { currentPassword: 'guess-again-password', newPassword: 'Yet-Another-Passphrase-2026' } });
    expect(wrong.extensions?.code).toBe(ErrorCode.INVALID_CREDENTIALS);
  });
});
