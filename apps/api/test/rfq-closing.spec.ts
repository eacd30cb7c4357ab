import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, JobQueue } from '@bc/api/core';
import { RfqClosingService } from '@bc/api/rfq';
import { ErrorCode } from '@bc/shared/domain';
import type { GraphQLClient } from './support/graphql-client';
import { OPS } from './support/purchasing-fixtures';
import { appOn, closedEvents, closingJobs, extendAsBuyer, letClosingTimePass, mailsAbout, pause, rfqClosingIn, rfqRow, worldOn } from './support/rfq-clock';
import { invitationOf, inSeconds, publishedRfq, quoteFor, RFQ_OPS, rfqWorld, RfqWorld } from './support/rfq-fixtures';
import { waitFor } from './support/smtp-inbox';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';
import { testClock } from './support/test-clock';

/** Polls the database until the RFQ is CLOSED (the job runs within a poll interval of its time). */
const closedBy = (ds: DataSource, rfqId: string, timeoutMs = 20_000) =>
  waitFor(async () => {
    const row = await rfqRow(ds, rfqId);
    return row.status === 'CLOSED' && row;
  }, timeoutMs);

/** Polls until every closing job of the RFQ has run (pg-boss: `completed`). */
const jobsDone = (ds: DataSource, rfqId: string, count: number, timeoutMs = 20_000) =>
  waitFor(async () => {
    const jobs = await closingJobs(ds, rfqId);
    return jobs.length === count && jobs.every((j) => j.state === 'completed') && jobs;
  }, timeoutMs);

/** The portal users of the invited supplier companies: who gets an `rfq.closed` mail. */
async function supplierRecipients(ds: DataSource, w: RfqWorld): Promise<string[]> {
  const rows: Array<{ email: string }> = await ds.query(
    `SELECT u.email FROM app_user u JOIN supplier s ON s.portal_organization_id = u.organization_id
      WHERE s.id = ANY ($1::uuid[]) AND 'SUPPLIER' = ANY (u.roles) AND u.disabled_at IS NULL ORDER BY u.email`,
    [[w.hanseSupplierId, w.alpineSupplierId]],
  );
  return rows.map((r) => r.email);
}

async function submit(client: GraphQLClient, reference: string, price: string) {
  const invitationId = await invitationOf(client, reference);
  return client.request(RFQ_OPS.submit, { invitationId, input: await quoteFor(client, invitationId, price) });
}

describe('the closing job runs exactly once, across a restart', () => {
  describe('on a running server', () => {
    let app: TestApp;
    let w: RfqWorld;
    let startedAt: Date;

    beforeAll(async () => {
      app = await startTestApp({ jobPollIntervalSeconds: 1 });
      startedAt = new Date();
      w = await rfqWorld(app);
    });
    afterAll(() => app?.close());

    it('closes at the closing time by the job alone, exactly once, and moves the case to EVALUATION', async () => {
      const { rfqId, caseId, reference, closesAt } = await rfqClosingIn(app, w, [w.hanseSupplierId, w.alpineSupplierId], 3000);
      expect((await submit(w.as.supplier, reference, '100.00')).errors).toBeUndefined();
      expect((await rfqRow(app.dataSource, rfqId)).status).toBe('PUBLISHED');

      const row = await closedBy(app.dataSource, rfqId);
      expect(row.closed_at?.getTime() ?? 0).toBeGreaterThanOrEqual(closesAt.getTime());
      expect(row.stage).toBe('EVALUATION');
      await jobsDone(app.dataSource, rfqId, 1);

      const events = await closedEvents(app.dataSource, rfqId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ reference, invited: 2, quotesOpened: 1 });
      expect(events[0]['receipts']).toHaveLength(1);
      const history = (await w.as.buyer.ok(OPS.purchaseCase, { id: caseId }))['purchaseCase'].stageHistory;
      expect(history[history.length - 1]).toMatchObject({ from: 'RFQ', to: 'EVALUATION' });
      // One set of closing mails: each supplier user once, the team once each.
      expect((await mailsAbout(app.dataSource, 'rfq.closed', reference)).map((m) => m.to_address)).toEqual(await supplierRecipients(app.dataSource, w));
      const team = (await mailsAbout(app.dataSource, 'team.rfq-closed', reference)).map((m) => m.to_address);
      expect(team.length).toBeGreaterThan(0);
      expect(new Set(team).size).toBe(team.length);
      // Asked again (a retry, a late duplicate job): nothing more happens.
      expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(false);
      expect(await closedEvents(app.dataSource, rfqId)).toHaveLength(1);
      expect(await mailsAbout(app.dataSource, 'rfq.closed', reference)).toHaveLength(await supplierRecipients(app.dataSource, w).then((r) => r.length));
    });

    /** Publishes to close in 3 s, extends by 5 s with `extend`, and follows both closing jobs. */
    const extensionScenario = async (extend: (rfqId: string, to: Date) => Promise<void>) => {
      const { rfqId, reference, closesAt } = await rfqClosingIn(app, w, [w.hanseSupplierId, w.alpineSupplierId], 3000);
      const extendedTo = new Date(closesAt.getTime() + 5000);
      await extend(rfqId, extendedTo);
      const rfq = (await w.as.buyer.ok(RFQ_OPS.rfq, { id: rfqId }))['rfq'];
      expect(rfq).toMatchObject({ status: 'PUBLISHED', closingChanges: 1, closesAt: extendedTo.toISOString() });
      const jobs = await closingJobs(app.dataSource, rfqId);
      expect(jobs.map((j) => j.start_after.getTime())).toEqual([closesAt.getTime(), extendedTo.getTime()]);

      // The old closing time passes: its job runs and leaves the RFQ open.
      await waitFor(async () => (await closingJobs(app.dataSource, rfqId))[0].state === 'completed', 15_000);
      expect(testClock.nowMs()).toBeLessThan(extendedTo.getTime());
      expect((await rfqRow(app.dataSource, rfqId)).status).toBe('PUBLISHED');
      expect(await closedEvents(app.dataSource, rfqId)).toHaveLength(0);
      // Quotes are still taken between the old and the new closing time.
      expect((await submit(w.as.alpine, reference, '99.00')).errors).toBeUndefined();

      const row = await closedBy(app.dataSource, rfqId);
      expect(row.closed_at?.getTime() ?? 0).toBeGreaterThanOrEqual(extendedTo.getTime());
      await jobsDone(app.dataSource, rfqId, 2);
      const events = await closedEvents(app.dataSource, rfqId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ closesAt: extendedTo.toISOString(), quotesOpened: 1 });
    };

    it('after an extension the old job fires at the old time and does nothing; the new time closes it, once', async () => {
      // The buyer's extension, done by the service the extendRfq mutation calls (the next test goes through the mutation).
      await extensionScenario((rfqId, to) => extendAsBuyer(app, rfqId, to, 'A supplier asked for more time'));
    });

    it('the extendRfq mutation extends the closing time (and the old job then does nothing)', async () => {
      await extensionScenario(async (rfqId, to) => {
        await w.as.buyer.ok(RFQ_OPS.extend, { id: rfqId, closesAt: to.toISOString(), reason: 'A supplier asked for more time' });
      });
    });

    it('the stage change of the closing names no person: the system closed it', async () => {
      const { rfqId, caseId } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
      await letClosingTimePass(app, rfqId);
      expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
      const history = (await w.as.buyer.ok(OPS.purchaseCase, { id: caseId }))['purchaseCase'].stageHistory;
      expect(history[history.length - 1]).toMatchObject({ from: 'RFQ', to: 'EVALUATION', actorName: null });
      const [event] = await app.dataSource.query(
        `SELECT actor_user_id FROM audit_event WHERE entity_id = $1 AND action = 'case.stage-changed' ORDER BY sequence DESC LIMIT 1`,
        [caseId],
      );
      expect(event.actor_user_id).toBeNull();
    });

    it('the closing sweep is a pg-boss cron job: when it runs it closes an RFQ whose closing job was lost', async () => {
      const [schedule] = await app.dataSource.query(`SELECT cron FROM pgboss.schedule WHERE name = 'rfq.closing-sweep'`);
      expect(schedule).toEqual({ cron: '* * * * *' });
      const { rfqId } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
      // The job is lost (a restored backup, say) and the closing time passed more than the sweep's grace ago.
      await app.dataSource.query(`DELETE FROM pgboss.job WHERE name = 'rfq-close' AND data->>'rfqId' = $1`, [rfqId]);
      await letClosingTimePass(app, rfqId, 60);
      await app.running.app.get(JobQueue).wake('rfq.closing-sweep');
      const row = await closedBy(app.dataSource, rfqId);
      expect(row.stage).toBe('EVALUATION');
      expect(await closedEvents(app.dataSource, rfqId)).toHaveLength(1);
    });

    it('runs one sweep at a time on all instances, at start too, and passes over an RFQ another transaction holds instead of waiting on it', async () => {
      const [queue] = await app.dataSource.query(`SELECT policy, expire_seconds FROM pgboss.queue WHERE name = 'rfq.closing-sweep'`);
      expect(queue).toEqual({ policy: 'stately', expire_seconds: 300 });
      // The sweep ran once as the server started, before any cron minute asked for it.
      const [{ n: atStart }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'rfq.closing-sweep' AND created_on <= $1`, [startedAt]);
      expect(atStart).toBeGreaterThanOrEqual(1);

      const { rfqId } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
      await app.dataSource.query(`DELETE FROM pgboss.job WHERE name = 'rfq-close' AND data->>'rfqId' = $1`, [rfqId]);
      await letClosingTimePass(app, rfqId, 60);
      const holder = new Client({ connectionString: app.running.app.get<symbol, AppConfig>(APP_CONFIG).databaseUrl });
      await holder.connect();
      const sweeper = app.running.app.get(RfqClosingService);
      try {
        await holder.query('BEGIN');
        await holder.query(`SELECT id FROM rfq WHERE id = $1 FOR UPDATE`, [rfqId]);
        // Held elsewhere: the sweep gives up on it after its lock timeout and ties no connection up.
        expect(await sweeper.sweep()).toBe(0);
        expect((await rfqRow(app.dataSource, rfqId)).status).toBe('PUBLISHED');
      } finally {
        await holder.query('ROLLBACK');
        await holder.end();
      }
      // Released: this sweep closes it, unless the minute's scheduled sweep got there first; either way once.
      expect(await sweeper.sweep()).toBeLessThanOrEqual(1);
      expect((await rfqRow(app.dataSource, rfqId)).status).toBe('CLOSED');
      expect(await closedEvents(app.dataSource, rfqId)).toHaveLength(1);
    });

    it('a closing job that fires a moment before the closing time (database clock ahead) still gets the RFQ closed', async () => {
      const { rfqId, closesAt } = await rfqClosingIn(app, w, [w.hanseSupplierId, w.alpineSupplierId], 3000);
      await app.dataSource.query(`UPDATE pgboss.job SET start_after = now() WHERE name = 'rfq-close' AND data->>'rfqId' = $1`, [rfqId]);
      // The early job runs, finds the RFQ not yet due, and leaves a job for the closing time.
      await waitFor(async () => (await closingJobs(app.dataSource, rfqId))[0]?.state === 'completed', 10_000);
      expect(testClock.nowMs()).toBeLessThan(closesAt.getTime());
      expect((await closingJobs(app.dataSource, rfqId)).map((j) => j.state)).toEqual(['completed', 'created']);
      const row = await closedBy(app.dataSource, rfqId, closesAt.getTime() - testClock.nowMs() + 10_000);
      expect(row.stage).toBe('EVALUATION');
      expect(await closedEvents(app.dataSource, rfqId)).toHaveLength(1);
    });

    it('refuses a submission after the closing time by the server clock, before the job ran and after the closing', async () => {
      const { rfqId, rfq } = await publishedRfq(app, w, [w.hanseSupplierId, w.alpineSupplierId], inSeconds(3600));
      const hanseInv = await invitationOf(w.as.supplier, rfq.reference);
      const alpineInv = await invitationOf(w.as.alpine, rfq.reference);
      await w.as.supplier.ok(RFQ_OPS.submit, { invitationId: hanseInv, input: await quoteFor(w.as.supplier, hanseInv, '100.00') });
      const alpineQuote = await quoteFor(w.as.alpine, alpineInv, '90.00');
      const hanseRevision = await quoteFor(w.as.supplier, hanseInv, '80.00');

      await letClosingTimePass(app, rfqId);
      // The closing job is an hour away: the database still says PUBLISHED, the server's clock says closed.
      expect((await rfqRow(app.dataSource, rfqId)).status).toBe('PUBLISHED');
      expect((await closingJobs(app.dataSource, rfqId)).map((j) => j.state)).toEqual(['created']);
      const refusals = [
        await w.as.alpine.error(RFQ_OPS.submit, { invitationId: alpineInv, input: alpineQuote }),
        await w.as.supplier.error(RFQ_OPS.submit, { invitationId: hanseInv, input: hanseRevision }),
        await w.as.alpine.error(RFQ_OPS.saveDraft, { invitationId: alpineInv, input: alpineQuote }),
        await w.as.supplier.error(RFQ_OPS.withdraw, { invitationId: hanseInv }),
      ];
      expect(refusals.map((e) => e.extensions?.code)).toEqual([ErrorCode.RFQ_CLOSED, ErrorCode.RFQ_CLOSED, ErrorCode.RFQ_CLOSED, ErrorCode.RFQ_CLOSED]);
      expect((await w.as.alpine.ok(RFQ_OPS.portalList))['portalInvitations'].items.find((i: { id: string }) => i.id === alpineInv)).toMatchObject({
        rfqStatus: 'PUBLISHED',
        open: false,
      });

      expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(true);
      expect((await w.as.alpine.error(RFQ_OPS.submit, { invitationId: alpineInv, input: alpineQuote })).extensions?.code).toBe(ErrorCode.RFQ_CLOSED);
      expect((await w.as.supplier.error(RFQ_OPS.submit, { invitationId: hanseInv, input: hanseRevision })).extensions?.code).toBe(ErrorCode.RFQ_CLOSED);

      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM quote_revision WHERE rfq_id = $1`, [rfqId]);
      expect(n).toBe(1);
      const opened = (await w.as.buyer.ok(RFQ_OPS.quotes, { id: rfqId }))['rfq'].quotes;
      expect(opened.map((q: { supplierName: string; latest: { revision: number; content: { lines: Array<{ unitPrice: string }> } } }) => [
        q.supplierName.split(' ')[0],
        q.latest.revision,
        q.latest.content.lines[0].unitPrice,
      ])).toEqual([['Hanse', 1, '100.00']]);
    });

    it('a cancelled RFQ stays cancelled: its closing job later does nothing and the case is back in SOURCING', async () => {
      const { rfqId, caseId, reference } = await rfqClosingIn(app, w, [w.hanseSupplierId, w.alpineSupplierId], 3000);
      expect((await submit(w.as.supplier, reference, '100.00')).errors).toBeUndefined();
      const cancelled = (await w.as.buyer.ok(RFQ_OPS.cancel, { id: rfqId, reason: 'The need went away' }))['cancelRfq'];
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'The need went away' });
      expect((await rfqRow(app.dataSource, rfqId)).stage).toBe('SOURCING');

      await jobsDone(app.dataSource, rfqId, 1);
      const row = await rfqRow(app.dataSource, rfqId);
      expect(row).toMatchObject({ status: 'CANCELLED', closed_at: null, stage: 'SOURCING' });
      expect(await closedEvents(app.dataSource, rfqId)).toHaveLength(0);
      expect(await mailsAbout(app.dataSource, 'rfq.closed', reference)).toHaveLength(0);
      expect(await mailsAbout(app.dataSource, 'team.rfq-closed', reference)).toHaveLength(0);
      expect(await app.running.app.get(RfqClosingService).close(rfqId)).toBe(false);
      // Nothing is opened: the quotes of a cancelled RFQ stay sealed.
      expect((await w.as.buyer.error(RFQ_OPS.quotes, { id: rfqId })).extensions?.code).toBe(ErrorCode.SEALED);
      const history = (await w.as.buyer.ok(OPS.purchaseCase, { id: caseId }))['purchaseCase'].stageHistory;
      expect(history[history.length - 1]).toMatchObject({ from: 'RFQ', to: 'SOURCING' });
    });
  });

  describe('across a restart, and with two servers on one database', () => {
    let db: Awaited<ReturnType<typeof createTestDatabase>>;
    const running: TestApp[] = [];
    let w: RfqWorld;
    let expectedRecipients: string[];

    const boot = async () => {
      const app = await appOn(db.url, { jobPollIntervalSeconds: 1 });
      running.push(app);
      return app;
    };
    const stop = async (app: TestApp) => {
      running.splice(running.indexOf(app), 1);
      await app.close();
    };

    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(async () => {
      for (const app of [...running]) await stop(app);
      await db?.drop();
    });

    it('a server that was down at the closing time: the next one to start closes the RFQ, exactly once', async () => {
      const a = await boot();
      w = await rfqWorld(a);
      expectedRecipients = await supplierRecipients(a.dataSource, w);
      const { rfqId, reference, closesAt } = await rfqClosingIn(a, w, [w.hanseSupplierId, w.alpineSupplierId], 6000);
      expect((await submit(w.as.supplier, reference, '100.00')).errors).toBeUndefined();
      await stop(a);
      expect(testClock.nowMs()).toBeLessThan(closesAt.getTime());

      // No server runs while the closing time passes.
      await pause(closesAt.getTime() - testClock.nowMs() + 100);
      const pg = new Client({ connectionString: db.url });
      await pg.connect();
      try {
        expect((await pg.query(`SELECT status FROM rfq WHERE id = $1`, [rfqId])).rows).toEqual([{ status: 'PUBLISHED' }]);
        expect((await pg.query(`SELECT state FROM pgboss.job WHERE name = 'rfq-close' AND data->>'rfqId' = $1`, [rfqId])).rows).toEqual([{ state: 'created' }]);
      } finally {
        await pg.end();
      }
      const b = await boot();
      const [{ n: users }] = await b.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
      expect(users).toBeGreaterThan(0);

      const row = await closedBy(b.dataSource, rfqId);
      expect(row.stage).toBe('EVALUATION');
      await jobsDone(b.dataSource, rfqId, 1);
      const events = await closedEvents(b.dataSource, rfqId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ reference, quotesOpened: 1 });
      expect((await mailsAbout(b.dataSource, 'rfq.closed', reference)).map((m) => m.to_address)).toEqual(expectedRecipients);
      const team = (await mailsAbout(b.dataSource, 'team.rfq-closed', reference)).map((m) => m.to_address);
      expect(new Set(team).size).toBe(team.length);
      // The people signed in on the first server go on with the second.
      const wb = await worldOn(b, w);
      expect((await wb.as.buyer.ok(RFQ_OPS.quotes, { id: rfqId }))['rfq'].quotes).toHaveLength(1);
    });

    it('two servers running at once on one database close a due RFQ exactly once', async () => {
      const [b] = running;
      const c = await boot();
      const wb = await worldOn(b, w);
      const wc = await worldOn(c, w);
      const { rfqId, reference, closesAt } = await rfqClosingIn(b, wb, [w.hanseSupplierId, w.alpineSupplierId], 3000);
      expect((await submit(wc.as.alpine, reference, '99.00')).errors).toBeUndefined();

      // Both workers poll for the job, and both servers are also asked to close it at the same moment.
      await pause(closesAt.getTime() - testClock.nowMs() + 50);
      const direct = await Promise.all([b, c].map((app) => app.running.app.get(RfqClosingService).close(rfqId)));
      expect(direct.filter(Boolean).length).toBeLessThanOrEqual(1);
      await closedBy(b.dataSource, rfqId);
      await jobsDone(c.dataSource, rfqId, 1);

      const events = await closedEvents(c.dataSource, rfqId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ reference, quotesOpened: 1 });
      expect((await mailsAbout(c.dataSource, 'rfq.closed', reference)).map((m) => m.to_address)).toEqual(expectedRecipients);
      const team = (await mailsAbout(c.dataSource, 'team.rfq-closed', reference)).map((m) => m.to_address);
      expect(team.length).toBeGreaterThan(0);
      expect(new Set(team).size).toBe(team.length);
      expect((await rfqRow(c.dataSource, rfqId)).stage).toBe('EVALUATION');
    });
  });
});
