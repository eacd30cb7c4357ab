/**
 * Part of `npm run bench` (run alone: see main.ts): loads 50 000 generated suppliers into a scratch database (TEST_DATABASE_URL,
 * or an embedded PostgreSQL via with-test-db.mjs), runs the directory's typical searches with the
 * very statements the API runs, and prints median / p95 and the EXPLAIN (ANALYZE) plans.
 * Not part of `npm test`. Figures and plans are kept in libs/api/suppliers/SEARCH.md.
 */
import { Client } from 'pg';
import {
  cpvLabelSearchSql,
  rankForCategorySql,
  searchTerms,
  SupplierQuery,
  supplierPageSql,
  WORD_SIMILARITY_THRESHOLD,
} from '@bc/api/suppliers';
import { CertificateFilter, QualificationStatus } from '@bc/shared/domain';
import { createTestDatabase } from '../test/support/test-database';
import { generateSuppliers } from './suppliers-data';

const SUPPLIERS = Number(process.env['BENCH_SUPPLIERS'] ?? Math.round(50_000 * Number(process.env['BENCH_SCALE'] ?? 1)));
const RUNS = Number(process.env['BENCH_RUNS'] ?? 25);

interface Case {
  name: string;
  sql: string;
  params: unknown[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
}

/** Generates the directories (the measured one and another tenant's) and settles the statistics; returns the measured organization. */
async function loadDirectory(client: Client): Promise<string> {
  const t0 = Date.now();
  const [{ id: org }] = (await client.query(`INSERT INTO organization (name, kind, country) VALUES ('Bench Maschinenbau', 'BUYING', 'DE') RETURNING id`)).rows;
  const [{ id: other }] = (await client.query(`INSERT INTO organization (name, kind, country) VALUES ('Other Tenant', 'BUYING', 'DE') RETURNING id`)).rows;
  await generateSuppliers(client, org, SUPPLIERS);
  await generateSuppliers(client, other, Math.round(SUPPLIERS / 10));
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM supplier`)).rows;
  console.log(`Loaded ${n} suppliers (${SUPPLIERS} in the measured directory) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, false)`, [String(WORD_SIMILARITY_THRESHOLD)]);
  return org;
}

/** The statements measured: the directory's page for each kind of search, the ranking and the category search. */
function benchCases(org: string): Case[] {
  const page = (name: string, q: SupplierQuery): Case => {
    const { sql, params } = supplierPageSql(org, q, { limit: 20 });
    return { name, sql, params };
  };
  const rank = rankForCategorySql(org, '42122000-0', 20);
  const cpv = (name: string, words: string): Case => {
    const terms = searchTerms(words);
    if (!terms) throw new Error(`no words in ${words}`);
    // The bench has no purchase cases: no category is in use by cases.
    return { name, ...cpvLabelSearchSql(org, terms, 20, []) };
  };
  return [
    page('search "hydraulik"', { search: 'hydraulik' }),
    page('typo "hydralik"', { search: 'hydralik' }),
    page('search "machining centres"', { search: 'machining centres' }),
    page('search "kanban" (description only)', { search: 'kanban' }),
    page('search a company name "Weserhydraulik"', { search: 'Weserhydraulik' }),
    page('category 42120000-6 (group and sub-codes)', { category: '42120000-6' }),
    page('category 42122000-0 + QUALIFIED/APPROVED', { category: '42122000-0', status: [QualificationStatus.QUALIFIED, QualificationStatus.APPROVED] }),
    page('German category "Getriebe"', { search: 'Getriebe' }),
    page('German typo "Hydrualik"', { search: 'Hydrualik' }),
    page('German compound "Kugellager" (head "Lager")', { search: 'Kugellager' }),
    page('CPV code typed "44440000-6"', { search: '44440000-6' }),
    page('CPV prefix typed "4212"', { search: '4212' }),
    page('search "pumpen" + DE + certificates valid', { search: 'pumpen', country: 'DE', certificates: CertificateFilter.ALL_VALID }),
    page('certificates SOME_EXPIRED', { certificates: CertificateFilter.SOME_EXPIRED }),
    page('reliability >= 95', { minReliability: 95 }),
    page('tags Hydraulik', { tags: ['Hydraulik'] }),
    page('country CH', { country: 'CH' }),
    page('no filter, first page by name', {}),
    { name: 'rankForCategory 42122000-0', sql: rank.sql, params: rank.params },
    cpv('cpvCodes "pumps"', 'pumps'),
    cpv('cpvCodes "Lager" (categories in use first)', 'Lager'),
    cpv('cpvCodes "Hydrualik" (German typo)', 'Hydrualik'),
  ];
}

/** Runs each statement RUNS times and prints the timings and plans. */
async function measure(client: Client, cases: Case[]): Promise<void> {
  const results: Array<{ name: string; rows: number; total: number | null; median: number; p95: number }> = [];
  const plans: string[] = [];
  for (const c of cases) {
    await client.query(c.sql, c.params); // warm
    const times: number[] = [];
    let rows = 0;
    let total: number | null = null;
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      const res = await client.query(c.sql, c.params);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      // The page statement answers an empty page with one row that holds only the total.
      rows = res.rows.filter((r) => !('total' in r) || (r.id !== null && r.id !== undefined)).length;
      total = res.rows[0]?.total ?? null;
    }
    results.push({ name: c.name, rows, total, median: median(times), p95: p95(times) });
    const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) ${c.sql}`, c.params)).rows.map((r) => r['QUERY PLAN']).join('\n');
    plans.push(`### ${c.name}\n\n\`\`\`\n${plan}\n\`\`\``);
  }

  console.log('| query | rows | total | median ms | p95 ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of results) console.log(`| ${r.name} | ${r.rows} | ${r.total ?? ''} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} |`);
  console.log(`\n${plans.join('\n\n')}`);
  const seqScans = plans.filter((p) => /Seq Scan on supplier /.test(p)).map((p) => p.split('\n')[0]);
  console.log(`\nSeq scans on supplier: ${seqScans.length ? seqScans.join(', ') : 'none'}`);
}

/** The statement-level supplier search bench (its own scratch database); part of `npm run bench`. */
export async function supplierSearchBench(): Promise<void> {
  const db = await createTestDatabase();
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const org = await loadDirectory(client);
    await measure(client, benchCases(org));
  } finally {
    await client.end();
    if (process.env['BENCH_KEEP']) console.log(`\nKept the database: ${db.url}`);
    else await db.drop();
  }
}

if (require.main === module) {
  supplierSearchBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
