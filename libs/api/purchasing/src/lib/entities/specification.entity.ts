import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, UuidRow } from '@bc/api/core';
import { RequirementKind, SpecificationStatus } from '@bc/shared/domain';

/** One version of a case's specification. Never rewritten: only its status goes DRAFT → APPROVED. */
@Entity('specification_version')
export class SpecificationVersion extends UuidRow {
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('integer') version!: number;
  @Column('text') status!: SpecificationStatus;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { name: 'base_version_id', nullable: true }) baseVersionId!: string | null;
  @Column('uuid', { name: 'copied_from_version_id', nullable: true }) copiedFromVersionId!: string | null;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreatedAtColumn() createdAt!: Date;
  @Column('uuid', { name: 'approved_by', nullable: true }) approvedBy!: string | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt!: Date | null;
}

export interface LineAttribute {
  name: string;
  value: string;
}

@Entity('specification_line')
export class SpecificationLine extends UuidRow {
  @Column('uuid', { name: 'version_id' }) versionId!: string;
  /** Stable across versions: the same line in two versions has the same key. */
  @Column('uuid') key!: string;
  @Column('integer') position!: number;
  @Column('text') description!: string;
  @Column('numeric', { precision: 14, scale: 3 }) quantity!: string;
  @Column('text') unit!: string;
  @Column('jsonb', { default: () => "'[]'" }) attributes!: LineAttribute[];
}

@Entity('specification_requirement')
export class SpecificationRequirement extends UuidRow {
  @Column('uuid', { name: 'version_id' }) versionId!: string;
  @Column('uuid') key!: string;
  @Column('integer') position!: number;
  @Column('text') text!: string;
  @Column('text') kind!: RequirementKind;
  /** 1..100 for a nice-to-have; none for a must-have. */
  @Column('integer', { nullable: true }) weight!: number | null;
}

@Entity('specification_attachment')
export class SpecificationAttachment {
  @PrimaryColumn('uuid', { name: 'version_id' }) versionId!: string;
  @PrimaryColumn('uuid', { name: 'file_id' }) fileId!: string;
  @Column('integer') position!: number;
}
