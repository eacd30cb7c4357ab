import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '@bc/migrations';
import { createTestDatabase } from '../test/support/test-database';
import { ApiProcess } from './api-process';
import { analyticsCounts, generateAnalyticsData } from './analytics-data';
import { BUYER_ORG, SCALE, serverUrl, template, withDb } from './data';
import { benchSeal } from './reseal';

/**
 * Builds (or finds) the analytics benchmark's database and checks its counts: `bench_analytics_<hash>`,
 * the built API's demo seed (with the showcase's year of history) grown to 10 000 cases and 50 000
 * suppliers by analytics-data.ts. The hash covers the migrations, the bench's generator sources and
 * the demo's history sources, and the volume. Exits 1 when a count is off.
 *
 *   npx nx build api --configuration=production
 *   TS_NODE_PROJECT=apps/api/bench/tsconfig.json TS_NODE_TRANSPILE_ONLY=true TS_NODE_BASEURL=../../.. \
 *     node apps/api/test/support/with-test-db.mjs node -r ts-node/register -r tsconfig-paths/register apps/api/bench/analytics-check.ts
 *
 * `BENCH_SCALE` (or `BENCH_ANALYTICS_CASES`, `BENCH_ANALYTICS_SUPPLIERS`) sets the volume.
 */
export const ANALYTICS_VOLUME = {
  cases: Math.round(Number(process.env['BENCH_ANALYTICS_CASES'] ?? 10_000 * SCALE)),
  suppliers: Math.round(Number(process.env['BENCH_ANALYTICS_SUPPLIERS'] ?? 50_000 * SCALE)),
};

function analyticsHash(): string {
  const bench = ['analytics-data.ts', 'clone.ts', 'reseal.ts', 'suppliers-data.ts', 'audit-copies.ts'].map((f) => readFileSync(join(__dirname, f), 'utf8'));
  const demo = ['showcase-history.ts', 'showcase-history-data.ts', 'showcase-seed.service.ts', 'showcase-steps.ts'].map((f) =>
    readFileSync(join(__dirname, '../../../libs/api/demo/src/lib', f), 'utf8'),
  );
  return createHash('sha256')
    .update(MIGRATIONS.map((m) => m.name).join(',') + bench.join('\n') + demo.join('\n') + JSON.stringify(ANALYTICS_VOLUME))
    .digest('hex')
    .slice(0, 12);
}

/** The analytics benchmark's template database (built on first use). */
export function analyticsTemplate(): Promise<string> {
  return template(`bench_analytics_${analyticsHash()}`, createTestDatabase, async (database) => {
    const t0 = Date.now();
    const api = new ApiProcess(serverUrl(database), true);
    await api.start();
    await api.stop();
    console.log(`Seeded the demo (with its history) through the built API in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const t1 = Date.now();
    await withDb(database, async (db) => {
      const org = (await db.query(`SELECT id FROM organization WHERE name = $1`, [BUYER_ORG])).rows[0].id as string;
      await generateAnalyticsData(db, org, ANALYTICS_VOLUME);
    });
    console.log(`Grew it to ${ANALYTICS_VOLUME.cases} cases and ${ANALYTICS_VOLUME.suppliers} suppliers in ${((Date.now() - t1) / 1000).toFixed(0)} s`);
  });
}

async function main(): Promise<void> {
  const name = await analyticsTemplate();
  const failures: string[] = [];
  await withDb(name, async (db) => {
    const org = (await db.query(`SELECT id FROM organization WHERE name = $1`, [BUYER_ORG])).rows[0].id as string;
    const counts = await analyticsCounts(db, org);
    console.table(counts);
    const n = (k: string) => Number(counts[k]);
    const expect = (what: string, ok: boolean) => {
      if (!ok) failures.push(what);
    };
    expect(`cases ≥ ${ANALYTICS_VOLUME.cases}`, n('cases') >= ANALYTICS_VOLUME.cases);
    expect(`suppliers = ${ANALYTICS_VOLUME.suppliers}`, n('suppliers') >= ANALYTICS_VOLUME.suppliers);
    expect('most cases awarded, some cancelled', n('awarded') > n('cases') / 2 && n('cancelled') > 0);
    expect('rebuys', n('rebuys') > 0);
    expect('cases in at least 24 months', n('months') >= 24);
    expect('several categories', n('categories') >= 4);
    expect('an RFQ per awarded case (nearly)', n('rfqs') > n('awarded') * 0.9);
    expect('several invitations per RFQ', n('invitations') > n('rfqs') * 1.5);
    expect('quotes on most invitations', n('quotes') > n('invitations') / 2);
    expect('closing times moved', n('rfqsWithMovedClosing') > 0);
    expect('exchange rates', n('exchangeRates') > 0);
    expect('negotiation rounds', n('negotiationRounds') > 0);
    expect('an approval or more per proposal', n('approvals') >= n('awardProposals'));
    expect('awards spread over thousands of suppliers', n('awardedSuppliers') > 1000);
    expect('deliveries, some late', n('deliveries') > n('awarded') && n('lateDeliveries') > 0);
    expect('quality incidents', n('qualityIncidents') > 0);

    // A copied quote opens as the real code opens it: sealed under its own quote and revision.
    const { rows } = await db.query(
      `SELECT r.quote_id, r.revision, r.sealed FROM quote_revision r JOIN rfq ON rfq.id = r.rfq_id
        WHERE rfq.reference LIKE '%-%-%-%' ORDER BY r.submitted_at DESC LIMIT 20`,
    );
    const seal = benchSeal();
    for (const r of rows) {
      try {
        const content = seal.open<{ lines?: unknown[] }>(r.sealed, `quote:${r.quote_id}:revision:${r.revision}`);
        if (!Array.isArray(content.lines) || content.lines.length === 0) failures.push(`quote ${r.quote_id} r${r.revision}: no lines`);
      } catch (e) {
        failures.push(`quote ${r.quote_id} r${r.revision} does not open: ${(e as Error).message}`);
      }
    }
    expect('copied quotes to open', rows.length > 0);
  });
  if (failures.length) {
    console.error(`The analytics data is off:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`${name}: the analytics data holds what the benchmark needs`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
