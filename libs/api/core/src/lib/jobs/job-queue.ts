import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RequestContext } from '../context/request-context';

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Durable jobs on PostgreSQL with pg-boss: scheduled work (closing an RFQ at its closing time)
 * survives restarts because the job is a row in the database, written in the same transaction
 * as the change that asks for it. pg-boss delivers at least once; handlers make it exactly once
 * by checking, under a row lock, whether the work is still to be done.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly schedules = new Map<string, string>();
  private started = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (!config.databaseUrl) throw new Error('JobQueue needs the database URL');
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: 'pgboss',
      application_name: 'buying-center-jobs',
      max: 3,
      // Archive and delete finished jobs after a week: enough to see what ran.
      archiveCompletedAfterSeconds: 7 * 24 * 3600,
    });
    this.boss.on('error', (err: Error) => this.logger.error({ err }, 'job queue error'));
  }

  /**
   * Registers the handler of a queue; call it from a constructor, before the application starts.
   * With `cron` the queue also gets a job on that schedule (in the display time zone), kept by
   * pg-boss in the database so that one instance runs it each time.
   */
  handle<T>(queue: string, handler: JobHandler<T>, cron?: string): void {
    if (this.started) throw new Error(`Queue ${queue} registered after start`);
    this.handlers.set(queue, handler as JobHandler<unknown>);
    if (cron) this.schedules.set(queue, cron);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const [queue, handler] of this.handlers) {
      if (!(await this.boss.getQueue(queue))) await this.boss.createQueue(queue, { name: queue, retryLimit: 10, retryDelay: 5, retryBackoff: true });
      await this.boss.work<unknown>(queue, { pollingIntervalSeconds: this.config.jobPollIntervalSeconds, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
      const cron = this.schedules.get(queue);
      if (cron) await this.boss.schedule(queue, cron, {}, { tz: this.config.displayTimeZone });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /**
   * Schedules `data` on `queue` to run at `runAt` (now if absent). Inside a transaction the job
   * is written by that transaction: it exists exactly when the change that asked for it commits.
   */
  async send<T extends object>(ctx: RequestContext, queue: string, data: T, runAt?: Date): Promise<void> {
    const em = ctx.transactionManager;
    const db: PgBoss.Db | undefined = em
      ? { executeSql: async (text: string, values: unknown[]) => ({ rows: (await em.query(text, values)) as unknown[] }) }
      : undefined;
    await this.boss.send(queue, data, { ...(runAt ? { startAfter: runAt } : {}), ...(db ? { db } : {}) });
  }

  /** Whether a job of `queue` whose data has `field` = `value` waits to run at `notBefore` or later. */
  async hasPending(ctx: RequestContext, queue: string, field: string, value: string, notBefore: Date): Promise<boolean> {
    const em = ctx.transactionManager;
    const sql = `SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>$2 = $3 AND state IN ('created', 'retry') AND start_after >= $4 LIMIT 1`;
    const params = [queue, field, value, notBefore];
    const rows: unknown[] = em ? await em.query(sql, params) : (await this.boss.getDb().executeSql(sql, params)).rows;
    return rows.length > 0;
  }
}
