import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@bc/api/core';
import { DemoSeedService } from '@bc/api/demo';
import { createApp, RunningApp } from '../../src/app/bootstrap';
import type { AppModuleOptions } from '../../src/app/app.module';
import { GraphQLClient } from './graphql-client';
import { createTestDatabase } from './test-database';
import { TEST_SESSION_TTL_HOURS, testClock } from './test-clock';
import type { TcpProxy } from './tcp-proxy';
import type { DestinationStream } from 'pino';

export interface TestApp {
  url: string;
  running: RunningApp;
  dataSource: DataSource;
  /** A new anonymous client (its own cookie jar). */
  client(headers?: Record<string, string>): GraphQLClient;
  /** A client signed in as one of the demo users. */
  as(email: string): Promise<GraphQLClient>;
  close(): Promise<void>;
}

/**
 * Boots the real server on a fresh database (migrations applied, demo organizations seeded),
 * listening on a free port. One per suite. `showcase` adds the directory and cases of a first start.
 * It runs on the file's {@link testClock}, which tests advance to move time.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}, options: { showcase?: boolean; databaseProxy?: TcpProxy; logTo?: DestinationStream; module?: AppModuleOptions } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const databaseUrl = options.databaseProxy ? await options.databaseProxy.front(db.url) : db.url;
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent' }),
    port: 0,
    webRoot: '/nonexistent',
    sessionTtlHours: TEST_SESSION_TTL_HOURS,
    ...overrides,
  };
  const running = await createApp(config, { clock: testClock, logTo: options.logTo, module: options.module });
  await running.app.get(DemoSeedService).seedIfEmpty({ showcase: options.showcase ?? false });
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    running,
    dataSource: running.app.get(DataSource),
    client: (headers) => new GraphQLClient(url, headers),
    as: (email) => new GraphQLClient(url).signIn(email),
    close: async () => {
      await running.close();
      await db.drop();
    },
  };
}
