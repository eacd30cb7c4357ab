import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, UuidRow } from '@bc/api/core';
import { Locale } from '@bc/shared/domain';

export enum OutboxStatus {
  /** Waiting to be sent (also while SMTP is not configured or the server is down). */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Refused by the server or out of attempts; an admin may send it again. */
  FAILED = 'FAILED',
}

/** A file sent with a message, kept in the row as text (an `.ics`) or base64. */
export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
  encoding?: 'utf-8' | 'base64';
}

/** One email, written in the transaction of the change it reports and sent later by the worker. */
@Entity('outbox_message')
export class OutboxMessage extends UuidRow {
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId!: string | null;
  /** What the message is about (`rfq.invitation`), for the admin page and tests. */
  @Column('text') kind!: string;
  @Column('text', { name: 'to_address' }) toAddress!: string;
  @Column('text', { name: 'to_name', nullable: true }) toName!: string | null;
  /** The display name of From (the buying organization); the address is always `MAIL_FROM`'s. */
  @Column('text', { name: 'from_name', nullable: true }) fromName!: string | null;
  /** Where answers go: the responsible buyer. */
  @Column('text', { name: 'reply_to_address', nullable: true }) replyToAddress!: string | null;
  @Column('text', { name: 'reply_to_name', nullable: true }) replyToName!: string | null;
  @Column('text') locale!: Locale;
  @Column('text') subject!: string;
  @Column('text', { name: 'text_body' }) text!: string;
  @Column('text', { name: 'html_body', nullable: true }) html!: string | null;
  @Column('jsonb') attachments!: OutboxAttachment[];
  @Column('jsonb') headers!: Record<string, string>;
  /** Fixed at enqueue, so a retry carries the same Message-ID. */
  @Column('text', { name: 'message_id' }) messageId!: string;
  @Column('text') status!: OutboxStatus;
  @Column('int') attempts!: number;
  @Column('timestamptz', { name: 'next_attempt_at' }) nextAttemptAt!: Date;
  /** Set while a send is claimed and its result not yet recorded; one left set means the sender stopped mid-send. */
  @Column('timestamptz', { name: 'claimed_at', nullable: true }) claimedAt!: Date | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
  /** About a supplier's own sealed quote (its receipt, its withdrawal): the body is purged once sent. */
  @Column('boolean', { default: false }) confidential!: boolean;
  /** When the body, HTML and attachments of a confidential message were purged (after sending). */
  @Column('timestamptz', { name: 'body_purged_at', nullable: true }) bodyPurgedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
}
