import { randomUUID } from 'node:crypto';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { pino, type DestinationStream } from 'pino';
import type { IncomingMessage } from 'node:http';
import { AppConfig, AppValidationPipe, Clock, CoreModule, GraphQLExceptionFilter, migrateOnce, PermissionGuard, SESSION_RESOLVER, type SessionResolver } from '@bc/api/core';
import { DataSource } from 'typeorm';
import { AuditEvent, AuditModule } from '@bc/api/audit';
import { IDENTITY_ENTITIES, IdentityModule } from '@bc/api/identity';
import { DemoModule } from '@bc/api/demo';
import { FILE_ENTITIES, FilesModule } from '@bc/api/files';
import { SUPPLIER_ENTITIES, SuppliersModule } from '@bc/api/suppliers';
import { PURCHASING_ENTITIES, PurchasingModule } from '@bc/api/purchasing';
import { MAIL_ENTITIES, MailModule } from '@bc/api/mail';
import { RFQ_ENTITIES, RfqModule } from '@bc/api/rfq';
import { QUOTE_ENTITIES, QuotesModule } from '@bc/api/quotes';
import { EVALUATION_ENTITIES, EvaluationModule } from '@bc/api/evaluation';
import { NEGOTIATION_ENTITIES, NegotiationModule } from '@bc/api/negotiation';
import { AUCTION_ENTITIES, AuctionModule } from '@bc/api/auction';
import { AWARD_ENTITIES, AwardModule } from '@bc/api/award';
import { AWARD_SCENARIO_ENTITIES, AwardScenariosModule } from '@bc/api/award-scenarios';
import { OPEN_DATA_ENTITIES, OpenDataModule } from '@bc/api/open-data';
import { TasksModule } from '@bc/api/tasks';
import { AnalyticsModule } from '@bc/api/analytics';
import { MIGRATIONS } from '@bc/migrations';
import { graphqlOptions } from './graphql.config';
import { HealthController } from './health.controller';
import { MetricsModule } from './metrics/metrics.module';
import { Metrics } from './metrics/metrics.service';
import { graphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';

export const ENTITIES = [...IDENTITY_ENTITIES, AuditEvent, ...FILE_ENTITIES, ...SUPPLIER_ENTITIES, ...PURCHASING_ENTITIES, ...MAIL_ENTITIES, ...RFQ_ENTITIES, ...QUOTE_ENTITIES, ...EVALUATION_ENTITIES, ...NEGOTIATION_ENTITIES, ...AUCTION_ENTITIES, ...AWARD_ENTITIES, ...AWARD_SCENARIO_ENTITIES, ...OPEN_DATA_ENTITIES];

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface AppModuleOptions {
  /** Modules a test adds (e.g. a resolver only its suite uses). */
  imports?: Array<Type | DynamicModule>;
  /** How often an open live connection checks its session (default 30 s); tests shorten it. */
  liveSessionCheckMs?: number;
}

/** Wiring only: configuration, database, GraphQL, logging and the domain modules. */
@Module({})
export class AppModule {
  /** `logTo`: where the JSON log lines go (standard output unless a test reads them). */
  static forRoot(config: AppConfig & { databaseUrl: string }, clock?: Clock, logTo?: DestinationStream, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, clock),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              genReqId: (req: IncomingMessage, res) => {
                const incoming = req.headers['x-request-id'];
                const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
                res.setHeader('x-request-id', id);
                return id;
              },
              redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
              autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
            },
            // Written synchronously: nothing is lost when the process dies, and the log stays in
            // order with what the server prints itself (the start banner).
            logTo ?? pino.destination({ dest: 1, sync: true }),
          ],
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            type: 'postgres',
            url: config.databaseUrl,
            entities: ENTITIES,
            migrations: MIGRATIONS,
            migrationsTransactionMode: 'each',
            synchronize: false,
            // Tests provoke database errors on purpose; the filter logs what matters with its request id.
            logging: config.environment === 'test' ? false : ['error'],
            extra: { max: 10 },
          }),
          // Migrations run under an advisory lock: instances started together migrate once, in turn.
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await migrateOnce(dataSource);
            return dataSource;
          },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [MetricsModule, IdentityModule],
          inject: [Metrics, SESSION_RESOLVER],
          useFactory: (metrics: Metrics, sessions: SessionResolver) => graphqlOptions(config, [graphqlMetricsPlugin(metrics)], sessions, { sessionCheckMs: options.liveSessionCheckMs }),
        }),
        TerminusModule,
        MetricsModule,
        AuditModule,
        IdentityModule,
        FilesModule,
        SuppliersModule,
        PurchasingModule,
        MailModule,
        RfqModule,
        QuotesModule,
        EvaluationModule,
        NegotiationModule,
        AuctionModule,
        AwardModule,
        AwardScenariosModule,
        OpenDataModule,
        TasksModule,
        AnalyticsModule,
        DemoModule,
        ...(options.imports ?? []),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: PermissionGuard },
        { provide: APP_PIPE, useClass: AppValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      ],
    };
  }
}
