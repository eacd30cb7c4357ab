import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';

@Entity('supplier_document')
export class SupplierDocument extends OrganizationRow {
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('uuid', { name: 'file_id' }) fileId!: string;
  @Column('text') title!: string;
  @Column('uuid', { name: 'added_by', nullable: true }) addedBy!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
