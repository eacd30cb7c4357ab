import { Column, Entity } from 'typeorm';
import { UuidRow } from '@bc/api/core';
import { CaseStage } from '@bc/shared/domain';

/** One stage change of a case (the first has no `from`). Append-only; cycle times come from it. */
@Entity('case_stage_change')
export class CaseStageChange extends UuidRow {
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text', { name: 'from_stage', nullable: true }) fromStage!: CaseStage | null;
  @Column('text', { name: 'to_stage' }) toStage!: CaseStage;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('timestamptz', { name: 'occurred_at', default: () => 'clock_timestamp()' }) occurredAt!: Date;
}
