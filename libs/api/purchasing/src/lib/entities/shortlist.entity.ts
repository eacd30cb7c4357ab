import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UuidRow } from '@bc/api/core';
import { ShortlistDecision, ShortlistSource, ShortlistStatus } from '@bc/shared/domain';

/** The case's shortlist: one per case, created with it. */
@Entity('shortlist')
export class Shortlist {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text', { default: ShortlistStatus.DRAFT }) status!: ShortlistStatus;
  @Column('text', { name: 'single_source_justification', nullable: true }) singleSourceJustification!: string | null;
  @Column('uuid', { name: 'submitted_by', nullable: true }) submittedBy!: string | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt!: Date | null;
  @Column('uuid', { name: 'approved_by', nullable: true }) approvedBy!: string | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt!: Date | null;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

/** A supplier taken in or left out, with the reason. */
@Entity('shortlist_entry')
export class ShortlistEntry extends UuidRow {
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('text') decision!: ShortlistDecision;
  @Column('text') reason!: string;
  @Column('text') source!: ShortlistSource;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy!: string | null;
  @Column('timestamptz', { name: 'decided_at', default: () => 'now()' }) decidedAt!: Date;
}

export enum ShortlistReviewAction {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  /** An entry changed after submission or approval: the shortlist went back to DRAFT. */
  REOPENED = 'REOPENED',
}

/** The shortlist's review history. Append-only. */
@Entity('shortlist_review')
export class ShortlistReview extends UuidRow {
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text') action!: ShortlistReviewAction;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('text', { name: 'single_source_justification', nullable: true }) singleSourceJustification!: string | null;
  @Column('integer', { name: 'suppliers_in' }) suppliersIn!: number;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('timestamptz', { name: 'occurred_at', default: () => 'clock_timestamp()' }) occurredAt!: Date;
}
