import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('supplier_document')
export class SupplierDocument {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('uuid', { name: 'file_id' }) fileId!: string;
  @Column('text') title!: string;
  @Column('uuid', { name: 'added_by', nullable: true }) addedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
