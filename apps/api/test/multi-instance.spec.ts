import { DataSource } from 'typeorm';
import { ErrorCode } from '@bc/shared/domain';
import { DEMO_PASSWORD } from '@bc/api/demo';
import { IDEMPOTENCY_PURGE_QUEUE, IdempotencyPurge } from '@bc/api/core';
import { SIGN_IN_LIMITS } from '@bc/api/identity';
import { RELIABILITY_REFRESH_QUEUE, ReliabilityRefreshService } from '@bc/api/suppliers';
import { GraphQLClient } from './support/graphql-client';
import { createTestDatabase } from './support/test-database';
import { appOn } from './support/rfq-clock';
import { RoundRobinProxy } from './support/round-robin-proxy';
import type { TestApp } from './support/test-app';

/**
 * Two API instances on one database behind a round-robin proxy, as replicas behind a load balancer
 * run: nothing an instance keeps in its memory may matter, so any request can land on either.
 */
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
const ME = `query { me { user { email } } }`;
const PROTECTED = `{ users { id } }`;

describe('two instances behind a load balancer', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let apps: TestApp[];
  let proxy: RoundRobinProxy;

  beforeAll(async () => {
    db = await createTestDatabase();
    // One poll a second: the cron checks of pg-boss run as often (see JobQueue), so many checks
    // by both instances fall into each minute of a schedule.
    apps = [await appOn(db.url, { jobPollIntervalSeconds: 1 }), await appOn(db.url, { jobPollIntervalSeconds: 1 })];
    proxy = new RoundRobinProxy(apps.map((a) => a.url));
    await proxy.start();
  }, 120_000);

  afterAll(async () => {
    await proxy?.stop();
    for (const app of apps ?? []) await app.close();
    await db?.drop();
  });

  const direct = (app: TestApp, cookie: string | undefined): GraphQLClient => {
    const client = new GraphQLClient(app.url);
    client.sessionCookie = cookie;
    return client;
  };

  it('keeps a session on both: signed in through one, used on the other, signed out on one ends it on both', async () => {
    const first = proxy.served.length;
    const viaProxy = await new GraphQLClient(proxy.url).signIn('buyer@nordwind.example');
    for (let i = 0; i < 4; i++) expect((await viaProxy.ok(ME))['me'].user.email).toBe('buyer@nordwind.example');
    // The sign-in and the four reads were spread over both instances.
    expect(new Set(proxy.served.slice(first))).toEqual(new Set([0, 1]));
    for (const app of apps) expect((await direct(app, viaProxy.sessionCookie).ok(ME))['me'].user.email).toBe('buyer@nordwind.example');

    // Signed in on the first instance, signed out on the second: the first refuses the cookie too.
    const onFirst = await new GraphQLClient(apps[0].url).signIn('specifier@nordwind.example');
    const cookie = onFirst.sessionCookie;
    expect((await direct(apps[1], cookie).ok(ME))['me'].user.email).toBe('specifier@nordwind.example');
    await direct(apps[1], cookie).ok(`mutation { signOut }`);
    for (const app of apps) expect((await direct(app, cookie).error(PROTECTED)).extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('counts failed sign-ins on both instances together: the limit falls at the same count as on one', async () => {
    const email = 'decider@nordwind.example';
    const first = proxy.served.length;
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.points; i++) {
      const res = await new GraphQLClient(proxy.url).request(SIGN_IN, { input: { email, password: `wrong-${i}-password` } });
      expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.INVALID_CREDENTIALS);
    }
    // The failures were spread: neither instance saw them all, yet both refuse now, even the right password.
    const spread = proxy.served.slice(first);
    expect(spread.filter((i) => i === 0).length).toBeLessThan(SIGN_IN_LIMITS.perAccount.points);
    expect(spread.filter((i) => i === 1).length).toBeLessThan(SIGN_IN_LIMITS.perAccount.points);
    for (const app of apps) {
      const res = await app.client().request(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
      expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.RATE_LIMITED);
    }
  });

  it.each([
    ['the nightly reliability refresh', RELIABILITY_REFRESH_QUEUE, ReliabilityRefreshService.prototype, 'refreshAll'],
    ['the hourly idempotency purge', IDEMPOTENCY_PURGE_QUEUE, IdempotencyPurge.prototype, 'purge'],
  ] as const)('runs %s once per scheduled time across both instances', async (_name, queue, prototype, method) => {
    const runs = jest.spyOn(prototype as unknown as Record<string, () => Promise<unknown>>, method);
    const ds = apps[0].dataSource;
    try {
      // Its time comes every minute from now on (the schedule both instances registered at start).
      await ds.query(`UPDATE pgboss.schedule SET cron = '* * * * *' WHERE name = $1`, [queue]);
      await waitFor(async () => (await jobs(ds, queue)).some((j) => j.state === 'completed'));
      // Let both instances look at the schedule several more times (each look is one cron check).
      for (let i = 0; i < 4; i++) await nextCronCheck(ds);
      await waitFor(async () => (await jobs(ds, queue)).every((j) => j.state === 'completed'));

      const done = await jobs(ds, queue);
      // pg-boss turns a due schedule into one job per minute it was due (its singleton slot),
      // however many cron checks of either instance found it due; each job ran exactly once.
      const [{ slots }] = await ds.query(
        `SELECT count(DISTINCT singleton_on)::int AS slots FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = $1`,
        [queue],
      );
      expect(slots).toBeGreaterThan(0);
      expect(done).toHaveLength(slots);
      expect(runs).toHaveBeenCalledTimes(done.length);
      // The runs were done by the instances (not by the test): each call was on one app's service.
      const services = apps.map((a) => a.running.app.get(prototype.constructor as new (...args: never[]) => unknown));
      for (const context of runs.mock.contexts) expect(services).toContain(context);
    } finally {
      runs.mockRestore();
    }
  }, 180_000);
});

/** The jobs of `queue` (it has no other source than its schedule here). */
async function jobs(ds: DataSource, queue: string): Promise<Array<{ state: string }>> {
  return ds.query(`SELECT state::text AS state FROM pgboss.job WHERE name = $1 ORDER BY created_on`, [queue]);
}

/** Waits until pg-boss's cron check (taken by one instance at a time) has run once more. */
async function nextCronCheck(ds: DataSource): Promise<void> {
  const cronOn = async () => String((await ds.query(`SELECT cron_on FROM pgboss.version`))[0]?.cron_on);
  const before = await cronOn();
  await waitFor(async () => (await cronOn()) !== before);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}
