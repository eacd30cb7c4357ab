import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { JobQueue } from '../jobs/job-queue';
import { IdempotencyKeys } from './idempotency';

/** The queue of the hourly purge of idempotency keys whose day is over. */
export const IDEMPOTENCY_PURGE_QUEUE = 'idempotency.purge';

/** Forgets expired idempotency keys every hour (a claim also forgets its own expired key first). */
@Injectable()
export class IdempotencyPurge {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    jobs: JobQueue,
  ) {
    jobs.handle(IDEMPOTENCY_PURGE_QUEUE, () => this.purge().then(() => undefined), { cron: '17 * * * *', policy: 'stately', expireInSeconds: 600 });
  }

  purge(): Promise<number> {
    return IdempotencyKeys.purge(this.dataSource.manager, this.clock.now());
  }
}
