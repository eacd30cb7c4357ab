import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('supplier_certificate')
export class SupplierCertificate {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) issuer!: string | null;
  @Column('text', { nullable: true }) number!: string | null;
  /** Dates as `YYYY-MM-DD`. */
  @Column('date', { name: 'valid_from', nullable: true }) validFrom!: string | null;
  @Column('date', { name: 'valid_until', nullable: true }) validUntil!: string | null;
  @Column('uuid', { name: 'file_id', nullable: true }) fileId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
