import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';

@Entity('supplier_certificate')
export class SupplierCertificate extends OrganizationRow {
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) issuer!: string | null;
  @Column('text', { nullable: true }) number!: string | null;
  /** Dates as `YYYY-MM-DD`. */
  @Column('date', { name: 'valid_from', nullable: true }) validFrom!: string | null;
  @Column('date', { name: 'valid_until', nullable: true }) validUntil!: string | null;
  @Column('uuid', { name: 'file_id', nullable: true }) fileId!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
