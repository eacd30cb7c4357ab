import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig, RequestContext, TransactionalConnection } from '@bc/api/core';
import { DemoSeedService } from '@bc/api/demo';
import { RfqService } from '@bc/api/rfq';
import { Role } from '@bc/shared/domain';
import { createApp } from '../../src/app/bootstrap';
import type { AppModuleOptions } from '../../src/app/app.module';
import { GraphQLClient } from './graphql-client';
import { CaseWalker, DEMO, userIds } from './purchasing-fixtures';
import { Clients, RFQ_OPS, RfqWorld, SHORT_PERIOD } from './rfq-fixtures';
import type { TestApp } from './test-app';
import { passClosingTime, TEST_SESSION_TTL_HOURS, testClock } from './test-clock';

/**
 * Time and restarts around an RFQ's closing: the server on a database the test keeps (to boot it
 * twice on the same data), an RFQ published to close a few seconds ahead, and what the database
 * says about its closing.
 */

/** The real server on an existing database (seeded if empty), on the file's test clock; closing it leaves the database. */
export async function appOn(databaseUrl: string, overrides: Partial<AppConfig> = {}, module?: AppModuleOptions): Promise<TestApp> {
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent' }),
    port: 0,
    webRoot: '/nonexistent',
    sessionTtlHours: TEST_SESSION_TTL_HOURS,
    ...overrides,
  };
  const running = await createApp(config, { clock: testClock, module });
  await running.app.get(DemoSeedService).seedIfEmpty({ showcase: false });
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    running,
    dataSource: running.app.get(DataSource),
    client: (headers) => new GraphQLClient(url, headers),
    as: (email) => new GraphQLClient(url).signIn(email),
    close: () => running.close(),
  };
}

/** The same signed-in people talking to another instance (sessions live in the database: no new sign-in). */
export async function worldOn(app: TestApp, w: RfqWorld): Promise<RfqWorld> {
  const as = Object.fromEntries(
    Object.entries(w.as).map(([role, client]) => {
      const moved = new GraphQLClient(app.url);
      moved.sessionCookie = client.sessionCookie;
      return [role, moved];
    }),
  ) as Clients;
  return { ...w, as, walker: new CaseWalker(app, as, await userIds(app), w.organizationId) };
}

/**
 * A case walked to SOURCING with an approved shortlist of `supplierIds`, then an RFQ created,
 * approved and published to close `closesInMs` after its creation (counted from after the slow
 * part, so a short closing time is still in the future when it is published).
 */
export async function rfqClosingIn(
  app: TestApp,
  w: RfqWorld,
  supplierIds: string[],
  closesInMs: number,
): Promise<{ caseId: string; rfqId: string; reference: string; closesAt: Date }> {
  const c = await w.walker.inSourcing();
  for (const supplierId of supplierIds) {
    await w.as.buyer.ok(
      `mutation ($caseId: ID!, $supplierId: ID!) { setShortlistEntry(caseId: $caseId, supplierId: $supplierId, decision: IN, reason: "Fits", source: SEARCH) { id } }`,
      { caseId: c.id, supplierId },
    );
  }
  await w.as.buyer.ok(`mutation ($caseId: ID!, $j: String) { submitShortlist(caseId: $caseId, singleSourceJustification: $j) { id } }`, {
    caseId: c.id,
    j: supplierIds.length < 3 ? 'Only these can deliver in time' : null,
  });
  await w.as.gatekeeper.ok(`mutation ($caseId: ID!) { approveShortlist(caseId: $caseId, comment: "ok") { id } }`, { caseId: c.id });
  const closesAt = new Date(testClock.nowMs() + closesInMs).toISOString();
  const created = (await w.as.buyer.ok(RFQ_OPS.create, { caseId: c.id, input: { closesAt, questionsCloseAt: closesAt, shortPeriodJustification: SHORT_PERIOD } }))['createRfq'];
  await w.as.buyer.ok(RFQ_OPS.requestApproval, { id: created.id });
  await w.as.gatekeeper.ok(RFQ_OPS.approve, { id: created.id });
  const published = (await w.as.buyer.ok(RFQ_OPS.publish, { id: created.id }))['publishRfq'];
  return { caseId: c.id, rfqId: created.id, reference: published.reference, closesAt: new Date(published.closesAt) };
}

/**
 * Lets the closing time (and the question deadline) pass, `secondsAgo` by now: the app's clock moves
 * on (and with it every app of the test file); the closing job stays where it was.
 */
export async function letClosingTimePass(app: TestApp, rfqId: string, secondsAgo = 1): Promise<void> {
  await passClosingTime(app, rfqId, secondsAgo);
}

export interface RfqRow {
  status: string;
  closes_at: Date;
  closed_at: Date | null;
  stage: string;
}

/** The RFQ's status and times and its case's stage, straight from the database. */
export async function rfqRow(ds: DataSource, rfqId: string): Promise<RfqRow> {
  const [row] = await ds.query(
    `SELECT r.status, r.closes_at, r.closed_at, c.stage FROM rfq r JOIN purchase_case c ON c.id = r.case_id WHERE r.id = $1`,
    [rfqId],
  );
  return row;
}

/** The `rfq.closed` audit events of the RFQ, oldest first, with their summaries. */
export async function closedEvents(ds: DataSource, rfqId: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<{ summary: unknown }> = await ds.query(
    `SELECT summary FROM audit_event WHERE entity_id = $1 AND action = 'rfq.closed' ORDER BY sequence`,
    [rfqId],
  );
  return rows.map((r) => (typeof r.summary === 'string' ? JSON.parse(r.summary) : (r.summary as Record<string, unknown>)));
}

/** Outbox messages of a kind about the RFQ `reference`. */
export async function mailsAbout(ds: DataSource, kind: string, reference: string): Promise<Array<{ to_address: string }>> {
  return ds.query(`SELECT to_address FROM outbox_message WHERE kind = $1 AND strpos(text_body, $2) > 0 ORDER BY to_address`, [kind, reference]);
}

/** The closing jobs pg-boss holds for the RFQ, by when they are due. */
export async function closingJobs(ds: DataSource, rfqId: string): Promise<Array<{ state: string; start_after: Date }>> {
  return ds.query(`SELECT state, start_after FROM pgboss.job WHERE name = 'rfq-close' AND data->>'rfqId' = $1 ORDER BY start_after`, [rfqId]);
}

/**
 * Resolves after `ms`. Only for waiting out a deadline the test set itself for pg-boss, which runs
 * jobs by the database's real time (a server down over its closing time); anything else is polled,
 * or the clock is advanced.
 */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Extends the RFQ as its buyer would, through RfqService.extend in one transaction (the same
 * service work as the extendRfq mutation: new closing time, audit, mails, a new closing job).
 */
export async function extendAsBuyer(app: TestApp, rfqId: string, closesAt: Date, reason: string): Promise<void> {
  const [buyer] = await app.dataSource.query(`SELECT id, name, organization_id FROM app_user WHERE email = $1`, [DEMO.buyer]);
  const ctx = RequestContext.system({ sessionId: 'test', userId: buyer.id, organizationId: buyer.organization_id, roles: [Role.BUYER], userName: buyer.name });
  await app.running.app.get(TransactionalConnection).withTransaction(ctx, () => app.running.app.get(RfqService).extend(ctx, rfqId, closesAt, null, reason));
}
