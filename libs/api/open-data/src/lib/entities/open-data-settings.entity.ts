import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from '@bc/api/core';

/** An organization's open data settings; without a row it has no ocid prefix and publishes nothing. */
@Entity('open_data_settings')
export class OpenDataSettings {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text', { name: 'ocid_prefix', nullable: true }) ocidPrefix!: string | null;
  @Column('boolean', { name: 'include_contacts', default: false }) includeContacts!: boolean;
  @Column('boolean', { name: 'public_publishing', default: false }) publicPublishing!: boolean;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy!: string | null;
  @UpdatedAtColumn() updatedAt!: Date;
}
