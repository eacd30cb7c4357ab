import { Column, Entity } from 'typeorm';
import { UuidRow } from '@bc/api/core';
import { Role } from '@bc/shared/domain';

/** One role a user holds on one case's team (unique per case, user and role); a user may hold several. */
@Entity('case_member')
export class CaseMember extends UuidRow {
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') role!: Role;
  @Column('uuid', { name: 'added_by', nullable: true }) addedBy!: string | null;
  @Column('timestamptz', { name: 'added_at', default: () => 'now()' }) addedAt!: Date;
}
