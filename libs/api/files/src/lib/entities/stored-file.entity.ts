import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow } from '@bc/api/core';

/**
 * A file uploaded by a user of an organization, kept in PostgreSQL (bytea) so that backups,
 * transactions and tenant checks cover it like any other record. `data` is never selected
 * unless the file is downloaded.
 */
@Entity('stored_file')
export class StoredFile extends OrganizationRow {
  @Column('text') name!: string;
  @Column('text', { name: 'content_type' }) contentType!: string;
  @Column('integer', { name: 'size_bytes' }) sizeBytes!: number;
  @Column('char', { length: 64 }) sha256!: string;
  @Column('bytea', { select: false }) data?: Buffer;
  @Column('uuid', { name: 'uploaded_by', nullable: true }) uploadedBy!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
