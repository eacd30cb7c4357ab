import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { PinoLogger } from 'nestjs-pino';
import { storage, Store } from 'nestjs-pino/storage';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { RequestContext } from '../context/request-context';
import { DataSource } from 'typeorm';
import { withSchemaLock } from '../database/migrate-once';

/** The job this code runs for, if it runs inside a job's handler (tests tell a request's statements from background work by it). */
export const runningJob = new AsyncLocalStorage<{ queue: string; id: string }>();

export type JobHandler<T> = (data: T) => Promise<void>;

/** How a queue runs its jobs (pg-boss's own names; see its queue policies). */
export interface QueueOptions {
  /** Also run a job on this cron schedule (in the display time zone), kept by pg-boss so that one instance runs it each time. */
  cron?: string;
  /**
   * `standard`: every job is kept; `short`: at most one job waits at a time (a second send while one
   * waits is dropped), so wake-ups collapse into one run; `stately`: besides, at most one runs at a
   * time on all instances together, so periodic work never overlaps or piles up.
   */
  policy?: 'standard' | 'short' | 'stately';
  /** How long a run may take before pg-boss gives its job up (and, on a `stately` queue, lets the next one run). */
  expireInSeconds?: number;
  /** Also run once as the application starts (the work may have fallen due while it was down). */
  runAtStart?: boolean;
  /** How often the worker looks for due jobs (seconds, at least 0.5); the queue's default is JOB_POLL_INTERVAL_SECONDS. */
  pollingIntervalSeconds?: number;
}

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
  private readonly handlers = new Map<string, { handler: JobHandler<unknown>; options: QueueOptions }>();
  private readonly workers = new Map<string, string>();
  private readonly wokenBeforeStart = new Set<string>();
  private started = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {
    if (!config.databaseUrl) throw new Error('JobQueue needs the database URL');
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: 'pgboss',
      application_name: 'buying-center-jobs',
      max: 3,
      // How often an instance looks whether a cron schedule is due (one instance at a time, under
      // pg-boss's lock), and how often the due runs are sent: as often as the workers poll.
      cronMonitorIntervalSeconds: Math.min(30, config.jobPollIntervalSeconds),
      cronWorkerIntervalSeconds: Math.min(5, config.jobPollIntervalSeconds),
      // Archive and delete finished jobs after a week: enough to see what ran.
      archiveCompletedAfterSeconds: 7 * 24 * 3600,
    });
    this.boss.on('error', (err: Error) => this.logger.error({ err }, 'job queue error'));
  }

  /** Registers the handler of a queue; call it from a constructor, before the application starts. */
  handle<T>(queue: string, handler: JobHandler<T>, options: QueueOptions = {}): void {
    if (this.started) throw new Error(`Queue ${queue} registered after start`);
    this.handlers.set(queue, { handler: handler as JobHandler<unknown>, options });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    // Instances starting together set the queues up in turn (the lock the migrations take).
    await withSchemaLock(this.dataSource, async () => {
      for (const [queue, { options }] of this.handlers) await this.createQueue(queue, options);
    });
    for (const [queue, { handler, options }] of this.handlers) {
      const pollingIntervalSeconds = Math.max(0.5, options.pollingIntervalSeconds ?? this.config.jobPollIntervalSeconds);
      const workerId = await this.boss.work<unknown>(queue, { pollingIntervalSeconds, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await runningJob.run({ queue, id: job.id }, () => this.inLogContext(queue, job, () => handler(job.data)));
      });
      this.workers.set(queue, workerId);
      if (options.cron) await this.boss.schedule(queue, options.cron, {}, { tz: this.config.displayTimeZone });
      if (options.runAtStart) this.wokenBeforeStart.add(queue);
    }
    for (const queue of this.wokenBeforeStart) await this.wake(queue);
    this.wokenBeforeStart.clear();
  }

  /**
   * Runs a job with its own log context, as a request has one: every line it logs names the job
   * (queue and id) and, when a request asked for it, that request's id.
   */
  private inLogContext(queue: string, job: PgBoss.Job<unknown>, run: () => Promise<void>): Promise<void> {
    const root = PinoLogger.root as PinoLogger['logger'] | undefined;
    if (!root) return run();
    const requestId = (job.data as { requestId?: unknown } | null)?.requestId;
    const bindings = { job: { queue, id: job.id }, ...(typeof requestId === 'string' ? { requestId } : {}) };
    return storage.run(new Store(root.child(bindings)), run);
  }

  /**
   * Creates the queue with its policy. A periodic queue (one with a cron) whose policy changed in
   * a release is made anew: its jobs carry no data, the next run is at most a minute away.
   */
  private async createQueue(queue: string, options: QueueOptions): Promise<void> {
    const policy = options.policy ?? 'standard';
    const existing = await this.boss.getQueue(queue);
    if (existing && (existing.policy ?? 'standard') === policy) return;
    if (existing && !options.cron) {
      this.logger.warn({ queue, policy: existing.policy, wanted: policy }, 'queue keeps its policy: it holds jobs with data');
      return;
    }
    if (existing) await this.boss.deleteQueue(queue);
    await this.boss.createQueue(queue, {
      name: queue,
      policy,
      retryLimit: 10,
      retryDelay: 5,
      retryBackoff: true,
      ...(options.expireInSeconds ? { expireInSeconds: options.expireInSeconds } : {}),
    });
  }

  /**
   * Asks for a run of `queue` now, outside any transaction (call it after the commit that made
   * work), and wakes this instance's worker instead of waiting for its next poll. On a `short`
   * queue a wake-up while one waits is dropped: that one run does the work of both.
   */
  async wake(queue: string): Promise<void> {
    if (!this.started) {
      this.wokenBeforeStart.add(queue);
      return;
    }
    await this.boss.send(queue, {});
    const workerId = this.workers.get(queue);
    if (workerId) this.boss.notifyWorker(workerId);
  }

  /** Asks for a run of `queue` at `runAt` (by the application's clock), once per `key` (a second ask with the same key is dropped). */
  async sendOnce(queue: string, runAt: Date, key: string): Promise<void> {
    if (!this.started) return;
    await this.boss.send(queue, {}, { startAfter: this.clock.machineTime(runAt), singletonKey: key });
  }

  /** Whether the queue has started: its workers poll and its schedules are set (readiness). */
  get isStarted(): boolean {
    return this.started;
  }

  /** Jobs waiting (created or to be retried) and running, per queue this instance handles. */
  async depths(): Promise<Array<{ queue: string; waiting: number; active: number }>> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT q.name AS queue,
              count(j.id) FILTER (WHERE j.state IN ('created', 'retry'))::int AS waiting,
              count(j.id) FILTER (WHERE j.state = 'active')::int AS active
         FROM unnest($1::text[]) AS q(name)
         LEFT JOIN pgboss.job j ON j.name = q.name AND j.state < 'completed'
        GROUP BY q.name ORDER BY q.name`,
      [[...this.handlers.keys()]],
    );
    return rows as Array<{ queue: string; waiting: number; active: number }>;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /**
   * Schedules `data` on `queue` to run at `runAt` (now if absent), a time by the application's
   * clock (pg-boss runs it when the database's time gets there). Inside a transaction the job
   * is written by that transaction: it exists exactly when the change that asked for it commits.
   */
  async send<T extends object>(ctx: RequestContext, queue: string, data: T, runAt?: Date): Promise<void> {
    const em = ctx.transactionManager;
    const db: PgBoss.Db | undefined = em
      ? { executeSql: async (text: string, values: unknown[]) => ({ rows: (await em.query(text, values)) as unknown[] }) }
      : undefined;
    // The request's id goes with the job, so the job's log lines can be traced to what asked for it.
    const traced = ctx.requestId ? { ...data, requestId: ctx.requestId } : data;
    await this.boss.send(queue, traced, { ...(runAt ? { startAfter: this.clock.machineTime(runAt) } : {}), ...(db ? { db } : {}) });
  }

  /** Whether a job of `queue` whose data has `field` = `value` waits to run at `notBefore` (application's clock) or later. */
  async hasPending(ctx: RequestContext, queue: string, field: string, value: string, notBefore: Date): Promise<boolean> {
    const em = ctx.transactionManager;
    const sql = `SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>$2 = $3 AND state IN ('created', 'retry') AND start_after >= $4 LIMIT 1`;
    const params = [queue, field, value, this.clock.machineTime(notBefore)];
    const rows: unknown[] = em ? await em.query(sql, params) : (await this.boss.getDb().executeSql(sql, params)).rows;
    return rows.length > 0;
  }
}
