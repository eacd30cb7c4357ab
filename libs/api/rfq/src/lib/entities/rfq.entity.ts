import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';
import { RfqApproval, RfqCriterion, RfqStatus } from '@bc/shared/domain';

/** A request for quotation of a case; its terms and criteria freeze at publishing (the database refuses changes). */
@Entity('rfq')
export class Rfq extends OrganizationRow {
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  /** The case reference with the RFQ's number: `PC-2026-0004-R1`. */
  @Column('text') reference!: string;
  @Column('text') title!: string;
  @Column('text', { default: '' }) description!: string;
  @Column('uuid', { name: 'specification_version_id' }) specificationVersionId!: string;
  @Column('text') status!: RfqStatus;
  @Column('text') approval!: RfqApproval;
  @Column('uuid', { name: 'approval_requested_by', nullable: true }) approvalRequestedBy!: string | null;
  @Column('timestamptz', { name: 'approval_requested_at', nullable: true }) approvalRequestedAt!: Date | null;
  @Column('uuid', { name: 'approval_decided_by', nullable: true }) approvalDecidedBy!: string | null;
  @Column('timestamptz', { name: 'approval_decided_at', nullable: true }) approvalDecidedAt!: Date | null;
  @Column('text', { name: 'approval_comment', nullable: true }) approvalComment!: string | null;
  @Column('timestamptz', { name: 'closes_at' }) closesAt!: Date;
  @Column('timestamptz', { name: 'questions_close_at' }) questionsCloseAt!: Date;
  @Column('char', { length: 3 }) currency!: string;
  @Column('text', { name: 'delivery_terms', default: '' }) deliveryTerms!: string;
  @Column('date', { name: 'delivery_date', nullable: true }) deliveryDate!: string | null;
  @Column('text', { name: 'delivery_address', default: '' }) deliveryAddress!: string;
  @Column('text', { name: 'payment_terms', default: '' }) paymentTerms!: string;
  @Column('integer', { name: 'validity_days', default: 90 }) validityDays!: number;
  @Column('text', { default: '' }) instructions!: string;
  @Column('jsonb') criteria!: RfqCriterion[];
  /** How often the closing time was moved (the .ics SEQUENCE). */
  @Column('integer', { name: 'closing_changes', default: 0 }) closingChanges!: number;
  /** The closing time the reminder was sent for; a later closing time gets its own reminder. */
  @Column('timestamptz', { name: 'reminder_sent_for', nullable: true }) reminderSentFor!: Date | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  @Column('uuid', { name: 'published_by', nullable: true }) publishedBy!: string | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason!: string | null;
  /** Two envelopes: the technical scoring is completed and locked before evaluators see prices. */
  @Column('boolean', { name: 'two_envelope', default: false }) twoEnvelope!: boolean;
  @Column('timestamptz', { name: 'technical_locked_at', nullable: true }) technicalLockedAt!: Date | null;
  @Column('uuid', { name: 'technical_locked_by', nullable: true }) technicalLockedBy!: string | null;
  /** Why the bidding period is shorter than the policy's minimum for the purchase type (shown to the gatekeeper). */
  @Column('text', { name: 'short_period_justification', nullable: true }) shortPeriodJustification!: string | null;
  /** The buyer who closed it before the closing time, every invitee having quoted or declined. */
  @Column('uuid', { name: 'closed_early_by', nullable: true }) closedEarlyBy!: string | null;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreatedAtColumn() createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

