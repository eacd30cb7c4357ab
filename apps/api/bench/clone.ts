import type { Client } from 'pg';

/**
 * Set-based cloning that keeps the schema's invariants: rows that the real services wrote (the demo
 * seed) are copied `copies` times in one INSERT … SELECT … generate_series per table. Every uuid column
 * that points at a copied row is remapped to that row's copy (one map of old id × copy → new id), so
 * foreign keys, "one live RFQ per case", version numbers per case and every CHECK hold exactly as they
 * did for the original; uuid columns pointing outside the copied set (users, suppliers, CPV codes)
 * are kept. Per-table overrides keep the unique keys unique (references, e-mail addresses).
 */
export interface CloneTable {
  table: string;
  /** Selects the source rows; may name earlier tables' source sets as `src_<table>`. */
  where: string;
  /** SQL expressions per column, over the source row `s` and the copy number `g.k`. */
  override?: Record<string, string>;
  /** Statements run on the source set (`src_<table>`, a temp table without triggers) before ids are mapped: to widen it. */
  expand?: string[];
}

interface Column {
  name: string;
  type: string;
}

async function columns(db: Client, table: string): Promise<Column[]> {
  const { rows } = await db.query(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [table],
  );
  return rows;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Copies the rows `tables` select `copies` times, in the given (foreign-key) order, in one transaction. */
export async function cloneRows(
  db: Client,
  tables: CloneTable[],
  copies: number,
  params: unknown[] = [],
  /** Runs once the source sets and the id map exist, before any row is written (see reseal.ts). */
  prepare?: (db: Client, copies: number) => Promise<void>,
): Promise<void> {
  if (copies < 1) return;
  await db.query('BEGIN');
  try {
    await db.query(`CREATE TEMP TABLE bench_map (o uuid NOT NULL, k int NOT NULL, n uuid NOT NULL, PRIMARY KEY (o, k)) ON COMMIT DROP`);
    for (const t of tables) {
      // A utility statement takes no bind parameters: the (uuid) parameters are written in as literals.
      const where = t.where.replace(/\$(\d+)/g, (_, i: string) => `'${String(params[Number(i) - 1]).replace(/'/g, "''")}'`);
      await db.query(`CREATE TEMP TABLE ${ident(`src_${t.table}`)} ON COMMIT DROP AS SELECT * FROM ${ident(t.table)} s WHERE ${where}`);
      for (const statement of t.expand ?? []) await db.query(statement, params);
      const cols = await columns(db, t.table);
      if (cols.some((c) => c.name === 'id' && c.type === 'uuid')) {
        await db.query(`INSERT INTO bench_map SELECT id, k, gen_random_uuid() FROM ${ident(`src_${t.table}`)}, generate_series(1, $1::int) k`, [copies]);
      }
    }
    await db.query('ANALYZE bench_map');
    await prepare?.(db, copies);
    for (const t of tables) {
      const cols = await columns(db, t.table);
      const exprs = cols.map((c) => {
        const override = t.override?.[c.name];
        if (override) return override;
        if (c.type === 'uuid') return `coalesce((SELECT n FROM bench_map WHERE o = s.${ident(c.name)} AND k = g.k), s.${ident(c.name)})`;
        return `s.${ident(c.name)}`;
      });
      await db.query(
        `INSERT INTO ${ident(t.table)} (${cols.map((c) => ident(c.name)).join(', ')})
         SELECT ${exprs.join(', ')} FROM ${ident(`src_${t.table}`)} s CROSS JOIN generate_series(1, $1::int) AS g(k)`,
        [copies],
      );
    }
    await db.query('COMMIT');
  } catch (e) {
    await db.query('ROLLBACK');
    throw e;
  }
}

const inCases = `s.case_id IN (SELECT id FROM src_purchase_case)`;
const inRfqs = `s.rfq_id IN (SELECT id FROM src_rfq)`;
const inProposals = `s.proposal_id IN (SELECT id FROM src_award_proposal)`;

/**
 * A case with everything that hangs off it, in foreign-key order: specifications, team, stage history,
 * shortlist, RFQ with invitations, questions, rounds, sealed quotes and their revisions, scores, award
 * proposals with lines, approvals and step assignments. `caseWhere` selects the cases (over `s`).
 * Not copied: the audit chain (each event is hash-linked to the one before it, so a copy would break the
 * chain: the demo's own audit events stay), needs (one case per need), portal tokens (unique hashes),
 * mail and domain events (history of the delivery machinery, not of the cases).
 * Use with `resealQuotes` as `prepare`: it fills bench_sealed.
 */
export function caseTree(caseWhere: string, extra: Record<string, Record<string, string>> = {}): CloneTable[] {
  const t = (table: string, where: string, override: Record<string, string> = {}): CloneTable => ({ table, where, override: { ...override, ...extra[table] } });
  return [
    t('purchase_case', caseWhere, {
      reference: `s.reference || '-' || g.k`,
      need_id: 'NULL',
      // Spread over time so that the list's sort order meets a realistic history.
      created_at: `s.created_at - make_interval(hours => g.k)`,
    }),
    t('specification_version', inCases),
    t('specification_line', `s.version_id IN (SELECT id FROM src_specification_version)`),
    t('specification_requirement', `s.version_id IN (SELECT id FROM src_specification_version)`),
    t('specification_attachment', `s.version_id IN (SELECT id FROM src_specification_version)`),
    t('case_member', inCases),
    t('case_stage_change', inCases),
    t('case_conflict', inCases),
    t('shortlist', inCases),
    t('shortlist_entry', inCases),
    t('shortlist_review', inCases),
    t('rfq', inCases, { reference: `s.reference || '-' || g.k` }),
    t('rfq_invitation', inRfqs),
    t('rfq_exchange_rate', inRfqs),
    t('rfq_question', inRfqs),
    t('negotiation_round', inRfqs),
    t('negotiation_round_invitation', `s.round_id IN (SELECT id FROM src_negotiation_round)`),
    // Sealed content is bound to its quote and revision: the copies are sealed anew (reseal.ts).
    t('quote', inRfqs, { draft_sealed: `(SELECT b.sealed FROM bench_sealed b WHERE b.o = s.id AND b.k = g.k)` }),
    t('quote_revision', inRfqs, {
      sealed: `(SELECT b.sealed FROM bench_sealed b WHERE b.o = s.id AND b.k = g.k)`,
      receipt_nonce_sealed: `(SELECT b.nonce FROM bench_sealed b WHERE b.o = s.id AND b.k = g.k)`,
    }),
    t('evaluation_score', inRfqs),
    t('award_proposal', inCases),
    t('award_line', inProposals),
    t('award_approval', inProposals),
    t('award_step_assignment', inProposals),
    t('supplier_performance_event', `s.award_proposal_id IN (SELECT id FROM src_award_proposal)`),
  ];
}
