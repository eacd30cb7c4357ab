import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@bc/migrations';
import { Logger as PinoLogger } from 'nestjs-pino';
import { createEmptyDatabase } from './support/test-database';
import { appOn } from './support/rfq-clock';

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

  it('run once when two instances start together on an empty database, and neither logs an error', async () => {
    const db = await createEmptyDatabase();
    const errors = jest.spyOn(PinoLogger.prototype, 'error');
    const apps = await Promise.all([appOn(db.url), appOn(db.url)]);
    try {
      expect(errors).not.toHaveBeenCalled();
      const rows: Array<{ name: string; n: number }> = await apps[0].dataSource.query(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name ORDER BY name`);
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      // Both serve: the demo data was seeded once, and each answers on the same database.
      const [{ n }] = await apps[1].dataSource.query(`SELECT count(*)::int AS n FROM organization`);
      expect(n).toBeGreaterThan(0);
      for (const app of apps) expect((await (await app.as('buyer@nordwind.example')).ok(`query { me { user { email } } }`))['me'].user.email).toBe('buyer@nordwind.example');
      const [{ orgs }] = await apps[0].dataSource.query(`SELECT count(*)::int AS orgs FROM organization WHERE name = 'Nordwind Maschinenbau GmbH'`);
      expect(orgs).toBe(1);
    } finally {
      errors.mockRestore();
      for (const app of apps) await app.close();
      await db.drop();
    }
  });
});
