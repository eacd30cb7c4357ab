import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { JobQueue } from './jobs/job-queue';
import { DomainEventBus } from './events/domain-event-bus';
import { TransactionalConnection, TransactionInterceptor } from './database/transaction';

@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, TransactionalConnection, TransactionInterceptor, JobQueue, DomainEventBus],
      exports: [APP_CONFIG, TransactionalConnection, TransactionInterceptor, JobQueue, DomainEventBus],
    };
  }
}
