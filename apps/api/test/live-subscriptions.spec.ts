import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ErrorCode } from '@bc/shared/domain';
import { LiveEvents } from '@bc/api/core';
import { GraphQLClient } from './support/graphql-client';
import { createTestDatabase } from './support/test-database';
import { appOn } from './support/rfq-clock';
import { LiveProbeModule, MY_NAME_CHANGED } from './support/live-probe.module';
import type { TestApp } from './support/test-app';

/**
 * Live subscriptions (issue 15, "Live across instances"): graphql-ws on /graphql, the session cookie
 * and an allowed Origin to connect, events through Redis between instances (in process without
 * REDIS_URL), and the current state as every subscription's first message.
 * Two instances share the Redis at 127.0.0.1:6379; a third on the same database has no REDIS_URL.
 */
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const MY_NAME = `subscription { myNameLive { userId name } }`;
const BUYER = 'buyer@nordwind.example';

type Probe = { myNameLive: { userId: string; name: string } };
type ExecutionResult<T> = FormattedExecutionResult<T, unknown>;

/** The messages of one subscription as they come, and how it ended. */
class Feed {
  readonly results: Array<ExecutionResult<Probe>> = [];
  ended?: { error?: unknown };
  readonly dispose: () => void;

  constructor(client: Client, query = MY_NAME) {
    this.dispose = client.subscribe<Probe>({ query }, {
      next: (result) => void this.results.push(result),
      error: (error) => (this.ended = { error }),
      complete: () => (this.ended = {}),
    });
  }

  async nth(n: number): Promise<ExecutionResult<Probe>> {
    await until(() => this.results.length >= n || this.ended !== undefined, `message ${n}`);
    if (this.results.length < n) throw new Error(`Ended before message ${n}: ${closeText(this.ended?.error)}`);
    return this.results[n - 1];
  }

  async end(): Promise<{ error?: unknown }> {
    await until(() => this.ended !== undefined, 'the end of the subscription');
    return this.ended!;
  }
}

describe('live subscriptions across instances', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let first: TestApp;
  let second: TestApp;
  let alone: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const module = { imports: [LiveProbeModule], liveSessionCheckMs: 300 };
    first = await appOn(db.url, { redisUrl: REDIS_URL }, module);
    second = await appOn(db.url, { redisUrl: REDIS_URL }, module);
    // No REDIS_URL, and the default session check (30 s): what a subscribe checks by itself shows.
    alone = await appOn(db.url, {}, { imports: [LiveProbeModule] });
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    for (const app of [first, second, alone]) await app?.close();
    await db?.drop();
  });

  const live = (app: TestApp, headers: Record<string, string> = {}, options: { lazy?: boolean } = {}): Client => {
    class WithHeaders extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    const client = createClient({ url: `${app.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WithHeaders, retryAttempts: 0, lazy: options.lazy ?? true });
    clients.push(client);
    return client;
  };
  const signedIn = async (app: TestApp, email = BUYER) => (await new GraphQLClient(app.url).signIn(email)).sessionCookie!;
  const buyerId = async () => (await first.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [BUYER]))[0].id as string;
  const rename = (userId: string, name: string) => first.dataSource.query(`UPDATE app_user SET name = $2 WHERE id = $1`, [userId, name]);

  it('delivers an event published on the other instance through Redis, after the current state', async () => {
    expect(first.running.app.get(LiveEvents).transport).toBe('redis');
    const userId = await buyerId();
    const feed = new Feed(live(first, { cookie: await signedIn(first) }));
    expect((await feed.nth(1)).data?.myNameLive).toEqual({ userId, name: await nameOf(first, userId) });

    await rename(userId, 'Beate Einkauf');
    await second.running.app.get(LiveEvents).publish(MY_NAME_CHANGED.channel(userId), { userId });
    expect((await feed.nth(2)).data?.myNameLive).toEqual({ userId, name: 'Beate Einkauf' });
    // Another user's channel is not this subscriber's.
    const otherId = (await first.dataSource.query(`SELECT id FROM app_user WHERE email = 'decider@nordwind.example'`))[0].id;
    await second.running.app.get(LiveEvents).publish(MY_NAME_CHANGED.channel(otherId), { userId: otherId });
    await rename(userId, 'Beate Einkauf-Lange');
    await second.running.app.get(LiveEvents).publish(MY_NAME_CHANGED.channel(userId), { userId });
    expect((await feed.nth(3)).data?.myNameLive.name).toBe('Beate Einkauf-Lange');
    expect(feed.results).toHaveLength(3);
    feed.dispose();
  });

  it('delivers in process without REDIS_URL, and only there', async () => {
    const events = alone.running.app.get(LiveEvents);
    expect(events.transport).toBe('in-process');
    const userId = await buyerId();
    const feed = new Feed(live(alone, { cookie: await signedIn(alone) }));
    await feed.nth(1);

    await rename(userId, 'Bea Alone');
    // The Redis instances' events do not reach it …
    await first.running.app.get(LiveEvents).publish(MY_NAME_CHANGED.channel(userId), { userId });
    // … its own do.
    await events.publish(MY_NAME_CHANGED.channel(userId), { userId });
    expect((await feed.nth(2)).data?.myNameLive.name).toBe('Bea Alone');
    await new Promise((r) => setTimeout(r, 200));
    expect(feed.results).toHaveLength(2);
    feed.dispose();
  });

  it('gives a reconnecting client the current state first, with what it missed while away', async () => {
    const userId = await buyerId();
    const cookie = await signedIn(first);
    const before = new Feed(live(first, { cookie }));
    await rename(userId, 'Before The Drop');
    await first.running.app.get(LiveEvents).publish(MY_NAME_CHANGED.channel(userId), { userId });
    await until(async () => (before.results.at(-1)?.data?.myNameLive.name ?? '') === 'Before The Drop', 'the name before the drop');
    await clients.at(-1)!.dispose();

    // Changed while the client was away, and its event went to no one.
    await rename(userId, 'Changed While Away');
    await second.running.app.get(LiveEvents).publish(MY_NAME_CHANGED.channel(userId), { userId });

    const after = new Feed(live(second, { cookie }));
    expect((await after.nth(1)).data?.myNameLive.name).toBe('Changed While Away');
    after.dispose();
  });

  it('refuses a connection without a session cookie, or with an ended one, as UNAUTHENTICATED', async () => {
    const anonymous = new Feed(live(first));
    expect(await anonymous.end()).toEqual({ error: expect.objectContaining({ code: 4401, reason: ErrorCode.UNAUTHENTICATED }) });

    const unknown = new Feed(live(first, { cookie: 'bc_session=not-a-session' }));
    expect(await unknown.end()).toEqual({ error: expect.objectContaining({ code: 4401, reason: ErrorCode.UNAUTHENTICATED }) });

    const cookie = await signedIn(first, 'specifier@nordwind.example');
    await first.dataSource.query(
      `UPDATE user_session SET expires_at = now() - interval '1 second'
        WHERE revoked_at IS NULL AND user_id = (SELECT id FROM app_user WHERE email = 'specifier@nordwind.example')`,
    );
    const expired = new Feed(live(second, { cookie }));
    expect(await expired.end()).toEqual({ error: expect.objectContaining({ code: 4401, reason: ErrorCode.UNAUTHENTICATED }) });
  });

  it('closes an open connection when its session ends (sign-out on the other instance)', async () => {
    const signedInClient = await new GraphQLClient(first.url).signIn('advisor@nordwind.example');
    const feed = new Feed(live(first, { cookie: signedInClient.sessionCookie! }));
    await feed.nth(1);
    const other = new GraphQLClient(second.url);
    other.sessionCookie = signedInClient.sessionCookie;
    await other.ok(`mutation { signOut }`);
    expect(await feed.end()).toEqual({ error: expect.objectContaining({ code: 4401, reason: ErrorCode.UNAUTHENTICATED }) });
  });

  it('checks the session again on every subscribe, as a query does', async () => {
    const signedInClient = await new GraphQLClient(alone.url).signIn('gatekeeper@nordwind.example');
    const client = live(alone, { cookie: signedInClient.sessionCookie! }, { lazy: false });
    const connected = new Feed(client);
    await connected.nth(1);
    await signedInClient.ok(`mutation { signOut }`);
    // The connection stays open (its periodic check is 30 s away); the new subscription is refused.
    const refused = new Feed(client);
    const answer = await refused.nth(1);
    expect(answer.errors?.[0].extensions?.['code']).toBe(ErrorCode.UNAUTHENTICATED);
    expect(answer.data ?? null).toBeNull();
    connected.dispose();
  });

  it('refuses a browser page of another origin (cross-site WebSocket hijacking), with the cookie or without', async () => {
    const cookie = await signedIn(first);
    const foreign = new Feed(live(first, { cookie, origin: 'https://evil.example' }));
    expect(await foreign.end()).toEqual({ error: expect.objectContaining({ code: 4403, reason: ErrorCode.FORBIDDEN }) });
    const lookalike = new Feed(live(first, { cookie, origin: `${first.url}.evil.example` }));
    expect(await lookalike.end()).toEqual({ error: expect.objectContaining({ code: 4403, reason: ErrorCode.FORBIDDEN }) });

    // The portal's own pages: its public address, or the very host the browser connected to.
    for (const origin of ['http://localhost:3000', first.url]) {
      const own = new Feed(live(first, { cookie, origin }));
      expect((await own.nth(1)).data?.myNameLive.userId).toBe(await buyerId());
      own.dispose();
    }
  });

  it('speaks graphql-ws only: the old subscriptions-transport-ws protocol is refused', async () => {
    const socket = new WebSocket(`${first.url.replace(/^http/, 'ws')}/graphql`, 'graphql-ws', { headers: { cookie: await signedIn(first) } });
    let opened = false;
    socket.on('open', () => (opened = true));
    socket.on('error', () => undefined);
    const code = await new Promise<number>((resolve) => socket.on('close', (closeCode) => resolve(closeCode)));
    // The server agrees on no subprotocol, so the client drops the handshake (1006), or graphql-ws closes it (4406).
    expect(opened && socket.protocol === 'graphql-ws').toBe(false);
    expect([1006, 4406]).toContain(code);
  });

  it('holds subscriptions to the query limits of HTTP, with the same error codes', async () => {
    const cookie = await signedIn(first);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: userId`).join(' ');
    const tooMany = new Feed(live(first, { cookie }), `subscription { myNameLive { ${aliases} } }`);
    const [aliasError] = (await tooMany.end()).error as Array<{ message: string; extensions?: { code?: string } }>;
    expect(aliasError.message).toMatch(/alias/i);
    expect(aliasError.extensions?.code).toBe(ErrorCode.VALIDATION_FAILED);

    const unknownField = new Feed(live(first, { cookie }), `subscription { myNameLive { password } }`);
    const [fieldError] = (await unknownField.end()).error as Array<{ extensions?: { code?: string } }>;
    expect(fieldError.extensions?.code).toBe(ErrorCode.VALIDATION_FAILED);
  });

  it('serves only subscriptions over the socket: queries and mutations keep to HTTP', async () => {
    const feed = new Feed(live(first, { cookie: await signedIn(first) }), `query { me { user { email } } }`);
    const error = (await feed.end()).error as Array<{ extensions?: { code?: string } }>;
    expect(error[0].extensions?.code).toBe(ErrorCode.VALIDATION_FAILED);
  });
});

async function nameOf(app: TestApp, userId: string): Promise<string> {
  return (await app.dataSource.query(`SELECT name FROM app_user WHERE id = $1`, [userId]))[0].name;
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function closeText(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? `close ${(error as { code: number }).code} ${(error as { reason?: string }).reason}` : JSON.stringify(error);
}
