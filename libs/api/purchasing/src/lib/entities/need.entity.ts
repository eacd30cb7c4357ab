import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow, UpdatedAtColumn } from '@bc/api/core';
import { NeedStatus } from '@bc/shared/domain';

/** A requester's need: what, why, how much, by when, at what estimated value. */
@Entity('need')
export class Need extends OrganizationRow {
  @Column('uuid', { name: 'requester_id' }) requesterId!: string;
  @Column('text') title!: string;
  @Column('text', { default: '' }) description!: string;
  @Column('text') justification!: string;
  /** Numeric columns come back as strings: money and quantities are never floats. */
  @Column('numeric', { precision: 14, scale: 3, nullable: true }) quantity!: string | null;
  @Column('text', { nullable: true }) unit!: string | null;
  /** `YYYY-MM-DD`. */
  @Column('date', { name: 'needed_by', nullable: true }) neededBy!: string | null;
  @Column('numeric', { name: 'estimated_value', precision: 16, scale: 2, nullable: true }) estimatedValue!: string | null;
  @Column('char', { length: 3, default: 'EUR' }) currency!: string;
  @Column('text', { name: 'budget_reference', nullable: true }) budgetReference!: string | null;
  @Column('char', { name: 'category_code', length: 10, nullable: true }) categoryCode!: string | null;
  @Column('text', { default: NeedStatus.SUBMITTED }) status!: NeedStatus;
  @Column('text', { name: 'decline_reason', nullable: true }) declineReason!: string | null;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy!: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
