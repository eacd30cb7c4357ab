import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, OrganizationRow, UpdatedAtColumn } from '@bc/api/core';
import { QualificationStatus } from '@bc/shared/domain';

/** A supplier in one buying organization's directory. */
@Entity('supplier')
export class Supplier extends OrganizationRow {
  @Column('text') name!: string;
  @Column('text', { default: '' }) description!: string;
  /** ISO 3166-1 alpha-2. */
  @Column('char', { length: 2 }) country!: string;
  @Column('text', { nullable: true }) website!: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) tags!: string[];
  /** The CPV codes chosen for the supplier (with check digit). */
  @Column('text', { name: 'cpv_codes', array: true, default: () => "'{}'" }) cpvCodes!: string[];
  /** Every prefix of every chosen code and of the levels above it: a filter on a group is `@>` on a GIN index. */
  @Column('text', { name: 'category_prefixes', array: true, default: () => "'{}'" }) categoryPrefixes!: string[];
  @Column('text', { name: 'qualification_status', default: QualificationStatus.PROSPECT }) qualificationStatus!: QualificationStatus;
  @Column('text', { name: 'blocked_reason', nullable: true }) blockedReason!: string | null;
  /** What unblocking returns to. */
  @Column('text', { name: 'status_before_block', nullable: true }) statusBeforeBlock!: QualificationStatus | null;
  @Column('uuid', { name: 'portal_organization_id', nullable: true }) portalOrganizationId!: string | null;
  /** Denormalized from the performance events (see ReliabilityService); null without history. */
  @Column('double precision', { name: 'reliability_score', nullable: true }) reliabilityScore!: number | null;
  @Column('integer', { name: 'certificate_count', default: 0 }) certificateCount!: number;
  /** The earliest `valid_until` among the certificates: expired when before today. */
  @Column('date', { name: 'certificate_earliest_expiry', nullable: true }) certificateEarliestExpiry!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
