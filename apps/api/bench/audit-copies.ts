import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { hashAuditEvent, hashedFieldsOfRow, type HashedFields } from '@bc/api/audit';

/**
 * The audit events of copied cases (a `prepare` step of clone.ts): each event the services recorded
 * about a copied row (case, RFQ, specification version, award proposal…) is recorded again about the
 * row's copy, appended to the organization's chain with the next sequence number and hashed as the
 * audit service hashes (hashAuditEvent over the predecessor's hash), so the chain still verifies.
 */
export async function copyAuditEvents(db: Client, org: string): Promise<void> {
  const events = await db.query(
    `SELECT e.*, m.n AS copy_entity_id FROM audit_event e JOIN bench_map m ON m.o::text = e.entity_id
      WHERE e.chain = $1 ORDER BY m.k, e.sequence`,
    [org],
  );
  if (events.rows.length === 0) return;
  const [last] = (await db.query(`SELECT sequence, hash FROM audit_event WHERE chain = $1 ORDER BY sequence DESC LIMIT 1`, [org])).rows;
  let sequence = Number(last.sequence);
  let prevHash: string = last.hash;
  const rows: Array<HashedFields & { id: string; requestId: string | null; hash: string }> = [];
  for (const e of events.rows) {
    sequence += 1;
    // The copy's own entity, appended after the chain's last entry.
    const fields: HashedFields = { ...hashedFieldsOfRow(e), sequence, entityId: e.copy_entity_id, prevHash };
    const hash = hashAuditEvent(fields);
    rows.push({ ...fields, id: randomUUID(), requestId: null, hash });
    prevHash = hash;
  }
  for (let i = 0; i < rows.length; i += 5000) {
    const b = rows.slice(i, i + 5000);
    await db.query(
      `INSERT INTO audit_event (id, chain, sequence, organization_id, actor_user_id, actor_name, action, entity_type, entity_id, summary, request_id, occurred_at, prev_hash, hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::jsonb[], $11::text[], $12::timestamptz[], $13::text[], $14::text[])`,
      [
        b.map((r) => r.id),
        b.map((r) => r.chain),
        b.map((r) => r.sequence),
        b.map((r) => r.organizationId),
        b.map((r) => r.actorUserId),
        b.map((r) => r.actorName),
        b.map((r) => r.action),
        b.map((r) => r.entityType),
        b.map((r) => r.entityId),
        b.map((r) => JSON.stringify(r.summary)),
        b.map((r) => r.requestId),
        b.map((r) => r.occurredAt),
        b.map((r) => r.prevHash),
        b.map((r) => r.hash),
      ],
    );
  }
}
