import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@bc/migrations';
import { createEmptyDatabase } from './support/test-database';

const tables = async (ds: DataSource): Promise<string[]> =>
  (await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`)).map(
    (r: { table_name: string }) => r.table_name,
  );

describe('migrations', () => {
  it('run up on an empty database, down to nothing, and up again', async () => {
    const db = await createEmptyDatabase();
    const ds = new DataSource({ type: 'postgres', url: db.url, migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
    await ds.initialize();
    try {
      expect(await tables(ds)).toEqual([]);
      const applied = await ds.runMigrations();
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
      expect(await tables(ds)).toEqual(expect.arrayContaining(['app_user', 'audit_event', 'invitation', 'organization', 'rate_limit', 'user_session']));

      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
      expect(await tables(ds)).toEqual(['migrations']);
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'audit_event_append_only'`);
      expect(n).toBe(0);

      await ds.runMigrations();
      expect(await tables(ds)).toContain('audit_event');
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
