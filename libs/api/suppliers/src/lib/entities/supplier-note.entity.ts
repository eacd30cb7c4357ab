import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';

@Entity('supplier_note')
export class SupplierNote extends OrganizationRow {
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('text') body!: string;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId!: string | null;
  @Column('text', { name: 'author_name' }) authorName!: string;
  @CreatedAtColumn() createdAt!: Date;
}
