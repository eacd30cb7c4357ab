import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, UuidRow } from '@bc/api/core';

/** A server-side session. Only the SHA-256 of the cookie's token is stored. */
@Entity('user_session')
export class Session extends UuidRow {
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('char', { name: 'token_hash', length: 64 }) tokenHash!: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
