import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('case_reference_counter')
export class CaseReferenceCounter {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId!: string;
  @PrimaryColumn('integer') year!: number;
  @Column('integer', { name: 'last_number' }) lastNumber!: number;
}
