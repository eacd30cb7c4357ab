/**
 * The minimal hand-written server the GraphQL API is measured against: plain node:http and pg, one
 * hand-written statement per operation (json built in PostgreSQL), no framework, no auth (the
 * organization and the decider are fixed at start). Run as a child process by the bench:
 *   node -r ts-node/register apps/api/bench/sql-server.ts <databaseUrl> <port> <organizationId> <deciderId>
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { supplierPageSql, WORD_SIMILARITY_THRESHOLD } from '@bc/api/suppliers';
import { QualificationStatus } from '@bc/shared/domain';

const [databaseUrl, port, org, decider] = process.argv.slice(2);
// The supplier search's similarity threshold, set once per connection at start-up (the API sets it per transaction).
const pool = new Pool({ connectionString: databaseUrl, max: 10, options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}` });

const CASE_LIST_FIELDS = `c.id, c.reference, c.title, c.stage, c.purchase_type, c.importance, c.estimated_value, c.currency, c.needed_by,
  c.created_at, json_build_object('code', cpv.code, 'label', cpv.label, 'labelDe', cpv.label_de) AS category`;

/** A page of cases, newest first (or the last page, oldest at the end), with the total counted beside it. */
const caseList = (stages: string[] | null, limit: number, last = false) =>
  pool.query(
    `SELECT * FROM (
       SELECT ${CASE_LIST_FIELDS},
              (SELECT count(*) FROM purchase_case t WHERE t.organization_id = $1 AND ($2::text[] IS NULL OR t.stage = ANY ($2))) AS total
         FROM purchase_case c LEFT JOIN cpv_code cpv ON cpv.code = c.category_code
        WHERE c.organization_id = $1 AND ($2::text[] IS NULL OR c.stage = ANY ($2))
        ORDER BY c.created_at ${last ? 'ASC' : 'DESC'}, c.id ${last ? 'ASC' : 'DESC'} LIMIT $3) page
      ORDER BY created_at DESC, id DESC`,
    [org, stages, limit],
  );

/** The case page's rows: the case with its team, conflicts, history, RFQ, specification, versions, shortlist and award. */
const CASE_DETAIL = `
SELECT ${CASE_LIST_FIELDS}, c.description, c.budget_reference, c.required_certificates, c.cancel_reason,
  (SELECT json_build_object('id', n.id, 'title', n.title, 'justification', n.justification, 'requester', json_build_object('id', u.id, 'name', u.name))
     FROM need n JOIN app_user u ON u.id = n.requester_id WHERE n.id = c.need_id) AS need,
  (SELECT json_build_object('id', s.id, 'reference', s.reference, 'title', s.title) FROM purchase_case s WHERE s.id = c.source_case_id) AS source_case,
  (SELECT json_agg(json_build_object('id', m.id, 'role', m.role, 'user', json_build_object('id', u.id, 'name', u.name, 'email', u.email)))
     FROM case_member m JOIN app_user u ON u.id = m.user_id WHERE m.case_id = c.id) AS team,
  (SELECT json_agg(json_build_object('id', f.id, 'statement', f.statement, 'createdAt', f.declared_at, 'user', u.name, 'supplier', s.name))
     FROM case_conflict f JOIN app_user u ON u.id = f.user_id JOIN supplier s ON s.id = f.supplier_id WHERE f.case_id = c.id) AS conflicts,
  (SELECT json_build_object('id', r.id, 'reference', r.reference, 'status', r.status, 'closesAt', r.closes_at)
     FROM rfq r WHERE r.case_id = c.id AND r.status <> 'CANCELLED') AS rfq,
  (SELECT json_agg(h ORDER BY h.at) FROM (SELECT h.from_stage, h.to_stage, h.reason, u.name AS actor, h.occurred_at AS at
     FROM case_stage_change h LEFT JOIN app_user u ON u.id = h.actor_user_id WHERE h.case_id = c.id) h) AS stage_history,
  (SELECT json_build_object('version', v, 'lines', (SELECT json_agg(l ORDER BY l.position) FROM specification_line l WHERE l.version_id = v.id),
          'requirements', (SELECT json_agg(q) FROM specification_requirement q WHERE q.version_id = v.id),
          'attachments', (SELECT json_agg(a) FROM specification_attachment a WHERE a.version_id = v.id))
     FROM specification_version v WHERE v.case_id = c.id ORDER BY v.version DESC LIMIT 1) AS specification,
  (SELECT json_agg(json_build_object('id', v.id, 'version', v.version, 'status', v.status, 'createdAt', v.created_at) ORDER BY v.version)
     FROM specification_version v WHERE v.case_id = c.id) AS specification_versions,
  (SELECT json_build_object('shortlist', sl, 'entries', (SELECT json_agg(json_build_object('entry', e, 'supplier', json_build_object('id', s.id, 'name', s.name,
          'country', s.country, 'qualificationStatus', s.qualification_status, 'certificateEarliestExpiry', s.certificate_earliest_expiry)))
        FROM shortlist_entry e JOIN supplier s ON s.id = e.supplier_id WHERE e.case_id = c.id))
     FROM shortlist sl WHERE sl.case_id = c.id) AS shortlist,
  (SELECT json_build_object('proposal', p, 'lines', (SELECT json_agg(l) FROM award_line l WHERE l.proposal_id = p.id))
     FROM award_proposal p WHERE p.case_id = c.id ORDER BY p.version DESC LIMIT 1) AS current_award
FROM purchase_case c LEFT JOIN cpv_code cpv ON cpv.code = c.category_code
WHERE c.id = $1 AND c.organization_id = $2`;

/** Pending award proposals in the organization, with their case, lines, steps and approvals. */
const INBOX = `
SELECT p.*, c.reference AS case_reference, c.title AS case_title, c.category_code, r.reference AS rfq_reference,
  (SELECT json_agg(l) FROM award_line l WHERE l.proposal_id = p.id) AS lines,
  (SELECT json_agg(a) FROM award_approval a WHERE a.proposal_id = p.id) AS approvals,
  (SELECT json_agg(s) FROM award_step_assignment s WHERE s.proposal_id = p.id) AS steps
FROM award_proposal p JOIN purchase_case c ON c.id = p.case_id JOIN rfq r ON r.id = p.rfq_id
WHERE c.organization_id = $1 AND p.status = 'PENDING' AND $2::uuid IS NOT NULL
ORDER BY p.proposed_at, p.id LIMIT $3`;

async function supplierSearch(params: URLSearchParams) {
  const status = (params.get('status') ?? '').split(',').filter(Boolean) as QualificationStatus[];
  const { sql, params: values, countSql, countParams } = supplierPageSql(org, { search: params.get('search') ?? undefined, status }, { limit: Number(params.get('limit') ?? 25) });
  const page = await pool.query(sql, values);
  if (countSql) await pool.query(countSql, countParams);
  const ids = page.rows.filter((r) => r.id).map((r) => r.id);
  const certificates = await pool.query(
    `SELECT supplier_id, id, valid_until < current_date AS expired FROM supplier_certificate WHERE supplier_id = ANY ($1)`,
    [ids],
  );
  return { page: page.rows, certificates: certificates.rows };
}

async function answer(req: IncomingMessage): Promise<unknown> {
  const url = new URL(req.url ?? '/', 'http://x');
  const q = url.searchParams;
  switch (url.pathname) {
    case '/cases':
      return (await caseList(null, Number(q.get('limit') ?? 20), q.get('last') === '1')).rows;
    case '/board':
      return (await caseList(['NEED', 'SPECIFICATION', 'SOURCING', 'RFQ', 'EVALUATION', 'NEGOTIATION', 'DECISION'], 100)).rows;
    case '/counts':
      return (await pool.query(`SELECT stage, count(*)::int FROM purchase_case WHERE organization_id = $1 GROUP BY stage`, [org])).rows;
    case '/suppliers':
      return supplierSearch(q);
    case '/case':
      return (await pool.query(CASE_DETAIL, [q.get('id'), org])).rows[0] ?? null;
    case '/inbox':
      return (await pool.query(INBOX, [org, decider, Number(q.get('limit') ?? 20)])).rows;
    default:
      throw new Error(`unknown path ${url.pathname}`);
  }
}

createServer((req: IncomingMessage, res: ServerResponse) => {
  answer(req).then(
    (body) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    },
    (e: Error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(e.message);
    },
  );
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
