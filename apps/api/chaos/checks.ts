import { Client } from 'pg';
import { GENESIS_HASH, hashAuditEvent, hashedFieldsOfRow } from '@bc/api/audit';
import type { Submission } from './client';
import type { SmtpSink } from './cluster';
import type { World } from './setup';

/** What the database holds for the RFQ of the burst: every revision, and which submission (key) it carries. */
export interface Stored {
  /** Revisions per supplierReference (each submission sends its Idempotency-Key as its supplierReference). */
  byKey: Map<string, Array<{ invitationId: string; revision: number; sha256: string }>>;
  /** Revisions in quote_revision for the RFQ, all suppliers. */
  revisions: number;
  /** Revisions whose content names no submission of this run. */
  unknown: number;
  /** Idempotency keys remembered with an answer: key → the revision the answer names. */
  keyAnswers: Map<string, number>;
}

/** Reads the stored revisions: counts from quote_revision, their (sealed) content through the supplier's portal. */
export async function readStored(db: Client, world: World, url: string, keys: Set<string>): Promise<Stored> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM quote_revision WHERE rfq_id = $1`, [world.rfqId]);
  const byKey: Stored['byKey'] = new Map();
  let seen = 0;
  let unknown = 0;
  for (const b of world.bidders) {
    const data = await b.session.ok(url, `query ($id: ID!) { portalInvitation(id: $id) { quote { revisions { revision sha256 canonicalContent } } } }`, { id: b.invitationId });
    const revisions: Array<{ revision: number; sha256: string; canonicalContent: string }> = data['portalInvitation']?.quote?.revisions ?? [];
    for (const r of revisions) {
      seen += 1;
      const reference = (JSON.parse(r.canonicalContent) as { quote?: { supplierReference?: string } }).quote?.supplierReference ?? '';
      if (!keys.has(reference)) unknown += 1;
      const list = byKey.get(reference) ?? [];
      list.push({ invitationId: b.invitationId, revision: r.revision, sha256: r.sha256 });
      byKey.set(reference, list);
    }
  }
  const answers = await db.query(`SELECT key, answer FROM idempotency_key WHERE key = ANY($1) AND answer IS NOT NULL`, [[...keys]]);
  const keyAnswers = new Map<string, number>();
  for (const a of answers.rows as Array<{ key: string; answer: string }>) {
    keyAnswers.set(a.key, Number((JSON.parse(a.answer) as { revision?: number }).revision));
  }
  // The portal shows every stored revision; if the counts differ, a revision is hidden from it.
  return { byKey, revisions: rows[0].n, unknown: unknown + Math.abs(rows[0].n - seen), keyAnswers };
}

export interface Row {
  fault: string;
  sent: number;
  acked: number;
  storedOnce: number;
  duplicates: number;
  lost: number;
  failed: number;
  failedStored: number;
  unresolved: number;
  lostResponses: number;
  replays: number;
  replayMismatch: number;
}

/** One row per fault: what the clients were told against what the database holds. */
export function judge(fault: string, subs: Submission[], stored: Stored): Row {
  const row: Row = { fault, sent: subs.length, acked: 0, storedOnce: 0, duplicates: 0, lost: 0, failed: 0, failedStored: 0, unresolved: 0, lostResponses: 0, replays: 0, replayMismatch: 0 };
  for (const s of subs) {
    const found = stored.byKey.get(s.key) ?? [];
    row.lostResponses += s.lost;
    if (found.length > 1) row.duplicates += found.length - 1;
    if (s.replay) row.replays += 1;
    if (s.replay && s.replay !== 'same') row.replayMismatch += 1;
    if (s.outcome === 'acked') {
      row.acked += 1;
      const r = s.receipt;
      const matches = found.length === 1 && r && found[0].revision === r.revision && found[0].sha256 === r.sha256 && found[0].invitationId === r.invitationId;
      if (matches && stored.keyAnswers.get(s.key) === r?.revision) row.storedOnce += 1;
      else if (found.length === 0) row.lost += 1;
      else if (found.length === 1) row.lost += 1; // stored, but not what the receipt says
    } else if (s.outcome === 'failed') {
      row.failed += 1;
      if (found.length > 0 || stored.keyAnswers.has(s.key)) row.failedStored += 1;
    } else {
      row.unresolved += 1;
    }
  }
  return row;
}

export interface MailTally {
  outbox: number;
  sent: number;
  pending: number;
  failed: number;
  delivered: number;
  missing: number;
  /** SENT messages that arrived twice (the allowed resend after a crash between send and record). */
  twice: number;
  /** Arrived more than twice: a fault. */
  tooMany: number;
  receipts: number;
}

/** The outbox against the sink; `receipts` counts the receipt mails since the burst's RFQ was published (one per revision: each company has one user). */
export async function tallyMail(db: Client, sink: SmtpSink, rfqId: string): Promise<MailTally> {
  const { rows } = await db.query(`SELECT status, message_id, kind, created_at >= (SELECT published_at FROM rfq WHERE id = $1) AS ours FROM outbox_message`, [rfqId]);
  const t: MailTally = { outbox: rows.length, sent: 0, pending: 0, failed: 0, delivered: 0, missing: 0, twice: 0, tooMany: 0, receipts: 0 };
  for (const m of rows as Array<{ status: string; message_id: string; kind: string; ours: boolean }>) {
    if (m.kind === 'quote.receipt' && m.ours) t.receipts += 1;
    if (m.status === 'PENDING') t.pending += 1;
    if (m.status === 'FAILED') t.failed += 1;
    if (m.status !== 'SENT') continue;
    t.sent += 1;
    const n = sink.byMessageId.get(m.message_id) ?? sink.byMessageId.get(`<${m.message_id}>`) ?? 0;
    t.delivered += n > 0 ? 1 : 0;
    if (n === 0) t.missing += 1;
    if (n === 2) t.twice += 1;
    if (n > 2) t.tooMany += 1;
  }
  return t;
}

export interface ChainCheck {
  chains: number;
  events: number;
  broken: string[];
}

/** Recomputes every audit chain in the database from its first entry (as AuditService.verify does for one). */
export async function verifyAuditChains(db: Client): Promise<ChainCheck> {
  const { rows } = await db.query(
    `SELECT chain, sequence::bigint AS sequence, organization_id, actor_user_id, actor_name, action, entity_type, entity_id, summary, occurred_at, prev_hash, hash
       FROM audit_event ORDER BY chain, sequence`,
  );
  const result: ChainCheck = { chains: 0, events: rows.length, broken: [] };
  let chain: string | null = null;
  let prev = GENESIS_HASH;
  let expected = 1;
  for (const e of rows) {
    if (e.chain !== chain) {
      chain = e.chain;
      prev = GENESIS_HASH;
      expected = 1;
      result.chains += 1;
    }
    const sequence = Number(e.sequence);
    const hash = hashAuditEvent(hashedFieldsOfRow(e));
    const problem =
      sequence !== expected ? `entry ${expected} missing (found ${sequence})` : e.prev_hash !== prev ? 'prev_hash does not link' : hash !== e.hash ? 'hash does not match content' : null;
    if (problem && !result.broken.some((b) => b.startsWith(`${chain}:`))) result.broken.push(`${chain}: sequence ${sequence}: ${problem}`);
    prev = e.hash;
    expected = sequence + 1;
  }
  return result;
}

/** Renders rows as a plain-text table with right-aligned numbers. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.slice(1).map(line)].join('\n');
}
