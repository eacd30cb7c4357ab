import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OrganizationRow, UuidRow } from '@bc/api/core';
import type { ApprovalMode, ApprovalDecision, ApproverRole, AwardStatus, ImportanceClass } from '@bc/shared/domain';
import type { DecisionRecordScenario } from '../documents/decision-record-scenario-content';

/**
 * An award proposal: the buyer's choice (one supplier, or a split per line) with its value,
 * justification and the approval route fixed when proposed. Kept for good: a changed proposal is
 * a new version (the old one SUPERSEDED, its approvals reset); the database allows a proposal only
 * to be decided, once.
 */
@Entity('award_proposal')
export class AwardProposal extends OrganizationRow {
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'rfq_id' }) rfqId!: string;
  @Column('integer') version!: number;
  @Column('text') status!: AwardStatus;
  @Column('char', { length: 3 }) currency!: string;
  /** numeric(18,2) comes back as a string: exact. */
  @Column('numeric', { name: 'total_value', precision: 18, scale: 2 }) totalValue!: string;
  @Column('text', { nullable: true }) justification!: string | null;
  @Column('uuid', { name: 'top_ranked_invitation_id', nullable: true }) topRankedInvitationId!: string | null;
  @Column('boolean', { name: 'follows_ranking' }) followsRanking!: boolean;
  /** The ranking, totals and scores the proposal was made on, for the decision record. */
  @Column('jsonb', { name: 'evaluation_snapshot', default: () => `'{}'::jsonb` }) evaluationSnapshot!: Record<string, unknown>;
  @Column('text') importance!: ImportanceClass;
  @Column('text', { name: 'approval_mode' }) approvalMode!: ApprovalMode;
  @Column('jsonb', { name: 'approval_steps' }) approvalSteps!: ApproverRole[];
  @Column('uuid', { name: 'proposed_by' }) proposedBy!: string;
  @Column('timestamptz', { name: 'proposed_at', default: () => 'now()' }) proposedAt!: Date;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  /** Why it was rejected, superseded or withdrawn. */
  @Column('text', { name: 'decision_reason', nullable: true }) decisionReason!: string | null;
  /**
   * Whose turn it is while pending (`routeTurn`, stored by `AwardTurnService` in the transaction
   * that moves the route): the roles with a free open step, the reserved approvers whose step is
   * open, and every reserved approver. The decider inbox filters on them in SQL.
   */
  @Column('text', { name: 'turn_roles', array: true, default: () => `'{}'` }) turnRoles!: ApproverRole[];
  @Column('uuid', { name: 'turn_assignees', array: true, default: () => `'{}'` }) turnAssignees!: string[];
  @Column('uuid', { name: 'turn_held', array: true, default: () => `'{}'` }) turnHeld!: string[];
  /** The award scenario it was proposed from (issue 16), and what the decision record shows of it, frozen then. */
  @Column('uuid', { name: 'scenario_id', nullable: true }) scenarioId!: string | null;
  @Column('jsonb', { nullable: true }) scenario!: DecisionRecordScenario | null;
}

/** One awarded line of a proposal (append-only), or a supplier's part of a split line. Amounts in the case currency. */
@Entity('award_line')
export class AwardLine extends UuidRow {
  @Column('uuid', { name: 'proposal_id' }) proposalId!: string;
  @Column('text', { name: 'line_key' }) lineKey!: string;
  @Column('uuid', { name: 'invitation_id' }) invitationId!: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId!: string;
  @Column('numeric', { precision: 18, scale: 4 }) quantity!: string;
  @Column('numeric', { name: 'unit_price', precision: 18, scale: 4 }) unitPrice!: string;
  @Column('numeric', { precision: 18, scale: 2 }) total!: string;
}

/** One approver's decision on one proposal (append-only; one per approver and proposal). */
@Entity('award_approval')
export class AwardApproval extends OrganizationRow {
  @Column('uuid', { name: 'proposal_id' }) proposalId!: string;
  @Column('uuid', { name: 'approver_id' }) approverId!: string;
  @Column('text') role!: ApproverRole;
  @Column('text') decision!: ApprovalDecision;
  /** The away approver a deputy decided for (the deputy is `approverId`); null when deciding for oneself. */
  @Column('uuid', { name: 'on_behalf_of', nullable: true }) onBehalfOf!: string | null;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('timestamptz', { name: 'decided_at', default: () => 'now()' }) decidedAt!: Date;
}

/** An organization's approval policy; without a row, DEFAULT_APPROVAL_POLICY applies. */
@Entity('approval_policy')
export class ApprovalPolicyRow {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') mode!: ApprovalMode;
  @Column('jsonb') tiers!: Array<{ upTo: number | null; deciders: number; gatekeeper: boolean }>;
  @Column('jsonb', { name: 'by_importance', default: () => `'{}'::jsonb` }) byImportance!: Record<string, { deciders: number; gatekeeper: boolean }>;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy!: string | null;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

/** An approver's deputy for a period (out of office). Kept: only ever revoked, once. */
@Entity('approval_deputy')
export class ApprovalDeputy extends OrganizationRow {
  @Column('uuid', { name: 'principal_id' }) principalId!: string;
  @Column('uuid', { name: 'deputy_id' }) deputyId!: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt!: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt!: Date;
  @Column('uuid', { name: 'named_by' }) namedBy!: string;
  @Column('timestamptz', { name: 'named_at', default: () => 'now()' }) namedAt!: Date;
  @Column('uuid', { name: 'revoked_by', nullable: true }) revokedBy!: string | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}

/** An admin's reassignment of a waiting step to a named approver (kept: the latest per step applies). */
@Entity('award_step_assignment')
export class AwardStepAssignment extends OrganizationRow {
  @Column('uuid', { name: 'proposal_id' }) proposalId!: string;
  @Column('integer', { name: 'step_index' }) stepIndex!: number;
  @Column('text') role!: ApproverRole;
  @Column('uuid', { name: 'assignee_id' }) assigneeId!: string;
  @Column('uuid', { name: 'assigned_by' }) assignedBy!: string;
  @Column('timestamptz', { name: 'assigned_at', default: () => 'now()' }) assignedAt!: Date;
  @Column('text') reason!: string;
}
