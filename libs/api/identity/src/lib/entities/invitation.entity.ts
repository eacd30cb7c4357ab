import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';
import { Role } from '@bc/shared/domain';

/** A single-use invitation to join an organization. Only the SHA-256 of its token is stored. */
@Entity('invitation')
export class Invitation extends OrganizationRow {
  @Column('text') email!: string;
  @Column('text', { array: true }) roles!: Role[];
  @Column('char', { name: 'token_hash', length: 64 }) tokenHash!: string;
  /** Null when the operator invited the first admin of a new organization. */
  @Column('uuid', { name: 'invited_by', nullable: true }) invitedBy!: string | null;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('uuid', { name: 'accepted_user_id', nullable: true }) acceptedUserId!: string | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
}
