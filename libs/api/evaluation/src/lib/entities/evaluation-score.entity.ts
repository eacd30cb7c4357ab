import { Column, Entity } from 'typeorm';
import { OrganizationRow } from '@bc/api/core';
import { Role } from '@bc/shared/domain';

/**
 * One evaluator's score of one supplier's quote (by invitation) on one criterion of a closed RFQ.
 * Kept for good: a new score by the same evaluator supersedes it (`supersededAt`), nothing is
 * overwritten or deleted (trigger `evaluation_score_kept`).
 */
@Entity('evaluation_score')
export class EvaluationScore extends OrganizationRow {
  @Column('uuid', { name: 'rfq_id' }) rfqId!: string;
  @Column('uuid', { name: 'invitation_id' }) invitationId!: string;
  @Column('text', { name: 'criterion_key' }) criterionKey!: string;
  @Column('uuid', { name: 'evaluator_id' }) evaluatorId!: string;
  /** The role the score was given in: SPECIFIER, BUYER or ADVISOR. */
  @Column('text', { name: 'evaluator_role' }) evaluatorRole!: Role;
  @Column('smallint') score!: number;
  @Column('text') comment!: string;
  /** False for an advisor's score: shown apart, not in the consensus. */
  @Column('boolean') counted!: boolean;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'superseded_at', nullable: true }) supersededAt!: Date | null;
}
