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

  it('reports liveness and database readiness at /health, with a request id', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
  });
});
