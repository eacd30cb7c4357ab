import { Injectable } from '@nestjs/common';
import { AppError, Clock, conflict, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { UserDirectory } from '@bc/api/identity';
import { CaseConflict, PurchaseCase } from '@bc/api/purchasing';
import { ApproverRole, AwardStatus, CaseStage, ErrorCode, openSteps, Role } from '@bc/shared/domain';
import { In } from 'typeorm';
import { ApproverChoiceType, ReassignApprovalStepInput, WaitingApprovalType } from '../dto/deputy.types';
import { AwardApproval, AwardLine, AwardProposal, AwardStepAssignment } from '../entities/award.entities';
import { approvedRoles, DecisionFacts, decisionVerdict, fact, Reservation } from './award-rules';
import { AwardApprovalRequested } from '../events/award-events';
import { AwardViewService } from './award-view.service';
import { AwardService } from './award.service';
import { StepReservationsService } from './step-reservations.service';

const APPROVING: Role[] = [Role.DECIDER, Role.GATEKEEPER];

interface Approver {
  id: string;
  name: string;
  roles: Role[];
}

/**
 * An admin's way out of a route stuck for good: the waiting step of a pending proposal goes to a
 * named approver (any active decider or gatekeeper), who alone fills it, in the step's role. The
 * assignee is held to the same rules as any approver (not the proposer, not decided yet, no
 * declared conflict with an awarded supplier), and the admin never assigns to themselves.
 * Every reassignment is kept, audited with its reason, and mailed to the assignee.
 */
@Injectable()
export class StepReassignmentService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly awards: AwardService,
    private readonly views: AwardViewService,
    private readonly reservations: StepReservationsService,
    private readonly directory: UserDirectory,
    private readonly clock: Clock,
  ) {}

  async reassign(ctx: RequestContext, input: ReassignApprovalStepInput): Promise<AwardProposal> {
    const found = await this.awards.find(ctx, input.proposalId);
    const em = this.connection.manager(ctx);
    const purchaseCase = await em.getRepository(PurchaseCase).findOne({ where: { id: found.caseId, organizationId: ctx.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!purchaseCase) throw notFound('Award proposal');
    const proposal = await em.getRepository(AwardProposal).findOneOrFail({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
    if (proposal.status !== AwardStatus.PENDING) {
      throw new AppError(ErrorCode.STALE, `This proposal is ${proposal.status.toLowerCase()}: only a pending proposal's steps are reassigned`, { field: 'input.proposalId' });
    }
    if (purchaseCase.stage !== CaseStage.DECISION) {
      throw new AppError(ErrorCode.STAGE_LOCKED, `The case is in ${purchaseCase.stage}: awards are decided in DECISION`, { field: 'input.proposalId' });
    }
    const steps = proposal.approvalSteps as ApproverRole[];
    if (input.stepIndex >= steps.length) throw validationFailed('input.stepIndex', `The route has ${steps.length} step(s)`);
    const approvals = await this.awards.approvalsOf(ctx, proposal.id);
    const facts = approvals.map(fact);
    if (!openSteps(steps, approvedRoles(facts), proposal.approvalMode).includes(input.stepIndex)) {
      throw conflict('This step is not waiting: only a step that takes an approval now is reassigned', 'input.stepIndex');
    }
    if (input.assigneeId === ctx.userId) {
      throw new AppError(ErrorCode.SEPARATION_OF_DUTIES, 'You do not assign an approval to yourself: name another approver', { field: 'input.assigneeId' });
    }
    const [assignee] = await this.approvers(ctx, [input.assigneeId]);
    if (!assignee) throw validationFailed('input.assigneeId', 'Name an active decider or gatekeeper of your organization');

    const live = (await this.reservations.liveOf(ctx, [proposal], approvals)).get(proposal.id) ?? [];
    const previous = live.find((r) => r.stepIndex === input.stepIndex) ?? null;
    if (previous?.assigneeId === assignee.id) throw conflict(`This step is assigned to ${assignee.name} already`, 'input.assigneeId');
    const role = steps[input.stepIndex];
    const next: Reservation[] = [...live.filter((r) => r.stepIndex !== input.stepIndex && r.assigneeId !== assignee.id), { stepIndex: input.stepIndex, role, assigneeId: assignee.id }];
    const lines = await em.getRepository(AwardLine).find({ where: { proposalId: proposal.id } });
    const verdict = decisionVerdict(this.facts(proposal, purchaseCase.stage, approvals, lines, next), await this.decider(ctx, proposal.caseId, assignee));
    if (!verdict.ok) throw new AppError(verdict.code, `${assignee.name}: ${verdict.message}`, { field: 'input.assigneeId' });

    await em.getRepository(AwardStepAssignment).insert({
      organizationId: ctx.organizationId,
      proposalId: proposal.id,
      stepIndex: input.stepIndex,
      role,
      assigneeId: assignee.id,
      assignedBy: ctx.userId,
      reason: input.reason,
      assignedAt: this.clock.now(),
    });
    await this.reservations.storeTurn(ctx, proposal, approvals);
    const [before] = previous ? await this.approvers(ctx, [previous.assigneeId], true) : [];
    await this.audit.record(ctx, {
      action: 'award.step-reassigned',
      entityType: 'AwardProposal',
      entityId: proposal.id,
      summary: {
        reference: purchaseCase.reference,
        caseId: purchaseCase.id,
        version: proposal.version,
        step: input.stepIndex + 1,
        role,
        ...(before ? { from: { id: before.id, name: before.name } } : {}),
        to: { id: assignee.id, name: assignee.name },
        reason: input.reason,
      },
    });
    await ctx.publish(AwardApprovalRequested, { proposalId: proposal.id, approverUserIds: [assignee.id] });
    return proposal;
  }

  /** The organization's pending proposals, oldest first, with who can decide them now and whom their open steps could go to. */
  async waiting(ctx: RequestContext): Promise<WaitingApprovalType[]> {
    const em = this.connection.manager(ctx);
    const proposals = await em.getRepository(AwardProposal).find({ where: { organizationId: ctx.organizationId, status: AwardStatus.PENDING }, order: { proposedAt: 'ASC', id: 'ASC' }, take: 200 });
    if (proposals.length === 0) return [];
    const ids = proposals.map((p) => p.id);
    const approvals = await em.getRepository(AwardApproval).find({ where: { proposalId: In(ids) }, order: { decidedAt: 'ASC', id: 'ASC' } });
    const lines = await em.getRepository(AwardLine).find({ where: { proposalId: In(ids) } });
    const cases = await em.getRepository(PurchaseCase).find({ where: { id: In(proposals.map((p) => p.caseId)) }, select: { id: true, stage: true } });
    const conflicts = await em.getRepository(CaseConflict).find({ where: { caseId: In(proposals.map((p) => p.caseId)) }, select: { caseId: true, userId: true, supplierId: true } });
    const live = await this.reservations.liveOf(ctx, proposals, approvals);
    const people = await this.approvers(ctx);
    const views = new Map((await this.views.views(ctx, proposals)).map((v) => [v.id, v]));
    const choice = (u: Approver): ApproverChoiceType => ({ id: u.id, name: u.name, roles: u.roles.filter((r) => APPROVING.includes(r)) });
    return proposals.map((p) => {
      const stage = cases.find((c) => c.id === p.caseId)?.stage as CaseStage;
      const mine = approvals.filter((a) => a.proposalId === p.id);
      const reservations = live.get(p.id) ?? [];
      const facts = this.facts(p, stage, mine, lines.filter((l) => l.proposalId === p.id), reservations);
      const decider = (u: Approver) => ({ userId: u.id, roles: u.roles, conflictedSupplierIds: conflicts.filter((c) => c.caseId === p.caseId && c.userId === u.id).map((c) => c.supplierId) });
      const firstOpen = openSteps(facts.steps, approvedRoles(facts.approvals), p.approvalMode)[0];
      const asAssignee = (u: Approver) =>
        firstOpen !== undefined &&
        u.id !== ctx.userId &&
        decisionVerdict({ ...facts, reservations: [...reservations.filter((r) => r.assigneeId !== u.id), { stepIndex: firstOpen, role: facts.steps[firstOpen], assigneeId: u.id }] }, decider(u)).ok;
      return {
        proposal: views.get(p.id)!,
        waitingFor: people.filter((u) => decisionVerdict(facts, decider(u)).ok).map(choice),
        candidates: people.filter(asAssignee).map(choice),
      };
    });
  }

  private facts(proposal: AwardProposal, caseStage: CaseStage, approvals: readonly AwardApproval[], lines: readonly AwardLine[], reservations: readonly Reservation[]): DecisionFacts {
    return {
      status: proposal.status,
      caseStage,
      proposedBy: proposal.proposedBy,
      steps: proposal.approvalSteps as ApproverRole[],
      mode: proposal.approvalMode,
      approvals: approvals.map(fact),
      awardedSupplierIds: [...new Set(lines.map((l) => l.supplierId))],
      reservations,
    };
  }

  private async decider(ctx: RequestContext, caseId: string, u: Approver) {
    const conflicts = await this.connection.getRepository(ctx, CaseConflict).find({ where: { caseId, userId: u.id }, select: { supplierId: true } });
    return { userId: u.id, roles: u.roles, conflictedSupplierIds: conflicts.map((c) => c.supplierId) };
  }

  /** The organization's active deciders and gatekeepers (those of `ids` only, when given; disabled ones too with `any`). */
  private async approvers(ctx: RequestContext, ids?: readonly string[], any = false): Promise<Approver[]> {
    if (!ids) return this.directory.withAnyRole(ctx, ctx.organizationId, APPROVING);
    const users = await this.directory.byIds(ctx, ctx.organizationId, ids, any, 'name');
    return any ? users : users.filter((u) => u.roles.some((r) => APPROVING.includes(r)));
  }
}
