/**
 * `npm run bench`: loads 50 000 generated suppliers into a scratch database (TEST_DATABASE_URL,
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

const SUPPLIERS = Number(process.env['BENCH_SUPPLIERS'] ?? 50_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 25);

/** Generated in SQL from a fixed seed: names, descriptions and tags of a machine builder's suppliers, real CPV codes. */
const GENERATE = `
WITH words AS (
  SELECT ARRAY['Nord','Süd','West','Ost','Rhein','Elb','Weser','Main','Donau','Alpen','Harz','Eifel','Ruhr','Spree','Isar','Neckar',
               'Baltic','Hansa','Saar','Mosel','Lahn','Inn','Oder','Havel','Ems','Leine','Fulda','Werra','Lech','Iller','Tauber','Jagst'] AS first,
         ARRAY['tec','werk','form','tronic','metall','hydraulik','antrieb','mechanik','technik','systeme','präzision','industrie',
               'logistik','service','fluid','motion','pumpen','lager','stahl','kabel','guss','blech','dreh','fräs','schweiß','lack',
               'elektro','automation','sensorik','robotik','montage','verpackung','chemie','kunststoff','glas','holz','textil',
               'druck','mess','kälte'] AS second,
         ARRAY['GmbH','AG','KG','GmbH & Co. KG','B.V.','s.r.o.','S.p.A.','SAS','A/S','AB','Ltd','Sp. z o.o.','NV','e.K.'] AS legal,
         ARRAY['DE','DE','DE','DE','AT','CH','NL','PL','CZ','IT','FR','DK','SE','BE','GB','ES'] AS countries,
         ARRAY['quick delivery','ISO 9001 certified','family-owned','24/7 service','own logistics','small batches','large series',
               'prototype building','just-in-time delivery','export to 40 countries','in-house testing laboratory','custom designs',
               'hydraulic repair service','framework agreements','kanban supply','consignment stock','EDI ordering','on-site service',
               'engineering support','spare parts for 20 years'] AS phrases,
         ARRAY['service','steel','logistics','Stahl','automation','CNC','welding','sensors','bearings','pumps','valves','coatings',
               'fasteners','cables','drives','motors','gears','seals','hoses','filters','castings','forgings','sheet metal','plastics',
               'electronics','software','calibration','packaging','lubricants','tools','Hydraulik','hydraulics','pneumatics','Pumpen',
               'Ventile','Wälzlager','Robotik','Sensorik','Spedition','Instandhaltung','Kalibrierung','Verpackung','Schmierstoffe',
               'Werkzeuge','Dichtungen','Schläuche','Filter','Guss','Schmiedeteile','Blech','Kunststoff','Elektronik','Antriebe',
               'Getriebe','Motoren','Kabel','Lacke','Verbindungselemente','Arbeitsschutz','Bürobedarf'] AS tag_words,
         ARRAY(SELECT code FROM cpv_code WHERE level >= 3 AND left(code, 2) IN ('42','44','31','14','09','35','50','60','79','48','38','43','34','39','30','18')) AS codes
), generated AS (
  SELECT g, w, x.r, c.n,
         ARRAY[w.codes[1 + floor(random() * cardinality(w.codes))::int], w.codes[1 + floor(random() * cardinality(w.codes))::int]] AS cpv
    FROM generate_series(1, $2::int) g, words w,
         LATERAL (SELECT random() AS r) x,
         LATERAL (SELECT CASE WHEN random() < 0.4 THEN 1 + floor(random() * 3)::int ELSE 0 END AS n) c
)
INSERT INTO supplier (organization_id, name, country, description, tags, cpv_codes, qualification_status, blocked_reason,
                      reliability_score, certificate_count, certificate_earliest_expiry)
SELECT $1,
       (w).first[1 + floor(random() * 32)::int] || (w).second[1 + floor(random() * 40)::int] || ' ' || (w).legal[1 + floor(random() * 14)::int] || ' ' || g,
       (w).countries[1 + floor(random() * 16)::int],
       'Supplier of ' || lower((SELECT label FROM cpv_code WHERE code = cpv[1]::char(10))) || '; ' || (w).phrases[1 + floor(random() * 20)::int]
         || '. Founded ' || (1900 + floor(random() * 120)::int) || ', ' || (10 + floor(random() * 900)::int) || ' employees.',
       -- Tags follow a long tail: the first words of the list are common, the last rare.
       ARRAY[(w).tag_words[1 + floor(60 * random() ^ 2)::int], (w).tag_words[1 + floor(60 * random() ^ 2)::int]],
       cpv,
       CASE WHEN r < 0.02 THEN 'BLOCKED' WHEN r < 0.20 THEN 'APPROVED' WHEN r < 0.50 THEN 'QUALIFIED' ELSE 'PROSPECT' END,
       CASE WHEN r < 0.02 THEN 'Failed audit' END,
       CASE WHEN random() < 0.6 THEN round((40 + random() * 60)::numeric, 2)::float8 END,
       n,
       CASE WHEN n > 0 THEN current_date + (floor(random() * 1100)::int - 200) END
  FROM generated`;

const PREFIXES = `
UPDATE supplier s SET category_prefixes = ARRAY(
  SELECT DISTINCT left(c.prefix, n) FROM cpv_code c, generate_series(2, length(c.prefix)) n WHERE c.code = ANY (s.cpv_codes::char(10)[]) ORDER BY 1)`;

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
  await client.query(`SELECT setseed(0.42)`);
  const [{ id: org }] = (await client.query(`INSERT INTO organization (name, kind, country) VALUES ('Bench Maschinenbau', 'BUYING', 'DE') RETURNING id`)).rows;
  const [{ id: other }] = (await client.query(`INSERT INTO organization (name, kind, country) VALUES ('Other Tenant', 'BUYING', 'DE') RETURNING id`)).rows;
  await client.query(GENERATE, [org, SUPPLIERS]);
  await client.query(GENERATE, [other, Math.round(SUPPLIERS / 10)]);
  await client.query(PREFIXES);
  await client.query(`VACUUM ANALYZE supplier`);
  // As autovacuum would: flushes the GIN pending lists, so the plans are those of a settled database.
  await client.query(`VACUUM ANALYZE supplier_search_word`);
  await client.query(`ANALYZE cpv_code`);
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM supplier`)).rows;
  console.log(`Loaded ${n} suppliers (${SUPPLIERS} in the measured directory) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, false)`, [String(WORD_SIMILARITY_THRESHOLD)]);
  return org;
}

/** The statements measured: the directory's page for each kind of search, the ranking and the category search. */
function benchCases(org: string): Case[] {
  const page = (name: string, q: SupplierQuery): Case => {
    const { sql, params } = supplierPageSql(org, q, 0, 20);
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

async function main(): Promise<void> {
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

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
