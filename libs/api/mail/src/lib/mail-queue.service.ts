import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, JobQueue } from '@bc/api/core';
import { MailWorker } from './mail-worker.service';

/** The pg-boss queue whose runs send the outbox. */
export const MAIL_OUTBOX_QUEUE = 'mail.outbox';

/**
 * When the outbox is sent, on the project's pg-boss queue rather than a timer of its own: a run
 * right after each commit that enqueued mail (wake-ups collapse into one waiting run), a run at
 * the time the next retry is due, and a run every minute on one instance as the safety net.
 */
@Injectable()
export class MailQueue implements OnApplicationBootstrap {
  private readonly logger = new Logger('MailQueue');

  constructor(
    private readonly worker: MailWorker,
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    jobs.handle(MAIL_OUTBOX_QUEUE, () => this.run(), {
      policy: 'short',
      cron: '* * * * *',
      pollingIntervalSeconds: config.mailPollIntervalMs / 1000,
    });
  }

  /** What waited in the outbox before a restart goes out now. */
  onApplicationBootstrap(): void {
    this.wake();
  }

  /** Asks for a run now (after a commit that enqueued mail). */
  wake(): void {
    if (!this.config.smtpUrl) return;
    this.jobs.wake(MAIL_OUTBOX_QUEUE).catch((err: unknown) => this.logger.error({ err }, 'could not wake the mail queue'));
  }

  /** Mail not sent: waiting to go out (PENDING) and given up (FAILED), for the metrics. */
  async backlog(): Promise<{ pending: number; failed: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*) FILTER (WHERE status = 'FAILED')::int AS failed
         FROM outbox_message WHERE status IN ('PENDING', 'FAILED')`,
    )) as Array<{ pending: number; failed: number }>;
    return row;
  }

  private async run(): Promise<void> {
    if (!this.config.smtpUrl) return;
    await this.worker.drain();
    const [{ at }] = (await this.dataSource.query(`SELECT min(next_attempt_at) AS at FROM outbox_message WHERE status = 'PENDING'`)) as Array<{ at: Date | null }>;
    if (at) await this.jobs.sendOnce(MAIL_OUTBOX_QUEUE, at, `due:${at.toISOString()}`);
  }
}
