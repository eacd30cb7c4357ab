import type { DestinationStream } from 'pino';
import { Locale } from '@bc/shared/domain';
import { JobQueue, RequestContext } from '@bc/api/core';
import { MailService } from '@bc/api/mail';
import { RELIABILITY_REFRESH_QUEUE } from '@bc/api/suppliers';
import { startTestApp, TestApp } from './support/test-app';
import { TcpProxy } from './support/tcp-proxy';
import { CREATE_SUPPLIER } from './support/supplier-fixtures';

/** Health, metrics and request ids: what operations reads from a running instance. */
const TOKEN = 'metrics-token-0123456789abcdef';

interface LogLine {
  msg?: string;
  req?: { id?: string };
  requestId?: string;
  job?: unknown;
}

/** The JSON log lines the app writes, kept for the test to read. */
class LogLines implements DestinationStream {
  readonly lines: LogLine[] = [];
  write(line: string): void {
    this.lines.push(JSON.parse(line) as LogLine);
  }
  /** The lines that carry `requestId`, by the request's own binding (`req.id`) or a job's (`requestId`). */
  of(requestId: string) {
    return this.lines.filter((l) => l['req']?.id === requestId || l['requestId'] === requestId);
  }
}

describe('health, metrics and request ids', () => {
  let app: TestApp;
  const database = new TcpProxy();
  const log = new LogLines();

  beforeAll(async () => {
    app = await startTestApp({ metricsToken: TOKEN, logLevel: 'info', jobPollIntervalSeconds: 1 }, { databaseProxy: database, logTo: log });
  });
  afterAll(async () => {
    await app?.close();
    await database.cut();
  });

  const metrics = async (): Promise<string> => {
    const res = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    return res.text();
  };
  const value = (text: string, series: string): number => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : 0;
  };

  describe('health', () => {
    it('is ready when the database answers with every migration applied and the job queue runs; /health is readiness too', async () => {
      for (const path of ['/health/ready', '/health']) {
        const res = await fetch(`${app.url}${path}`);
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, migrations: { status: 'up' }, jobs: { status: 'up' } } });
      }
    });

    it('is not ready when a migration of this build is missing from the database', async () => {
      const [last] = await app.dataSource.query(`SELECT * FROM migrations ORDER BY timestamp DESC LIMIT 1`);
      await app.dataSource.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
      try {
        const res = await fetch(`${app.url}/health/ready`);
        expect(res.status).toBe(503);
        expect((await res.json()).error).toMatchObject({ migrations: { status: 'down' } });
      } finally {
        await app.dataSource.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
      }
    });

    it('stays live without the database, while readiness turns down', async () => {
      await database.cut();
      try {
        expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
        const ready = await fetch(`${app.url}/health/ready`);
        expect(ready.status).toBe(503);
        expect((await ready.json()).error).toMatchObject({ database: { status: 'down' } });
      } finally {
        await database.start();
      }
      expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
    });
  });

  describe('metrics', () => {
    it('are read only with the bearer token of METRICS_TOKEN', async () => {
      const none = await fetch(`${app.url}/metrics`);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await none.json()).code).toBe('UNAUTHENTICATED');
      expect((await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
      expect(value(await metrics(), 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    });

    it('count requests by GraphQL operation (its root field), with a fixed label for what names none', async () => {
      const series = 'buying_center_request_duration_seconds_count{protocol="graphql",type="query",operation="me",result="ok"}';
      const before = value(await metrics(), series);
      const client = await app.as('buyer@nordwind.example');
      for (let i = 0; i < 3; i++) await client.ok(`query AnyNameTheClientLikes${i} { me { user { email } } }`);
      const text = await metrics();
      expect(value(text, series)).toBe(before + 3);
      // A client's operation names never become labels; a query that does not validate is `unknown`.
      expect(text).not.toContain('AnyNameTheClientLikes');
      await client.request(`query { noSuchField }`);
      expect(value(await metrics(), 'buying_center_request_duration_seconds_count{protocol="graphql",type="unknown",operation="unknown",result="error"}')).toBe(1);
    });

    it('count REST requests by route pattern, not by path', async () => {
      await fetch(`${app.url}/health/live`);
      await fetch(`${app.url}/api/files/00000000-0000-4000-8000-000000000000`);
      const text = await metrics();
      expect(value(text, 'buying_center_request_duration_seconds_count{protocol="http",type="GET",operation="/health/live",result="ok"}')).toBeGreaterThan(0);
      expect(text).not.toContain('00000000-0000-4000-8000-000000000000');
    });

    it('show the mail outbox backlog, the database pool and the job queues', async () => {
      const before = await metrics();
      const pending = value(before, 'buying_center_mail_outbox_messages{status="pending"}');
      const mail = app.running.app.get(MailService);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const queued = await mail.enqueue(RequestContext.system(), { to: { address: `m${i}@example.com` }, locale: Locale.EN, subject: 'Ping', text: 'Ping', kind: 'test.ping', organizationId: null });
        ids.push(queued.id);
      }
      await app.dataSource.query(`UPDATE outbox_message SET status = 'FAILED' WHERE id = $1`, [ids[0]]);
      const after = await metrics();
      expect(value(after, 'buying_center_mail_outbox_messages{status="pending"}')).toBe(pending + 2);
      expect(value(after, 'buying_center_mail_outbox_messages{status="failed"}')).toBe(value(before, 'buying_center_mail_outbox_messages{status="failed"}') + 1);
      expect(value(after, 'buying_center_db_pool_connections{state="total"}')).toBeGreaterThan(0);
      expect(after).toContain(`buying_center_job_queue_jobs{queue="${RELIABILITY_REFRESH_QUEUE}",state="waiting"}`);
    });
  });

  describe('request ids', () => {
    it('accepts a well-formed X-Request-Id, echoes it, and every log line of the request carries it, GraphQL errors too', async () => {
      const id = 'trace-0123456789';
      const client = await app.as('buyer@nordwind.example');
      await database.cut();
      try {
        const res = await client.request(`query { me { user { email } } }`, undefined, { 'x-request-id': id });
        expect(res.headers.get('x-request-id')).toBe(id);
        expect(res.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
      } finally {
        await database.start();
      }
      const lines = log.of(id);
      // Its own lines and pino-http's line of the answer (a 503: `request errored`).
      expect(lines.map((l) => l['msg'])).toEqual(expect.arrayContaining(['database unavailable: answered UNAVAILABLE', 'request errored']));
      // Nothing the request logged went out without its id.
      expect(log.lines.filter((l) => l['msg'] === 'database unavailable: answered UNAVAILABLE' && l['req']?.id !== id)).toEqual([]);
    });

    it('replaces an id that is too long or has unsafe characters with its own', async () => {
      for (const bad of ['x'.repeat(65), 'short', 'id with spaces', 'id<script>1234']) {
        const res = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': bad } });
        expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it('gives the log lines of a job the id of the request that asked for it, and the job', async () => {
      const requestId = 'job-request-0001';
      // A score that differs from its events: the refresh changes it and says so in the log.
      const buyer = await app.as('buyer@nordwind.example');
      const { id } = (await buyer.ok(CREATE_SUPPLIER, { input: { name: 'Logspur GmbH', country: 'DE' } }))['createSupplier'];
      await app.dataSource.query(`UPDATE supplier SET reliability_score = 50 WHERE id = $1`, [id]);
      await app.running.app.get(JobQueue).send(new RequestContext(requestId, '127.0.0.1'), RELIABILITY_REFRESH_QUEUE, {});
      await waitFor(() => log.of(requestId).some((l) => l['msg'] === 'reliability scores recomputed'));
      const [line] = log.of(requestId);
      expect(line['job']).toMatchObject({ queue: RELIABILITY_REFRESH_QUEUE, id: expect.any(String) });
    });
  });
});

async function waitFor(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
