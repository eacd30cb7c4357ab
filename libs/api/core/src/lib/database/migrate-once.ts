import type { DataSource, Migration } from 'typeorm';

/** The advisory lock every instance takes to migrate (and to set up its job queues): one at a time. */
export const SCHEMA_LOCK_KEY = 'buying-center:schema';

/**
 * Runs `work` while holding the schema's session-level advisory lock on a connection of its own,
 * so that several instances starting together on one database take turns: the first does the
 * work, the others wait and then find nothing left to do. Nobody fails and retries.
 */
export async function withSchemaLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [SCHEMA_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [SCHEMA_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Applies the pending migrations (each in its own transaction) under the schema lock; returns those applied. */
export function migrateOnce(dataSource: DataSource): Promise<Migration[]> {
  return withSchemaLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
}

/** How many of the migrations this build ships are recorded as applied, of how many: readiness asks it. */
export async function migrationsApplied(dataSource: DataSource): Promise<{ applied: number; expected: number }> {
  const names = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
  const [{ applied }] = await dataSource.query(`SELECT count(*)::int AS applied FROM migrations WHERE name = ANY($1)`, [names]);
  return { applied, expected: names.length };
}
