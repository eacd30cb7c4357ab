import { ConfigError, isDatabaseUnavailable, loadConfig } from '@bc/api/core';
import { DemoSeedService, DEMO_PASSWORD, SeededUser } from '@bc/api/demo';
import { createApp } from './app/bootstrap';
import { runCommand } from './app/cli';

/**
 * pg-boss 10 records a finished job without awaiting the write (its manager's `complete`/`fail`,
 * timgit/pg-boss#577): when PostgreSQL goes away at that moment the rejection is unhandled, and Node
 * ends the process. A database that is away is survived (the job stays active and runs again once it
 * expires; requests answer UNAVAILABLE meanwhile); any other unhandled rejection still ends the process.
 * Found by the fault suite (`npm run chaos`): both instances died on a PostgreSQL restart.
 */
function surviveDatabaseOutages(): void {
  process.on('unhandledRejection', (reason: unknown) => {
    if (!isDatabaseUnavailable(reason)) throw reason;
    const message = reason instanceof Error ? reason.message : String(reason);
    process.stderr.write(`${JSON.stringify({ level: 40, time: Date.now(), msg: 'database unavailable: unhandled rejection survived', err: message })}\n`);
  });
}

async function main(): Promise<void> {
  surviveDatabaseOutages();
  const config = loadConfig();
  const args = process.argv.slice(2);
  if (args.length > 0) process.exit(await runCommand({ ...config, logLevel: 'warn' }, args));

  // The demo data is in place before the server answers: no first request meets a half-seeded portal.
  let seeded: SeededUser[] = [];
  const running = await createApp(config, {
    beforeListen: config.seedDemo
      ? async (app) => {
          seeded = (await app.get(DemoSeedService).seedIfEmpty({ showcase: true })).users;
        }
      : undefined,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\nReceived ${signal}, shutting down…\n`);
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  if (config.seedDemo) {
    const width = Math.max(...seeded.map((u) => u.email.length));
    const roleWidth = Math.max(...seeded.map((u) => u.roles.join(', ').length));
    process.stdout.write(
      [
        '',
        `Buying Center is running at ${config.publicUrl}`,
        running.embedded ? `Database: embedded PostgreSQL in ${config.embeddedDataDir}` : 'Database: DATABASE_URL',
        '',
        `Demo users (password: ${DEMO_PASSWORD})`,
        ...seeded.map((u) => `  ${u.email.padEnd(width)}  ${u.roles.join(', ').padEnd(roleWidth)}  ${u.organization}`),
        '',
      ].join('\n') + '\n',
    );
  } else {
    process.stdout.write(`Buying Center is running at ${config.publicUrl}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof ConfigError ? 'Configuration error' : 'Failed to start'}: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
