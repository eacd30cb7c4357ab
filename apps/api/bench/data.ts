import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS } from '@bc/migrations';
import { createTestDatabase } from '../test/support/test-database';
import { ApiProcess } from './api-process';
import { copyAuditEvents } from './audit-copies';
import { BIG_RFQ, bigRfq } from './big-rfq';
import { caseTree, cloneRows, type CloneTable } from './clone';
import { resealQuotes } from './reseal';
import { generateSuppliers } from './suppliers-data';

/**
 * The bench's data, per table and how it is made:
 * - organizations, users, policies, the demo suppliers, and the demo's cases in every stage with
 *   specifications, shortlists, RFQs, sealed quotes, scores, negotiation rounds, award proposals and
 *   audit events: the real services, by the built API's demo seed (SEED_DEMO, showcase).
 * - further cases (to BENCH_CASES) with their whole tree: set-based copies of the seeded cases (clone.ts);
 *   their sealed quotes sealed anew for the copy (reseal.ts), their audit events appended to the
 *   organization's hash chain (audit-copies.ts).
 * - suppliers (to BENCH_SUPPLIERS) with certificates: set-based SQL (suppliers-data.ts).
 * - one closed RFQ with 200 quotes × 500 lines, sealed: a widened copy of a seeded case (big-rfq.ts).
 * - 50 further organizations: set-based copies of the seeded buying organization with its users,
 *   policies, demo suppliers and cases (BENCH_OTHER_ORG_CASES cases each).
 * Each database is built once and kept as a template named after the migrations, these sources and the
 * volumes (bench_data_<hash>); reruns clone it with CREATE DATABASE … TEMPLATE.
 */
export const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
export const VOLUME = {
  cases: Math.round(Number(process.env['BENCH_CASES'] ?? 10_000 * SCALE)),
  suppliers: Math.round(Number(process.env['BENCH_SUPPLIERS'] ?? 50_000 * SCALE)),
  otherOrganizations: 50,
  // The other tenants together hold as many cases as the measured one: 200 each.
  otherOrgCases: Math.round(Number(process.env['BENCH_OTHER_ORG_CASES'] ?? 200 * SCALE)),
};
export const BUYER_ORG = 'Nordwind Maschinenbau GmbH';

/** The bench server's URL of `database` (TEST_DATABASE_URL's server). */
export const serverUrl = (database: string) => {
  const url = new URL(process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
};

/** `work` on a connection to `database`, closed after. */
export async function withDb<T>(database: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: serverUrl(database) });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** `work` on the server's maintenance database (CREATE/DROP DATABASE). */
export const admin = <T>(work: (db: Client) => Promise<T>) => withDb(new URL(process.env['TEST_DATABASE_URL'] ?? 'postgres://x/postgres').pathname.slice(1) || 'postgres', work);

function sourceHash(extra: string): string {
  const sources = ['data.ts', 'clone.ts', 'reseal.ts', 'suppliers-data.ts', 'big-rfq.ts', 'audit-copies.ts'].map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
  return createHash('sha256').update(MIGRATIONS.map((m) => m.name).join(',') + sources + extra).digest('hex').slice(0, 12);
}

const exists = (name: string) => admin(async (db) => (await db.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);

export interface Source {
  name: string;
  /** Drops a source made only to be copied. */
  drop?: () => Promise<void>;
}

/** Returns the template `name`, building it with `build` (into `name_building`, renamed when done) if it is missing. */
export async function template(name: string, from: () => Promise<Source>, build: (database: string) => Promise<void>): Promise<string> {
  if (await exists(name)) return name;
  const source = await from();
  const building = `${name}_building`;
  try {
    await admin(async (db) => {
      await db.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await db.query(`CREATE DATABASE ${building} TEMPLATE ${source.name}`);
    });
  } finally {
    await source.drop?.();
  }
  const t0 = Date.now();
  await build(building);
  await withDb(building, (db) => db.query('VACUUM ANALYZE'));
  await admin((db) => db.query(`ALTER DATABASE ${building} RENAME TO ${name}`));
  console.log(`Built ${name} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return name;
}

/** The migrated schema with the demo seed, written by the real services of the built API. */
function seeded(): Promise<string> {
  // The migrated schema comes from the test suites' template, through a throw-away copy of it.
  return template(`bench_data_${sourceHash('seed')}_seed`, createTestDatabase, async (database) => {
    const api = new ApiProcess(serverUrl(database), true);
    await api.start();
    await api.stop();
  });
}

const orgId = (db: Client) => db.query(`SELECT id FROM organization WHERE name = $1`, [BUYER_ORG]).then((r) => r.rows[0].id as string);

/** Copies the organization's seeded cases until it holds `target` cases. */
async function growCases(db: Client, org: string, target: number): Promise<void> {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM purchase_case WHERE organization_id = $1`, [org])).rows;
  const copies = Math.max(0, Math.ceil(target / n) - 1);
  await cloneRows(db, caseTree(`s.organization_id = $1`), copies, [org], async (tx) => {
    await resealQuotes(tx);
    await copyAuditEvents(tx, org);
  });
}

/** The seeded buying organization, copied whole: the organization, its users, policies, suppliers and cases. */
function organizationTree(): CloneTable[] {
  const own = `s.organization_id = $1`;
  return [
    { table: 'organization', where: `s.id = $1`, override: { name: `s.name || ' ' || g.k` } },
    { table: 'app_user', where: own, override: { email: `'t' || g.k || '.' || s.email` } },
    { table: 'approval_policy', where: own },
    { table: 'purchasing_policy', where: own },
    { table: 'supplier', where: own },
    { table: 'supplier_certificate', where: own },
    { table: 'supplier_contact', where: `s.supplier_id IN (SELECT id FROM src_supplier)` },
    ...caseTree(own),
  ];
}

/** The two databases measured: the buying organization alone, and with 50 further organizations. */
export async function benchTemplates(): Promise<{ one: string; many: string }> {
  const volume = JSON.stringify({ ...VOLUME, rfq: BIG_RFQ });
  const fill = async (database: string) =>
    withDb(database, async (db) => {
      const org = await orgId(db);
      await growCases(db, org, VOLUME.cases);
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM supplier WHERE organization_id = $1`, [org])).rows;
      await generateSuppliers(db, org, VOLUME.suppliers - n);
      await bigRfq(db, org);
    });
  const fromSeed = async (): Promise<Source> => ({ name: await seeded() });
  const one = await template(`bench_data_${sourceHash(volume)}_one`, fromSeed, fill);
  const many = await template(`bench_data_${sourceHash(volume)}_many`, fromSeed, async (database) => {
    await withDb(database, async (db) => {
      const org = await orgId(db);
      // The other organizations first, from the seeded organization as the services left it.
      await cloneRows(db, organizationTree(), VOLUME.otherOrganizations, [org], resealQuotes);
      const others = (await db.query(`SELECT id FROM organization WHERE kind = 'BUYING' AND id <> $1`, [org])).rows;
      for (const o of others) await growCases(db, o.id, VOLUME.otherOrgCases);
    });
    await fill(database);
  });
  return { one, many };
}

/** A scratch copy of a template for one run (the API writes sessions into it). */
export async function scratchCopy(templateName: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bench_run_${process.pid}_${templateName.slice(-4)}`;
  await admin(async (db) => {
    await db.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await db.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`);
  });
  return { url: serverUrl(name), drop: () => admin((db) => db.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}
