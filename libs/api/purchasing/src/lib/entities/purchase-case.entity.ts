import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow, UpdatedAtColumn } from '@bc/api/core';
import { CaseStage, ImportanceClass, PurchaseType } from '@bc/shared/domain';

@Entity('purchase_case')
export class PurchaseCase extends OrganizationRow {
  /** Human reference, per organization and year: `PC-2026-0007`. */
  @Column('text') reference!: string;
  @Column('text') title!: string;
  @Column('text', { default: '' }) description!: string;
  @Column('char', { name: 'category_code', length: 10, nullable: true }) categoryCode!: string | null;
  @Column('text', { name: 'purchase_type' }) purchaseType!: PurchaseType;
  @Column('text') importance!: ImportanceClass;
  @Column('numeric', { name: 'estimated_value', precision: 16, scale: 2, nullable: true }) estimatedValue!: string | null;
  @Column('char', { length: 3, default: 'EUR' }) currency!: string;
  @Column('date', { name: 'needed_by', nullable: true }) neededBy!: string | null;
  @Column('text', { name: 'budget_reference', nullable: true }) budgetReference!: string | null;
  /** Certificates a supplier must hold for this purchase, as named by the buyer ("ISO 9001"); see `certificateGaps`. */
  @Column('text', { name: 'required_certificates', array: true, default: () => "'{}'" }) requiredCertificates!: string[];
  @Column('text') stage!: CaseStage;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason!: string | null;
  @Column('uuid', { name: 'source_case_id', nullable: true }) sourceCaseId!: string | null;
  @Column('uuid', { name: 'need_id', nullable: true }) needId!: string | null;
  /** Set by the award capability; a straight rebuy pre-shortlists this supplier. */
  @Column('uuid', { name: 'awarded_supplier_id', nullable: true }) awardedSupplierId!: string | null;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
  @Column('timestamptz', { name: 'stage_changed_at', default: () => 'now()' }) stageChangedAt!: Date;
}
