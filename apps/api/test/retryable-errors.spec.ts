import { isDatabaseUnavailable, RequestContext, TransactionalConnection, TRANSACTION_ATTEMPTS, unavailableErrorOfDatabase } from '@bc/api/core';
import { ErrorCode } from '@bc/shared/domain';
import { startTestApp, TestApp } from './support/test-app';
import { TcpProxy } from './support/tcp-proxy';
import type { GraphQLClient } from './support/graphql-client';

const ME = `query { me { user { id email } } }`;
const RAISE_NEED = `mutation ($input: RaiseNeedInput!) { raiseNeed(input: $input) { id } }`;

describe('errors a client can act on: the database away, a change that could not be serialized', () => {
  const proxy = new TcpProxy();
  let app: TestApp;
  let requester: GraphQLClient;

  beforeAll(async () => {
    app = await startTestApp({}, { databaseProxy: proxy });
    requester = await app.as('requester@nordwind.example');
  });
  afterAll(async () => {
    await proxy.cut();
    await proxy.start();
    await app?.close();
    await proxy.cut();
  });

  const needsNamed = async (title: string) =>
    Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM need WHERE title = $1`, [title]))[0].n);

  it('answers UNAVAILABLE with HTTP 503 and Retry-After while the database is away, stores nothing, and recovers when it is back', async () => {
    expect((await requester.ok(ME))["me"].user).toMatchObject({ email: "requester@nordwind.example" });
    await proxy.cut();
    try {
      const read = await requester.request(ME);
      expect(read.status).toBe(503);
      expect(read.headers.get('retry-after')).toBe('5');
      expect(read.errors?.[0].extensions).toMatchObject({ code: ErrorCode.UNAVAILABLE, retryAfterSeconds: 5 });
      expect(JSON.stringify(read)).not.toMatch(/ECONN|stack|at .*\.js/);

      const write = await requester.request(RAISE_NEED, { input: { title: 'Raised during the outage', justification: 'The line stops without them' } });
      expect(write.status).toBe(503);
      expect(write.errors?.[0].extensions?.code).toBe(ErrorCode.UNAVAILABLE);

      const download = await fetch(`${app.url}/api/files/00000000-0000-4000-8000-000000000000`, { headers: { cookie: requester.sessionCookie ?? '' } });
      expect(download.status).toBe(503);
      expect(download.headers.get('retry-after')).toBe('5');
      expect(await download.json()).toMatchObject({ statusCode: 503, code: ErrorCode.UNAVAILABLE, retryAfterSeconds: 5 });
    } finally {
      await proxy.start();
    }
    // Back: the same session works again, and the refused change left nothing behind.
    const again = await requester.request(ME);
    expect(again.status).toBe(200);
    expect(again.data?.["me"].user).toMatchObject({ email: 'requester@nordwind.example' });
    expect(await needsNamed('Raised during the outage')).toBe(0);
  });

  it('runs a transaction that failed to serialize again, and keeps only the attempt that committed', async () => {
    const connection = app.running.app.get(TransactionalConnection);
    await app.dataSource.query(`CREATE TABLE IF NOT EXISTS retry_probe (attempt int NOT NULL)`);
    let attempts = 0;
    const ctx = RequestContext.system();
    let hooks = 0;
    const result = await connection.withTransaction(ctx, async (em) => {
      attempts += 1;
      ctx.afterCommit(() => {
        hooks += 1;
      });
      await em.query(`INSERT INTO retry_probe (attempt) VALUES ($1)`, [attempts]);
      // A real SQLSTATE 40001 from the server, as a concurrent serializable transaction would raise.
      if (attempts === 1) await em.query(`DO $$ BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END $$`);
      return 'done';
    });
    expect(result).toBe('done');
    expect(attempts).toBe(2);
    expect(hooks).toBe(1);
    expect(await app.dataSource.query(`SELECT attempt FROM retry_probe`)).toEqual([{ attempt: 2 }]);
  });

  it('reports a connection lost between two statements of a transaction as the database going away (UNAVAILABLE), not a defect', async () => {
    const connection = app.running.app.get(TransactionalConnection);
    let statementsAfterLoss = 0;
    const failure = await connection
      .withTransaction(RequestContext.system(), async (em) => {
        const [{ pid }] = await em.query(`SELECT pg_backend_pid() AS pid`);
        // PostgreSQL restarting: the server ends this idle-in-transaction session from outside.
        await app.dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
        await new Promise((resolve) => setTimeout(resolve, 300));
        statementsAfterLoss += 1;
        await em.query(`SELECT 1`);
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(statementsAfterLoss).toBe(1);
    // Without the connection's own error, TypeORM's "query runner already released" reached the client as INTERNAL.
    expect((failure as Error)?.name).not.toMatch(/AlreadyReleased/);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    expect(unavailableErrorOfDatabase(failure)?.code).toBe(ErrorCode.UNAVAILABLE);
    // The pool gave the broken connection up: the next transaction works.
    expect(await connection.withTransaction(RequestContext.system(), async (em) => (await em.query(`SELECT 2 AS two`))[0].two)).toBe(2);
  });

  it(`gives up on a deadlock that keeps coming back after ${TRANSACTION_ATTEMPTS} attempts, and never runs a constraint error again`, async () => {
    const connection = app.running.app.get(TransactionalConnection);
    let attempts = 0;
    await expect(
      connection.withTransaction(RequestContext.system(), async (em) => {
        attempts += 1;
        await em.query(`DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$`);
      }),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '40P01' }) });
    expect(attempts).toBe(TRANSACTION_ATTEMPTS);
    // A constraint error is not retried: it would fail the same way again.
    attempts = 0;
    await expect(
      connection.withTransaction(RequestContext.system(), async (em) => {
        attempts += 1;
        await em.query(`DO $$ BEGIN RAISE EXCEPTION 'duplicate' USING ERRCODE = '23505'; END $$`);
      }),
    ).rejects.toBeDefined();
    expect(attempts).toBe(1);
  });
});
