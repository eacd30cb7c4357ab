/**
 * `nx run migrations:db:migrate | db:revert | db:reset | db:status` — against DATABASE_URL, or the
 * embedded PostgreSQL the app uses when there is none.
 */
import { DataSource } from 'typeorm';
import { loadConfig, migrateOnce, startEmbeddedPostgres, withSchemaLock } from '@bc/api/core';
import { MIGRATIONS } from '../src';

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort, database: 'buying_center' });
  const ds = new DataSource({
    type: 'postgres',
    url: config.databaseUrl ?? embedded?.url,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
  });
  await ds.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateOnce(ds);
        console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'nothing to apply');
        break;
      }
      case 'revert':
        await ds.undoLastMigration();
        console.log('reverted the last migration');
        break;
      case 'reset': {
        if (config.environment === 'production') throw new Error('db:reset refuses to run in production');
        const applied = await withSchemaLock(ds, async () => {
          await ds.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
          return ds.runMigrations({ transaction: 'each' });
        });
        console.log(`reset: dropped everything and applied ${applied.length} migrations`);
        break;
      }
      case 'status': {
        const pending = await ds.showMigrations();
        console.log(pending ? 'migrations are pending' : 'the database is up to date');
        break;
      }
      default:
        throw new Error('usage: migrate | revert | reset | status');
    }
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
