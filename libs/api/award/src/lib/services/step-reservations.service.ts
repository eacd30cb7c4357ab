import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { ApproverRole, routeTurn, storedTurn } from '@bc/shared/domain';
import { In } from 'typeorm';
import { AwardApproval, AwardProposal, AwardStepAssignment } from '../entities/award.entities';
import { fact, liveReservations, Reservation } from './award-rules';

/**
 * The steps an admin reassigned to a named approver, as they hold now (read side of
 * `StepReassignmentService`), and whose turn it is on a route, stored on the proposal.
 */
@Injectable()
export class StepReservationsService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Every reassignment of these proposals, oldest first. */
  async assignmentsOf(ctx: RequestContext, proposalIds: readonly string[]): Promise<AwardStepAssignment[]> {
    if (proposalIds.length === 0) return [];
    return this.connection
      .getRepository(ctx, AwardStepAssignment)
      .find({ where: { proposalId: In([...proposalIds]), organizationId: ctx.organizationId }, order: { assignedAt: 'ASC', id: 'ASC' } });
  }

  /** Per proposal, its reservations still in force (see `liveReservations`). */
  async liveOf(ctx: RequestContext, proposals: readonly AwardProposal[], approvals: readonly AwardApproval[]): Promise<Map<string, Reservation[]>> {
    const assignments = await this.assignmentsOf(ctx, proposals.map((p) => p.id));
    return new Map(
      proposals.map((p) => [
        p.id,
        liveReservations(
          p.approvalSteps as ApproverRole[],
          approvals.filter((a) => a.proposalId === p.id).map(fact),
          assignments.filter((a) => a.proposalId === p.id),
        ),
      ]),
    );
  }

  /**
   * Stores whose turn it is (`routeTurn`) on a pending proposal, in the transaction that moved its
   * route (proposed, approved without completing it, a step reassigned), under the proposal's
   * row lock: the decider inbox reads it in SQL, so a page costs what a page costs.
   */
  async storeTurn(ctx: RequestContext, proposal: AwardProposal, approvals: readonly AwardApproval[]): Promise<void> {
    const reservations = (await this.liveOf(ctx, [proposal], approvals)).get(proposal.id) ?? [];
    const turn = routeTurn(proposal.approvalSteps, approvals, proposal.approvalMode, reservations);
    await this.connection.getRepository(ctx, AwardProposal).update(proposal.id, storedTurn(turn));
  }
}
