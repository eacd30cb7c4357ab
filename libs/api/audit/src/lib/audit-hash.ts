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
