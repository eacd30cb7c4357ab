import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@bc/api/audit';
import { DomainEventBus, JobQueue, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AwardGranted } from '@bc/api/award';
import { RfqClosed } from '@bc/api/rfq';

export const ANALYTICS_REFRESH_QUEUE = 'analytics-refresh';
/** Every 15 minutes: stage changes, deliveries and directory changes show within a quarter hour. */
export const ANALYTICS_REFRESH_CRON = '*/15 * * * *';

/** The materialized views of the analytics facts, in the order they build on each other (migration 1767100000000). */
const VIEWS = ['analytics_case_fact', 'analytics_supplier_fact', 'analytics_approval_fact', 'analytics_category_supply'];

/**
 * Keeps the analytics facts fresh: a `stately` pg-boss queue (one run at a time on all instances,
 * wake-ups while one waits collapse into it) refreshes the materialized views concurrently (readers
 * are never blocked) every quarter hour, at start, and after an award is granted or an RFQ closes,
 * the changes that move most figures. The time of the last refresh is kept for the page to show.
 */
@Injectable()
export class AnalyticsFactsService {
  private readonly logger = new Logger('AnalyticsFacts');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    events: DomainEventBus,
  ) {
    jobs.handle(ANALYTICS_REFRESH_QUEUE, () => this.refresh().then(() => undefined), {
      cron: ANALYTICS_REFRESH_CRON,
      policy: 'stately',
      expireInSeconds: 600,
      runAtStart: true,
    });
    const soon = async () => {
      // After the event's transaction: the refresh must see the change.
      await this.jobs.wake(ANALYTICS_REFRESH_QUEUE);
    };
    events.subscribe(AwardGranted, async (ctx) => ctx.afterCommit(soon));
    events.subscribe(RfqClosed, async (ctx) => ctx.afterCommit(soon));
  }

  /** Refreshes every fact view now and records when; answers the time. */
  async refresh(): Promise<Date> {
    const started = Date.now();
    await this.connection.dataSource.transaction(async (em) => {
      // One refresh at a time even outside the queue (a test, an operator): they would only wait for each other's locks.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('analytics-refresh'))`);
      for (const view of VIEWS) await em.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY ${view}`);
    });
    const took = Date.now() - started;
    const [row]: Array<{ refreshed_at: Date }> = await this.connection.dataSource.query(
      `INSERT INTO analytics_refresh (id, refreshed_at, took_ms) VALUES (true, clock_timestamp(), $1)
       ON CONFLICT (id) DO UPDATE SET refreshed_at = excluded.refreshed_at, took_ms = excluded.took_ms
       RETURNING refreshed_at`,
      [took],
    );
    this.logger.log({ tookMs: took }, 'analytics facts refreshed');
    return row.refreshed_at;
  }

  /**
   * Asks for a refresh soon (collapsed with one already waiting), after the request's transaction;
   * like every mutation it leaves its trace in the audit trail.
   */
  async requestRefresh(ctx: RequestContext): Promise<void> {
    await this.audit.record(ctx, { action: 'analytics.refresh_requested', entityType: 'Organization', entityId: ctx.organizationId });
    ctx.afterCommit(async () => {
      await this.jobs.wake(ANALYTICS_REFRESH_QUEUE);
    });
  }

  async refreshedAt(): Promise<Date | null> {
    const [row]: Array<{ refreshed_at: Date }> = await this.connection.dataSource.query(`SELECT refreshed_at FROM analytics_refresh`);
    return row?.refreshed_at ?? null;
  }
}
