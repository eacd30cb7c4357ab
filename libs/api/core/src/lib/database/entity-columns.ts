import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns most tables share, declared once. Each maps to the column the migrations create
 * (the migrations, not these classes, define the schema: nothing here changes a table).
 */

/** A row keyed by a generated uuid. */
export abstract class UuidRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
}

/** A row keyed by a generated uuid that belongs to one organization (the tenant it is scoped to). */
export abstract class OrganizationRow extends UuidRow {
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
}

/** `created_at timestamptz`, set by the database when the row is inserted. */
export const CreatedAtColumn = (): PropertyDecorator => CreateDateColumn({ name: 'created_at', type: 'timestamptz' });

/** `updated_at timestamptz`, set on every save. */
export const UpdatedAtColumn = (): PropertyDecorator => UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' });
