import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';
import { QuoteStatus } from '@bc/shared/domain';

/** A supplier's quote on one invitation. Its content is only ever stored sealed (encrypted). */
@Entity('quote')
export class Quote extends OrganizationRow {
  @Column('uuid', { name: 'rfq_id' }) rfqId!: string;
  @Column('uuid', { name: 'invitation_id' }) invitationId!: string;
  @Column('uuid', { name: 'supplier_organization_id' }) supplierOrganizationId!: string;
  @Column('text') status!: QuoteStatus;
  /** The saved draft, sealed; null when there is none. Never shown to the buyer. */
  @Column('bytea', { name: 'draft_sealed', nullable: true, select: false }) draftSealed!: Buffer | null;
  @Column('timestamptz', { name: 'draft_saved_at', nullable: true }) draftSavedAt!: Date | null;
  @Column('uuid', { name: 'draft_saved_by', nullable: true }) draftSavedBy!: string | null;
  @Column('integer', { name: 'current_revision', nullable: true }) currentRevision!: number | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt!: Date | null;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;
  @Column('text', { name: 'withdraw_reason', nullable: true }) withdrawReason!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

/** One submitted revision of a quote: kept for good (append-only), sealed, with its receipt hash. */
@Entity('quote_revision')
export class QuoteRevision extends OrganizationRow {
  @Column('uuid', { name: 'quote_id' }) quoteId!: string;
  @Column('uuid', { name: 'rfq_id' }) rfqId!: string;
  @Column('integer') revision!: number;
  @Column('bytea', { select: false }) sealed!: Buffer;
  /** SHA-256 of the canonical content: the supplier's receipt. */
  @Column('char', { name: 'content_sha256', length: 64 }) contentSha256!: string;
  @Column('timestamptz', { name: 'submitted_at', default: () => 'now()' }) submittedAt!: Date;
  @Column('uuid', { name: 'submitted_by' }) submittedBy!: string;
  /** 1: the hash of the content alone (before issue 11); 2: with a sealed nonce inside the hashed document. */
  @Column('smallint', { name: 'receipt_format' }) receiptFormat!: 1 | 2;
  /** The receipt's nonce (format 2), sealed like the content: given to the supplier, to the buying side only with the content. */
  @Column('bytea', { name: 'receipt_nonce_sealed', nullable: true, select: false }) receiptNonceSealed!: Buffer | null;
  /** The negotiation round this revision answers (a best and final offer); null for the RFQ itself. */
  @Column('uuid', { name: 'round_id', nullable: true }) roundId!: string | null;
}
