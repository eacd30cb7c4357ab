import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@bc/migrations';

function serverUrl(database: string): string {
  const base = process.env['TEST_DATABASE_URL'];
  if (!base) throw new Error('TEST_DATABASE_URL is not set: run the suites with `npm test` or `nx test api`');
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

const adminDatabase = () => new URL(process.env['TEST_DATABASE_URL'] ?? 'postgres://x/postgres').pathname.slice(1) || 'postgres';

/** The template every test database is copied from: named after the migrations it holds. */
const templateName = () =>
  `bc_template_${createHash('sha256').update(MIGRATIONS.map((m) => m.name).join(',')).digest('hex').slice(0, 12)}`;

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl(adminDatabase()) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs the real migrations into an empty database. */
export async function migrate(url: string): Promise<void> {
  const ds = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
  await ds.initialize();
  try {
    await ds.runMigrations();
  } finally {
    await ds.destroy();
  }
}

/**
 * A fresh database for one suite, copied from a template built once by running the migrations:
 * tests never build their schema any other way.
 */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const template = templateName();
  const name = `bc_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock(4242)');
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        await client.query(`DROP DATABASE IF EXISTS ${template}_building`);
        await client.query(`CREATE DATABASE ${template}_building`);
        await migrate(serverUrl(`${template}_building`));
        await client.query(`ALTER DATABASE ${template}_building RENAME TO ${template}`);
      }
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(4242)');
    }
  });
  return { url: serverUrl(name), name, drop: () => dropDatabase(name) };
}

export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bc_empty_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  return { url: serverUrl(name), drop: () => dropDatabase(name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
