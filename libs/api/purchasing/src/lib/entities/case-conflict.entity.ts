import { Column, Entity } from 'typeorm';
import { UuidRow } from '@bc/api/core';

/** A team member's declaration of a conflict of interest with a supplier. Append-only. */
@Entity('case_conflict')
export class CaseConflict extends UuidRow {
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('text') statement!: string;
  @Column('timestamptz', { name: 'declared_at', default: () => 'now()' }) declaredAt!: Date;
}
