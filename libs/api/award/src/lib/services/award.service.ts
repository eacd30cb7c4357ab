import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError, assertId, Clock, conflict, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { ApproverPoolService, CaseAccessService, CaseCancellationService, CaseConflict, PurchaseCase, TransitionService, Withdrawn } from '@bc/api/purchasing';
import { buildComparison, ComparisonService, ScoringService } from '@bc/api/evaluation';
import { OpenedQuote, PortalService, QuoteService } from '@bc/api/quotes';
import { RfqService } from '@bc/api/rfq';
import {
  ApprovalDecision,
  approvalSteps,
  AwardStatus,
  CaseStage,
  ErrorCode,
  Permission,
  requiredApprovals,
  Role,
  RfqStatus,
  routeComplete,
  routeTurn,
  storedTurn,
} from '@bc/shared/domain';
import { In } from 'typeorm';
import { MAX_JUSTIFICATION, ProposeAwardInput } from '../dto/award.inputs';
import { AwardApproval, AwardLine, AwardProposal } from '../entities/award.entities';
import { ApprovalPolicyService } from './approval-policy.service';
import { DeputyService } from './deputy.service';
import { StepReservationsService } from './step-reservations.service';
import { approvedRoles, decisionVerdict, fact } from './award-rules';
import { planAward } from './award-plan';
import { AwardGrantService } from './award-grant.service';
import { evaluationSnapshot, proposalShape } from './award-proposal-parts';
import { AwardApprovalRequested, AwardRejected } from '../events/award-events';
import type { DecisionRecordScenario } from '../documents/decision-record-scenario-content';

export const MAX_DECISION_COMMENT = 2000;
export const MAX_WITHDRAW_REASON = 2000;

/** The award scenario a proposal is made from (issue 16): recorded on it, and shown in its decision record. */
export interface AwardScenarioOrigin {
  scenarioId: string;
  scenario: DecisionRecordScenario;
}



/**
 * Award proposals and their approvals (step 5 of product.md). A buyer proposes in DECISION, after
 * the RFQ closed and its evaluation is complete; the organization's approval policy fixes the
 * route when proposed; approvers decide one at a time under the case's row lock, then the
 * proposal's, so two at the same moment never produce a wrong state.
 */
@Injectable()
export class AwardService implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly transitions: TransitionService,
    private readonly rfqs: RfqService,
    private readonly quotes: QuoteService,
    private readonly portal: PortalService,
    private readonly comparisons: ComparisonService,
    private readonly scoring: ScoringService,
    private readonly policies: ApprovalPolicyService,
    private readonly pool: ApproverPoolService,
    private readonly cancellation: CaseCancellationService,
    private readonly deputies: DeputyService,
    private readonly reservations: StepReservationsService,
    private readonly grants: AwardGrantService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.cancellation.register((ctx, purchaseCase, reason) => this.withdrawForCancellation(ctx, purchaseCase, reason));
  }

  /** The pending proposal of a case being cancelled is withdrawn with it: its open steps wait for nobody. */
  private async withdrawForCancellation(ctx: RequestContext, purchaseCase: PurchaseCase, reason: string): Promise<Withdrawn[]> {
    const repo = this.connection.getRepository(ctx, AwardProposal);
    const pending = await repo.findOne({ where: { caseId: purchaseCase.id, status: AwardStatus.PENDING }, lock: { mode: 'pessimistic_write' } });
    if (!pending) return [];
    const text = `Case cancelled: ${reason}`.slice(0, MAX_WITHDRAW_REASON);
    await repo.update(pending.id, { status: AwardStatus.WITHDRAWN, decidedAt: this.clock.now(), decisionReason: text });
    const approvals = await this.approvalsOf(ctx, pending.id);
    await this.audit.record(ctx, {
      action: 'award.withdrawn',
      entityType: 'AwardProposal',
      entityId: pending.id,
      organizationId: purchaseCase.organizationId,
      summary: { reference: purchaseCase.reference, caseId: purchaseCase.id, version: pending.version, reason: text, byCancellation: true, approvalsIn: approvals.length },
    });
    return [{ kind: 'award-proposal', version: pending.version, approvalsIn: approvals.length }];
  }

  // ---- proposing ---------------------------------------------------------------------------

  /** The case's closed RFQ with its complete evaluation, and its comparison now and as it stood at the closing. */
  private async evaluated(ctx: RequestContext, purchaseCase: PurchaseCase) {
    const rfq = await this.rfqs.ofCase(ctx, purchaseCase.id);
    if (!rfq || rfq.status !== RfqStatus.CLOSED || !rfq.closedAt) throw conflict(`${purchaseCase.reference} has no closed RFQ to award`, 'input.caseId');
    const evaluation = await this.scoring.evaluate(ctx, rfq.id);
    if (!evaluation.rankingComplete || evaluation.suppliers.length === 0) {
      throw conflict(`The evaluation of ${rfq.reference} is not complete: every quote needs a score on every criterion (and every currency a rate)`, 'input.caseId');
    }
    const { quotes } = await this.quotes.opened(ctx, rfq.id);
    const spec = await this.rfqs.specification(ctx, rfq);
    const rates = await this.comparisons.rates(ctx, rfq.id);
    const comparison = buildComparison({ rfq, lines: spec.lines, requirements: spec.requirements, quotes, rates });
    const atClosing = buildComparison({ rfq, lines: spec.lines, requirements: spec.requirements, quotes: quotes.map((q) => asAtClosing(q, rfq.closedAt!)), rates });
    return { rfq, evaluation, comparison, atClosing };
  }

  /** A pending proposal of the case is superseded by a new one: its approvals no longer count. */
  private async supersedePending(ctx: RequestContext, purchaseCase: PurchaseCase): Promise<AwardProposal | null> {
    const em = this.connection.manager(ctx);
    const repo = em.getRepository(AwardProposal);
    const pending = await repo.findOne({ where: { caseId: purchaseCase.id, status: AwardStatus.PENDING }, lock: { mode: 'pessimistic_write' } });
    if (pending) {
      await repo.update(pending.id, { status: AwardStatus.SUPERSEDED, decidedAt: this.clock.now(), decisionReason: 'changed' });
      await this.audit.record(ctx, {
        action: 'award.superseded',
        entityType: 'AwardProposal',
        entityId: pending.id,
        organizationId: purchaseCase.organizationId,
        summary: { reference: purchaseCase.reference, caseId: purchaseCase.id, version: pending.version, approvalsReset: await em.getRepository(AwardApproval).count({ where: { proposalId: pending.id } }) },
      });
    }
    return pending;
  }

  /** Proposes an award (`origin`: the award scenario it comes from, recorded with it). */
  async propose(ctx: RequestContext, input: ProposeAwardInput, origin: AwardScenarioOrigin | null = null): Promise<AwardProposal> {
    // The case row is held for the transaction: proposals and decisions on one case go one at a time.
    const { purchaseCase } = await this.access.openFor(ctx, input.caseId, Permission.AWARD_PROPOSE, true);
    const { single, split } = proposalShape(purchaseCase, input);

    const { rfq, evaluation, comparison, atClosing } = await this.evaluated(ctx, purchaseCase);

    // Which invitation gets which line, at what amounts in the case currency.
    const { lines: planned, totalValue } = planAward(comparison, single !== null ? { invitationId: single } : { lines: split! });

    // The ranking's first place, and whether the proposal follows it.
    const top = evaluation.suppliers.find((s) => s.rank === 1) ?? evaluation.suppliers[0];
    const followsRanking = planned.every((l) => l.invitationId === top.invitationId);
    const justification = justificationOf(input, followsRanking, top.supplierName);

    // The route, fixed now.
    const policy = await this.policies.policy(ctx, purchaseCase.organizationId);
    const steps = approvalSteps(requiredApprovals(policy, Number(totalValue), purchaseCase.importance));
    await this.pool.assertCompletable(ctx, steps, {
      requesterId: ctx.userId,
      caseId: purchaseCase.id,
      supplierIds: [...new Set(planned.map((l) => l.supplierId))],
      field: 'input.caseId',
      subject: `An award of ${totalValue} ${rfq.currency} on ${purchaseCase.reference}`,
    });

    const em = this.connection.manager(ctx);
    const repo = em.getRepository(AwardProposal);
    const pending = await this.supersedePending(ctx, purchaseCase);
    const [{ max }] = await em.query(`SELECT COALESCE(MAX(version), 0) AS max FROM award_proposal WHERE case_id = $1`, [purchaseCase.id]);
    const proposal = await repo.save(
      repo.create({
        organizationId: purchaseCase.organizationId,
        caseId: purchaseCase.id,
        rfqId: rfq.id,
        version: Number(max) + 1,
        status: AwardStatus.PENDING,
        currency: rfq.currency,
        totalValue,
        justification,
        topRankedInvitationId: top.invitationId,
        followsRanking,
        evaluationSnapshot: evaluationSnapshot(rfq, evaluation, comparison, atClosing, top.invitationId) as unknown as Record<string, unknown>,
        importance: purchaseCase.importance,
        approvalMode: policy.mode,
        approvalSteps: steps,
        ...storedTurn(routeTurn(steps, [], policy.mode, [])), // whose turn: no approval in, no step reassigned
        proposedBy: ctx.userId, proposedAt: this.clock.now(),
        decidedAt: null, decisionReason: null,
        scenarioId: origin?.scenarioId ?? null, scenario: origin?.scenario ?? null,
      }),
    );
    const lines = await em.getRepository(AwardLine).save(
      planned.map((l) =>
        em.getRepository(AwardLine).create({ proposalId: proposal.id, lineKey: l.lineKey, invitationId: l.invitationId, supplierId: l.supplierId, quantity: l.quantity, unitPrice: l.unitPrice, total: l.total }),
      ),
    );
    await this.audit.record(ctx, {
      action: 'award.proposed',
      entityType: 'AwardProposal',
      entityId: proposal.id,
      organizationId: purchaseCase.organizationId,
      summary: {
        reference: purchaseCase.reference,
        caseId: purchaseCase.id,
        rfq: rfq.reference,
        version: proposal.version,
        totalValue,
        currency: rfq.currency,
        suppliers: [...new Set(planned.map((l) => l.supplierName))],
        lines: lines.length,
        followsRanking,
        ...(justification ? { justification } : {}),
        route: steps,
        mode: policy.mode,
        ...(pending ? { supersedes: pending.id } : {}),
        ...(origin ? { scenario: { id: origin.scenarioId, name: origin.scenario.name, kind: origin.scenario.kind } } : {}),
      },
    });
    const fresh = await repo.findOneByOrFail({ id: proposal.id });
    await ctx.publish(AwardApprovalRequested, { proposalId: fresh.id, approverUserIds: await this.eligibleApprovers(ctx, fresh, purchaseCase.stage, [], lines) });
    return fresh;
  }

  async withdraw(ctx: RequestContext, proposalId: string, reason: string): Promise<AwardProposal> {
    const text = reason.trim();
    if (!text) throw validationFailed('reason', 'Say why the proposal is withdrawn');
    if (text.length > MAX_WITHDRAW_REASON) throw validationFailed('reason', `A reason is at most ${MAX_WITHDRAW_REASON} characters`);
    const found = await this.find(ctx, proposalId);
    const { purchaseCase } = await this.access.openFor(ctx, found.caseId, Permission.AWARD_PROPOSE, true);
    const proposal = await this.lockProposal(ctx, found.id);
    if (proposal.status !== AwardStatus.PENDING) {
      throw new AppError(ErrorCode.STALE, `This proposal is ${proposal.status.toLowerCase()}: only a pending proposal is withdrawn`, { field: 'proposalId', details: { status: proposal.status } });
    }
    await this.connection.getRepository(ctx, AwardProposal).update(proposal.id, { status: AwardStatus.WITHDRAWN, decidedAt: this.clock.now(), decisionReason: text });
    await this.audit.record(ctx, {
      action: 'award.withdrawn',
      entityType: 'AwardProposal',
      entityId: proposal.id,
      organizationId: purchaseCase.organizationId,
      summary: { reference: purchaseCase.reference, caseId: purchaseCase.id, version: proposal.version, reason: text },
    });
    return this.connection.getRepository(ctx, AwardProposal).findOneByOrFail({ id: proposal.id });
  }

  // ---- deciding ----------------------------------------------------------------------------

  /**
   * Approves or rejects. Locks the case row, then the proposal row (always in that order, as
   * proposing does), re-reads the decisions in under the lock and checks every rule there; the
   * unique (proposal, approver) index backs ALREADY_DECIDED. The last approval the route needs
   * marks the proposal APPROVED and moves the case to AWARDED.
   */
  async decide(ctx: RequestContext, proposalId: string, decision: ApprovalDecision, comment: string | null | undefined): Promise<AwardProposal> {
    const text = decisionComment(decision, comment);

    const found = await this.find(ctx, proposalId);
    const em = this.connection.manager(ctx);
    const purchaseCase = await em.getRepository(PurchaseCase).findOne({
      where: { id: found.caseId, organizationId: ctx.organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!purchaseCase) throw notFound('Award proposal');
    const proposal = await this.lockProposal(ctx, found.id);
    const approvals = await this.approvalsOf(ctx, proposal.id);
    const lines = await em.getRepository(AwardLine).find({ where: { proposalId: proposal.id } });
    const awardedSupplierIds = [...new Set(lines.map((l) => l.supplierId))];
    const conflicted = await em.getRepository(CaseConflict).find({ where: { caseId: proposal.caseId, userId: ctx.userId }, select: { supplierId: true } });
    const reservations = (await this.reservations.liveOf(ctx, [proposal], approvals)).get(proposal.id) ?? [];

    const verdict = decisionVerdict(
      {
        status: proposal.status,
        caseStage: purchaseCase.stage,
        proposedBy: proposal.proposedBy,
        steps: proposal.approvalSteps,
        mode: proposal.approvalMode,
        approvals: approvals.map(fact),
        awardedSupplierIds,
        reservations,
      },
      { userId: ctx.userId, roles: ctx.signedIn.roles, conflictedSupplierIds: conflicted.map((c) => c.supplierId) },
    );
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message, { field: 'proposalId', details: { status: proposal.status } });

    const before = await this.eligibleApprovers(ctx, proposal, purchaseCase.stage, approvals, lines);
    // A deputy decides for an away approver who could decide it now (the deputy's own checks passed above).
    const principals = await this.deputies.principalsOf(ctx, ctx.userId);
    const onBehalfOf = before.find((id) => principals.includes(id)) ?? null;
    const approval = await em
      .getRepository(AwardApproval)
      .save(
        em.getRepository(AwardApproval).create({
          organizationId: proposal.organizationId,
          proposalId: proposal.id,
          approverId: ctx.userId,
          role: verdict.role,
          decision,
          comment: text,
          onBehalfOf,
          decidedAt: this.clock.now(),
        }),
      )
      .catch((e: unknown) => {
        // The unique (proposal, approver) index backs the check above; under the locks it is not reached.
        if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') {
          throw new AppError(ErrorCode.ALREADY_DECIDED, 'You have already decided on this proposal', { field: 'proposalId' });
        }
        throw e;
      });
    const deputyFor = onBehalfOf ? { id: onBehalfOf, name: (await this.deputies.names(ctx, [onBehalfOf])).get(onBehalfOf) ?? '' } : null;
    const summary = {
      reference: purchaseCase.reference,
      caseId: purchaseCase.id,
      version: proposal.version,
      role: verdict.role,
      ...(text ? { comment: text } : {}),
      ...(deputyFor ? { deputyFor } : {}),
    };
    const repo = em.getRepository(AwardProposal);

    if (decision === ApprovalDecision.REJECTED) {
      await repo.update(proposal.id, { status: AwardStatus.REJECTED, decidedAt: this.clock.now(), decisionReason: text });
      await this.audit.record(ctx, { action: 'award.rejected', entityType: 'AwardProposal', entityId: proposal.id, organizationId: proposal.organizationId, summary });
      const rejected = await repo.findOneByOrFail({ id: proposal.id });
      await ctx.publish(AwardRejected, { proposalId: rejected.id, approvalId: approval.id });
      return rejected;
    }

    await this.audit.record(ctx, { action: 'award.approved', entityType: 'AwardProposal', entityId: proposal.id, organizationId: proposal.organizationId, summary });
    const after = [...approvals, approval];
    if (!routeComplete(proposal.approvalSteps, approvedRoles(after.map(fact)))) {
      await this.reservations.storeTurn(ctx, proposal, after);
      // A sequential route opens its next step: ask those who could not act before.
      const now = await this.eligibleApprovers(ctx, proposal, purchaseCase.stage, after, lines);
      const newly = now.filter((id) => !before.includes(id));
      if (newly.length > 0) await ctx.publish(AwardApprovalRequested, { proposalId: proposal.id, approverUserIds: newly });
      return repo.findOneByOrFail({ id: proposal.id });
    }

    return this.grants.grant(ctx, proposal, purchaseCase, lines, after);
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** A proposal of the caller's organization (NOT_FOUND otherwise), unlocked. */
  async find(ctx: RequestContext, proposalId: string): Promise<AwardProposal> {
    assertId(proposalId, 'Award proposal');
    const proposal = await this.connection.getRepository(ctx, AwardProposal).findOne({ where: { id: proposalId, organizationId: ctx.organizationId } });
    if (!proposal) throw notFound('Award proposal');
    return proposal;
  }

  private async lockProposal(ctx: RequestContext, id: string): Promise<AwardProposal> {
    return this.connection.getRepository(ctx, AwardProposal).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async approvalsOf(ctx: RequestContext, proposalId: string): Promise<AwardApproval[]> {
    return this.connection.getRepository(ctx, AwardApproval).find({ where: { proposalId }, order: { decidedAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The users of the organization who may decide the proposal now (an open step takes one of
   * their roles; not the proposer, not conflicted with an awarded supplier, not decided yet, not
   * disabled): whom the approval request goes to.
   */
  async eligibleApprovers(ctx: RequestContext, proposal: AwardProposal, caseStage: CaseStage, approvals: readonly AwardApproval[], lines: readonly AwardLine[]): Promise<string[]> {
    const em = this.connection.manager(ctx);
    // Every approver, not only the route's roles: a step reassigned by an admin takes its assignee whatever approving role they hold.
    const users = await this.pool.holders(ctx, [Role.DECIDER, Role.GATEKEEPER], proposal.organizationId);
    const reservations = (await this.reservations.liveOf(ctx, [proposal], approvals)).get(proposal.id) ?? [];
    if (users.length === 0) return [];
    const conflicts = await em.getRepository(CaseConflict).find({ where: { caseId: proposal.caseId, userId: In(users.map((u) => u.id)) }, select: { userId: true, supplierId: true } });
    const facts = {
      status: proposal.status,
      caseStage,
      proposedBy: proposal.proposedBy,
      steps: proposal.approvalSteps,
      mode: proposal.approvalMode,
      approvals: approvals.map(fact),
      awardedSupplierIds: [...new Set(lines.map((l) => l.supplierId))],
      reservations,
    };
    return users
      .filter((u) => decisionVerdict(facts, { userId: u.id, roles: u.roles, conflictedSupplierIds: conflicts.filter((c) => c.userId === u.id).map((c) => c.supplierId) }).ok)
      .map((u) => u.id);
  }
}

/** A quote as it stood when the RFQ closed: its last revision submitted by then (negotiation revisions come later). */
function asAtClosing(q: OpenedQuote, closedAt: Date): OpenedQuote {
  const before = q.revisions.filter((r) => r.submittedAt.getTime() <= closedAt.getTime());
  return { ...q, latest: before[before.length - 1] ?? q.revisions[0] ?? q.latest };
}

/** A decision's comment, trimmed: required to reject (the buyer and the team read why), at most MAX_DECISION_COMMENT characters. */
function decisionComment(decision: ApprovalDecision, comment: string | null | undefined): string | null {
  const text = comment?.trim() || null;
  if (decision === ApprovalDecision.REJECTED && !text) throw validationFailed('comment', 'Say why you reject the proposal: the buyer and the team read it', { rule: 'REQUIRED' });
  if (text && text.length > MAX_DECISION_COMMENT) {
    throw validationFailed('comment', `A comment is at most ${MAX_DECISION_COMMENT} characters`, { rule: 'MAX_LENGTH', max: MAX_DECISION_COMMENT });
  }
  return text;
}

/** The proposal's justification: at most MAX_JUSTIFICATION characters, required when it does not follow the ranking. */
function justificationOf(input: ProposeAwardInput, followsRanking: boolean, firstPlace: string): string | null {
  const justification = input.justification?.trim() || null;
  if (justification && justification.length > MAX_JUSTIFICATION) throw validationFailed('input.justification', `A justification is at most ${MAX_JUSTIFICATION} characters`);
  if (!followsRanking && !justification) {
    throw validationFailed('input.justification', `The proposal does not award every line to the first place (${firstPlace}): say why`);
  }
  return justification;
}
