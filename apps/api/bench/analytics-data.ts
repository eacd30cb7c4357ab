import type { Client } from 'pg';
import { caseTree, cloneRows, type CloneTable } from './clone';
import { copyAuditEvents } from './audit-copies';
import { resealQuotes } from './reseal';
import { generateSuppliers } from './suppliers-data';

/**
 * The data of the analytics benchmark (issue 17, "Speed"): 10 000 cases and 50 000 suppliers with
 * the shape of the demo's year of history, in set-based SQL.
 *
 * - The history itself (cases that went the whole way: stage changes, specification, shortlist,
 *   RFQ with invitations, sealed quotes, closing-time changes, exchange rates, scores, negotiation
 *   rounds, award proposals with lines and approvals per route step, deliveries and quality
 *   incidents, cancelled cases, straight rebuys) is written by the real services: the built API's
 *   demo seed (data.ts, `seeded`).
 * - The suppliers to `suppliers`: suppliers-data.ts, as the supplier search bench makes them.
 * - The cases to `cases`: copies of the seeded cases that are finished (AWARDED or CANCELLED), one
 *   INSERT … SELECT … generate_series per table (clone.ts, `caseTree`), quotes sealed anew for
 *   their copy (reseal.ts), audit events appended to the chain (audit-copies.ts). Two things
 *   differ from a plain copy, so that the analytics meet a spread and not 200 identical years:
 *   - time: every timestamp and date of copy k moves back by (k × 7) mod 730 days, the whole case
 *     alike (its order of events holds), so the cases cover three years and every month;
 *   - suppliers: in three copies of four, each supplier of the copied case (shortlist, invitation,
 *     award line, delivery) is replaced by a generated one (a distinct one per supplier of the
 *     copy, drawn from the first 5 000 of the directory, so awards and win rates spread over
 *     thousands of suppliers, some far more often than others); every fourth copy keeps the
 *     history's suppliers, so their concentration stays.
 *   The copies' audit events keep the original's time (the hash chain covers it).
 */
export interface AnalyticsVolume {
  cases: number;
  suppliers: number;
}

const SHIFT = `make_interval(days => (g.k * 7) % 730)`;
const SHIFT_DAYS = `((g.k * 7) % 730)`;
/** Of the directory, the suppliers the copies' cases go to. */
const ACTIVE_SUPPLIERS = 5000;

/** Columns of `table` holding an instant or a day. */
async function timeColumns(db: Client, table: string): Promise<Array<{ name: string; date: boolean }>> {
  const { rows } = await db.query(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''`,
    [table],
  );
  return rows
    .filter((r: { type: string }) => r.type === 'timestamp with time zone' || r.type === 'date')
    .map((r: { name: string; type: string }) => ({ name: r.name, date: r.type === 'date' }));
}

/** The case tree with every time column of copy k moved back, and invitations named after their (replaced) supplier. */
async function shiftedTree(db: Client, caseWhere: string): Promise<CloneTable[]> {
  const tables = caseTree(caseWhere);
  for (const t of tables) {
    for (const c of await timeColumns(db, t.table)) {
      t.override = { ...t.override, [c.name]: c.date ? `s."${c.name}" - ${SHIFT_DAYS}` : `s."${c.name}" - ${SHIFT}` };
    }
  }
  const invitation = tables.find((t) => t.table === 'rfq_invitation');
  if (invitation) {
    invitation.override = {
      ...invitation.override,
      supplier_name: `coalesce((SELECT sp.name FROM supplier sp JOIN bench_map m ON m.n = sp.id WHERE m.o = s.supplier_id AND m.k = g.k), s.supplier_name)`,
    };
  }
  return tables;
}

/**
 * A `prepare` step of the copy: maps each supplier of the copied cases, per copy, to a generated
 * supplier (bench_map rows for ids that are not copied, so clone.ts rewrites every uuid column
 * naming them). Injective within a copy: the j-th supplier of the history goes to directory entry
 * (k × S + j) mod 5 000 of the generated suppliers, S the number of history suppliers.
 */
async function remapSuppliers(db: Client, org: string): Promise<void> {
  await db.query(`
    CREATE TEMP TABLE bench_active ON COMMIT DROP AS
    SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM (
      SELECT id FROM supplier WHERE organization_id = '${org}' AND qualification_status <> 'BLOCKED' AND portal_organization_id IS NULL
       ORDER BY md5(id::text) LIMIT ${ACTIVE_SUPPLIERS}) a`);
  await db.query(`
    CREATE TEMP TABLE bench_history_suppliers ON COMMIT DROP AS
    SELECT supplier_id AS id, (row_number() OVER (ORDER BY supplier_id) - 1)::int AS j
      FROM (SELECT supplier_id FROM src_shortlist_entry UNION SELECT supplier_id FROM src_rfq_invitation
            UNION SELECT supplier_id FROM src_award_line UNION SELECT supplier_id FROM src_supplier_performance_event) x`);
  const { rows } = await db.query(`SELECT (SELECT count(*) FROM bench_active)::int AS p, (SELECT count(*) FROM bench_history_suppliers)::int AS s`);
  const [{ p, s }] = rows as Array<{ p: number; s: number }>;
  if (p < s) throw new Error(`The analytics bench needs at least ${s} generated suppliers, found ${p}`);
  const copies = (await db.query(`SELECT max(k)::int AS k FROM bench_map`)).rows[0].k as number;
  await db.query(
    `INSERT INTO bench_map (o, k, n)
     SELECT h.id, g.k, a.id FROM bench_history_suppliers h CROSS JOIN generate_series(1, $1::int) g(k)
       JOIN bench_active a ON a.i = (g.k * $2::int + h.j) % $3::int
      WHERE g.k % 4 <> 0`,
    [copies, s, p],
  );
  await db.query('ANALYZE bench_map');
}

/** Grows `org` to `volume` with the history's shape (see above); idempotent for suppliers already there. */
export async function generateAnalyticsData(db: Client, org: string, volume: AnalyticsVolume): Promise<void> {
  const [{ n: suppliers }] = (await db.query(`SELECT count(*)::int AS n FROM supplier WHERE organization_id = $1`, [org])).rows;
  await generateSuppliers(db, org, volume.suppliers - suppliers);
  const finished = `s.organization_id = $1 AND s.stage IN ('AWARDED', 'CANCELLED')`;
  const [{ all, done }] = (
    await db.query(
      `SELECT (SELECT count(*) FROM purchase_case WHERE organization_id = $1)::int AS all,
              (SELECT count(*) FROM purchase_case s WHERE ${finished})::int AS done`,
      [org],
    )
  ).rows;
  if (done === 0) throw new Error('The seed has no finished cases to copy: is the showcase history seeded?');
  const copies = Math.max(0, Math.ceil((volume.cases - all) / done));
  await cloneRows(db, await shiftedTree(db, finished), copies, [org], async (tx) => {
    await resealQuotes(tx);
    await copyAuditEvents(tx, org);
    // Last: the audit copies follow bench_map, and a supplier's own events are not to be copied.
    await remapSuppliers(tx, org);
  });
  await db.query('VACUUM ANALYZE');
}

/** What the benchmark's data holds, for a sanity check: counts per table and spreads. */
export async function analyticsCounts(db: Client, org: string): Promise<Record<string, number | string>> {
  const one = async (sql: string): Promise<number> => Number((await db.query(sql, [org])).rows[0].n);
  const own = `organization_id = $1`;
  const inCases = `case_id IN (SELECT id FROM purchase_case WHERE ${own})`;
  return {
    cases: await one(`SELECT count(*) AS n FROM purchase_case WHERE ${own}`),
    awarded: await one(`SELECT count(*) AS n FROM purchase_case WHERE ${own} AND stage = 'AWARDED'`),
    cancelled: await one(`SELECT count(*) AS n FROM purchase_case WHERE ${own} AND stage = 'CANCELLED'`),
    rebuys: await one(`SELECT count(*) AS n FROM purchase_case WHERE ${own} AND source_case_id IS NOT NULL`),
    months: await one(`SELECT count(DISTINCT date_trunc('month', created_at)) AS n FROM purchase_case WHERE ${own}`),
    categories: await one(`SELECT count(DISTINCT category_code) AS n FROM purchase_case WHERE ${own}`),
    suppliers: await one(`SELECT count(*) AS n FROM supplier WHERE ${own}`),
    stageChanges: await one(`SELECT count(*) AS n FROM case_stage_change WHERE ${inCases}`),
    rfqs: await one(`SELECT count(*) AS n FROM rfq WHERE ${inCases}`),
    rfqsWithMovedClosing: await one(`SELECT count(*) AS n FROM rfq WHERE ${inCases} AND closing_changes > 0`),
    exchangeRates: await one(`SELECT count(*) AS n FROM rfq_exchange_rate WHERE rfq_id IN (SELECT id FROM rfq WHERE ${inCases})`),
    invitations: await one(`SELECT count(*) AS n FROM rfq_invitation WHERE ${own}`),
    quotes: await one(`SELECT count(*) AS n FROM quote WHERE rfq_id IN (SELECT id FROM rfq WHERE ${inCases})`),
    quoteRevisions: await one(`SELECT count(*) AS n FROM quote_revision WHERE rfq_id IN (SELECT id FROM rfq WHERE ${inCases})`),
    negotiationRounds: await one(`SELECT count(*) AS n FROM negotiation_round WHERE rfq_id IN (SELECT id FROM rfq WHERE ${inCases})`),
    awardProposals: await one(`SELECT count(*) AS n FROM award_proposal WHERE ${own}`),
    approvals: await one(`SELECT count(*) AS n FROM award_approval WHERE ${own}`),
    awardedSuppliers: await one(`SELECT count(DISTINCT supplier_id) AS n FROM award_line WHERE proposal_id IN (SELECT id FROM award_proposal WHERE ${own})`),
    deliveries: await one(`SELECT count(*) AS n FROM supplier_performance_event WHERE ${own} AND kind = 'DELIVERY'`),
    lateDeliveries: await one(`SELECT count(*) AS n FROM supplier_performance_event WHERE ${own} AND kind = 'DELIVERY' AND NOT on_time`),
    qualityIncidents: await one(`SELECT count(*) AS n FROM supplier_performance_event WHERE ${own} AND kind = 'QUALITY_INCIDENT'`),
    auditEvents: await one(`SELECT count(*) AS n FROM audit_event WHERE chain = $1::text`),
  };
}
