import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';
import { PerformanceEventKind } from '@bc/shared/domain';

/** One fact of a supplier's past performance; append-only (the database refuses changes). */
@Entity('supplier_performance_event')
export class SupplierPerformanceEvent extends OrganizationRow {
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('text') kind!: PerformanceEventKind;
  @Column('date', { name: 'occurred_on' }) occurredOn!: string;
  /** For deliveries only. */
  @Column('boolean', { name: 'on_time', nullable: true }) onTime!: boolean | null;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { name: 'recorded_by', nullable: true }) recordedBy!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
