import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { Clock, SystemClock } from './clock/clock';
import { JobQueue } from './jobs/job-queue';
import { IdempotencyPurge } from './idempotency/idempotency-purge';
import { DomainEventBus } from './events/domain-event-bus';
import { TransactionalConnection, TransactionInterceptor } from './database/transaction';
import { CombinedReads } from './loaders/combined-reads';
import { LiveEvents } from './live/live-events';

@Global()
@Module({})
export class CoreModule {
  /** `clock`: the time the rules follow; the system's unless a test brings its own. */
  static forRoot(config: AppConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: Clock, useValue: clock }, TransactionalConnection, TransactionInterceptor, JobQueue, DomainEventBus, IdempotencyPurge, CombinedReads, LiveEvents],
      exports: [APP_CONFIG, Clock, TransactionalConnection, CombinedReads, TransactionInterceptor, JobQueue, DomainEventBus, LiveEvents],
    };
  }
}
