import type { Client } from 'pg';
import { newReceiptNonce, type QuoteContent } from '@bc/api/quotes';
import { caseTree, cloneRows, type CloneTable } from './clone';
import { benchSeal } from './reseal';

/**
 * The comparison at volume: one closed RFQ with BENCH_RFQ_SUPPLIERS (200) quotes × BENCH_RFQ_LINES (500)
 * lines. Made as one copy (clone.ts) of the seeded case in EVALUATION whose source sets are widened
 * first: its specification lines repeated to 500 (new line keys), its quoted invitation repeated for 200
 * approved and qualified suppliers of the directory, each with a submitted quote whose content is
 * the seeded quote's, line by line for every line, priced per supplier, and sealed as the quote
 * service seals it. The repeated invitations keep the seeded invitation's portal organization (the
 * directory's suppliers are not linked to portal companies), and the quotes' receipt hashes are the
 * seeded quote's (nothing measured verifies them).
 */
export const BIG_RFQ = {
  suppliers: Number(process.env['BENCH_RFQ_SUPPLIERS'] ?? 200),
  lines: Number(process.env['BENCH_RFQ_LINES'] ?? 500),
  reference: 'BIG',
};

function widened(org: string): CloneTable[] {
  const extra = {
    purchase_case: { reference: `s.reference || '-${BIG_RFQ.reference}'`, title: `'Comparison at volume: ' || s.title` },
    rfq: { reference: `s.reference || '-${BIG_RFQ.reference}'` },
  };
  const tree = caseTree(`s.organization_id = '${org}' AND s.stage = 'EVALUATION' AND s.reference NOT LIKE '%-%-%-%'`, extra);
  const widen: Record<string, string[]> = {
    specification_line: [
      `INSERT INTO src_specification_line (id, version_id, key, position, description, quantity, unit, attributes)
       SELECT gen_random_uuid(), l.version_id, gen_random_uuid(), l.position + i * 100, l.description || ' (variant ' || i || ')', l.quantity, l.unit, l.attributes
         FROM (SELECT * FROM src_specification_line) l,
              generate_series(1, ceil(${BIG_RFQ.lines}::numeric / (SELECT count(*) FROM src_specification_line))::int - 1) i`,
    ],
    rfq_invitation: [
      `INSERT INTO src_rfq_invitation (id, organization_id, rfq_id, supplier_id, supplier_name, supplier_organization_id, status, viewed_at, quoted_at, created_at)
       SELECT gen_random_uuid(), i.organization_id, i.rfq_id, s.id, s.name, i.supplier_organization_id, i.status, i.viewed_at, i.quoted_at, i.created_at
         FROM (SELECT * FROM src_rfq_invitation WHERE status = 'QUOTED' LIMIT 1) i,
              (SELECT id, name FROM supplier WHERE organization_id = '${org}' AND qualification_status IN ('APPROVED', 'QUALIFIED')
                  AND id NOT IN (SELECT supplier_id FROM src_rfq_invitation) ORDER BY name
                LIMIT ${BIG_RFQ.suppliers} - (SELECT count(*) FROM src_rfq_invitation WHERE status = 'QUOTED')) s`,
    ],
    quote: [
      `INSERT INTO src_quote (id, organization_id, rfq_id, invitation_id, supplier_organization_id, status, current_revision, submitted_at, created_at, updated_at)
       SELECT gen_random_uuid(), q.organization_id, q.rfq_id, i.id, i.supplier_organization_id, q.status, q.current_revision, q.submitted_at, q.created_at, q.updated_at
         FROM (SELECT * FROM src_quote WHERE status = 'SUBMITTED' LIMIT 1) q, src_rfq_invitation i
        WHERE i.status = 'QUOTED' AND i.id NOT IN (SELECT invitation_id FROM src_quote)`,
    ],
    quote_revision: [
      `INSERT INTO src_quote_revision (id, organization_id, quote_id, rfq_id, revision, sealed, content_sha256, submitted_at, submitted_by, round_id, receipt_format, receipt_nonce_sealed)
       SELECT gen_random_uuid(), r.organization_id, q.id, r.rfq_id, r.revision, r.sealed, r.content_sha256, r.submitted_at, r.submitted_by, r.round_id, r.receipt_format, r.receipt_nonce_sealed
         FROM (SELECT * FROM src_quote_revision ORDER BY revision DESC LIMIT 1) r, src_quote q
        WHERE q.id NOT IN (SELECT quote_id FROM src_quote_revision)`,
    ],
  };
  return tree.map((t) => ({ ...t, expand: widen[t.table] }));
}

/** Seals every quote revision of the widened RFQ anew: the seeded content, for every line, priced per supplier. */
async function sealWidened(db: Client): Promise<void> {
  const seal = benchSeal();
  await db.query(`CREATE TEMP TABLE bench_sealed (o uuid NOT NULL, k int NOT NULL, sealed bytea, nonce bytea, PRIMARY KEY (o, k)) ON COMMIT DROP`);
  const [pattern] = (await db.query(`SELECT quote_id, revision, sealed FROM quote_revision WHERE id IN (SELECT id FROM src_quote_revision) LIMIT 1`)).rows;
  const content = seal.open<QuoteContent>(pattern.sealed, `quote:${pattern.quote_id}:revision:${pattern.revision}`);
  const lines = (await db.query(`SELECT key, quantity FROM src_specification_line ORDER BY position`)).rows;
  const revisions = (await db.query(`SELECT r.id, r.revision, r.receipt_nonce_sealed, m.n AS quote_id FROM src_quote_revision r JOIN bench_map m ON m.o = r.quote_id`)).rows;
  for (const [index, r] of revisions.entries()) {
    const base = content.lines[0];
    const quoted: QuoteContent = {
      ...content,
      lines: lines.map((l, n) => ({ ...base, lineKey: l.key, quantity: l.quantity, unitPrice: (10 + ((index * 7919 + n * 104729) % 9000) / 10).toFixed(2) })),
    };
    const aad = `quote:${r.quote_id}:revision:${r.revision}`;
    await db.query(`INSERT INTO bench_sealed VALUES ($1, 1, $2, $3)`, [
      r.id,
      seal.seal(quoted, aad),
      r.receipt_nonce_sealed ? seal.seal(newReceiptNonce(), `${aad}:receipt-nonce`) : null,
    ]);
  }
}

/** Adds the 200 × 500 comparison case to the organization. */
export async function bigRfq(db: Client, org: string): Promise<void> {
  await cloneRows(db, widened(org), 1, [], sealWidened);
}

/** The widened case and its RFQ, found by their references. */
export async function bigRfqIds(db: Client, org: string): Promise<{ caseId: string; rfqId: string }> {
  const { rows } = await db.query(
    `SELECT r.case_id, r.id FROM rfq r WHERE r.organization_id = $1 AND r.reference LIKE $2`,
    [org, `%-${BIG_RFQ.reference}`],
  );
  return { caseId: rows[0].case_id, rfqId: rows[0].id };
}
