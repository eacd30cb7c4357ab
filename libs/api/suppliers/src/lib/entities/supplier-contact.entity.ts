import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';

@Entity('supplier_contact')
export class SupplierContact extends OrganizationRow {
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { nullable: true }) position!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
