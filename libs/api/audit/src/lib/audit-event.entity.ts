import { Column, Entity } from 'typeorm';
import { UuidRow } from '@bc/api/core';

/**
 * One entry of the append-only audit trail. Each organization has its own chain (`chain` is its
 * id; `system` for events of no organization); every entry carries the hash of the one before.
 * The database refuses UPDATE, DELETE and TRUNCATE on this table.
 */
@Entity('audit_event')
export class AuditEvent extends UuidRow {
  @Column('text') chain!: string;
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) sequence!: number;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId!: string | null;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('text', { name: 'actor_name', nullable: true }) actorName!: string | null;
  @Column('text') action!: string;
  @Column('text', { name: 'entity_type' }) entityType!: string;
  @Column('text', { name: 'entity_id', nullable: true }) entityId!: string | null;
  @Column('jsonb') summary!: Record<string, unknown>;
  @Column('text', { name: 'request_id', nullable: true }) requestId!: string | null;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  @Column('char', { name: 'prev_hash', length: 64 }) prevHash!: string;
  @Column('char', { length: 64 }) hash!: string;
}
