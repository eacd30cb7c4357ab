import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { AuditEvent } from './audit-event.entity';

/** The hash a chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = Pick<
  AuditEvent,
  | 'chain'
  | 'sequence'
  | 'organizationId'
  | 'actorUserId'
  | 'actorName'
  | 'action'
  | 'entityType'
  | 'entityId'
  | 'summary'
  | 'occurredAt'
  | 'prevHash'
>;

/** SHA-256 over the RFC 8785 canonical JSON of everything an entry says, its predecessor's hash included. */
export function hashAuditEvent(e: HashedFields): string {
  const canonical = canonicalize({
    chain: e.chain,
    sequence: e.sequence,
    organizationId: e.organizationId,
    actorUserId: e.actorUserId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    summary: e.summary,
    occurredAt: e.occurredAt.toISOString(),
    prevHash: e.prevHash,
  });
  return createHash('sha256').update(canonical ?? '').digest('hex');
}

/** An `audit_event` row as SQL reads it (snake_case columns), for tools that read the table directly. */
export interface AuditEventRow {
  chain: string;
  sequence: number | string;
  organization_id: string | null;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: Record<string, unknown>;
  occurred_at: Date;
  prev_hash: string;
}

/** The hashed fields of a row read by SQL: what `hashAuditEvent` takes, named as the entity names them. */
export function hashedFieldsOfRow(row: AuditEventRow): HashedFields {
  return {
    chain: row.chain,
    sequence: Number(row.sequence),
    organizationId: row.organization_id,
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: row.summary,
    occurredAt: row.occurred_at,
    prevHash: row.prev_hash,
  };
}
