import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A team member's declaration of a conflict of interest with a supplier. Append-only. */
@Entity('case_conflict')
export class CaseConflict {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('text') statement!: string;
  @Column('timestamptz', { name: 'declared_at', default: () => 'now()' }) declaredAt!: Date;
}
