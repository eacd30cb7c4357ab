import { Args, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, GraphQLContext, IdArg, RequestContext } from '@bc/api/core';
import { PurchaseCaseType } from '@bc/api/purchasing';
import { ApprovalDecision, Permission } from '@bc/shared/domain';
import { ApprovalPolicyInput, DeciderInboxArgs, ProposeAwardInput } from '../dto/award.inputs';
import { ApprovalPolicyType, AwardProposalPage, AwardProposalType } from '../dto/award.types';
import { ApprovalPolicyService } from '../services/approval-policy.service';
import { AwardViewService } from '../services/award-view.service';
import { AwardService } from '../services/award.service';

/** The approval policy: admins change it; admins and the buying side read it. */
@Resolver()
export class ApprovalPolicyResolver {
  constructor(private readonly policies: ApprovalPolicyService) {}

  @AllowedQuery(() => ApprovalPolicyType, [Permission.ORGANIZATION_MANAGE, Permission.AWARD_READ], {
    description: "The organization's approval policy (the defaults of product.md until an admin changes it)",
  })
  async approvalPolicy(@Ctx() ctx: RequestContext): Promise<ApprovalPolicyType> {
    return this.policies.view(ctx);
  }

  @AllowedMutation(() => ApprovalPolicyType, Permission.ORGANIZATION_MANAGE, {
    description: 'Replaces the approval policy: tiers by award value (case currency, ascending, the last open-ended), importance classes that need more, and the mode',
  })
  async updateApprovalPolicy(@Ctx() ctx: RequestContext, @Args('input') input: ApprovalPolicyInput): Promise<ApprovalPolicyType> {
    return this.policies.update(ctx, input);
  }
}

/** Award proposals, their approvals and the decider inbox. */
@Resolver(() => AwardProposalType)
export class AwardResolver {
  constructor(
    private readonly awards: AwardService,
    private readonly views: AwardViewService,
  ) {}

  @AllowedQuery(() => [AwardProposalType], Permission.AWARD_READ, { description: "Every version of a case's award proposals, newest first" })
  async awardProposals(@Ctx() ctx: RequestContext, @IdArg('caseId') caseId: string): Promise<AwardProposalType[]> {
    return this.views.ofCase(ctx, caseId);
  }

  @AllowedQuery(() => AwardProposalPage, Permission.AWARD_APPROVE, { description: 'Pending proposals of the organization the viewer may approve or reject now, oldest first, a page of them' })
  deciderInbox(@Ctx() ctx: RequestContext, @Args() args: DeciderInboxArgs): Promise<AwardProposalPage> {
    return this.views.inbox(ctx, args);
  }

  @AllowedQuery(() => AwardProposalType, Permission.AWARD_APPROVE, { nullable: true, description: 'One proposal of the decider inbox, if it waits for the viewer now (else null)' })
  deciderInboxProposal(@Ctx() ctx: RequestContext, @IdArg('proposalId') proposalId: string): Promise<AwardProposalType | null> {
    return this.views.inboxProposal(ctx, proposalId);
  }

  @AllowedQuery(() => [AwardProposalType], Permission.AWARD_APPROVE, {
    description: 'The proposals the viewer approved or rejected, their latest decision first (read-only history of the decider inbox; at most 100)',
  })
  async myAwardDecisions(@Ctx() ctx: RequestContext): Promise<AwardProposalType[]> {
    return this.views.decidedBy(ctx);
  }

  @AllowedMutation(() => AwardProposalType, Permission.AWARD_PROPOSE, {
    description:
      'Proposes an award in DECISION: one supplier for every line (invitationId) or a split per line (lines). A pending proposal is superseded and its approvals reset. ' +
      'A justification is required when not every line goes to the first place of the ranking',
  })
  async proposeAward(@Ctx() ctx: RequestContext, @Args('input') input: ProposeAwardInput): Promise<AwardProposalType> {
    return this.views.one(ctx, await this.awards.propose(ctx, input));
  }

  @AllowedMutation(() => AwardProposalType, Permission.AWARD_PROPOSE, { description: 'Takes a pending proposal back, with the reason' })
  async withdrawAwardProposal(
    @Ctx() ctx: RequestContext,
    @IdArg('proposalId') proposalId: string,
    @Args('reason') reason: string,
  ): Promise<AwardProposalType> {
    return this.views.one(ctx, await this.awards.withdraw(ctx, proposalId, reason));
  }

  @AllowedMutation(() => AwardProposalType, Permission.AWARD_APPROVE, {
    description: 'Approves a pending proposal in the open step of its route that takes your role; the last approval awards the case',
  })
  async approveAward(
    @Ctx() ctx: RequestContext,
    @IdArg('proposalId') proposalId: string,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<AwardProposalType> {
    return this.views.one(ctx, await this.awards.decide(ctx, proposalId, ApprovalDecision.APPROVED, comment));
  }

  @AllowedMutation(() => AwardProposalType, Permission.AWARD_APPROVE, { description: 'Rejects a pending proposal with a comment: the case stays in DECISION for a new proposal or negotiation' })
  async rejectAward(
    @Ctx() ctx: RequestContext,
    @IdArg('proposalId') proposalId: string,
    @Args('comment') comment: string,
  ): Promise<AwardProposalType> {
    return this.views.one(ctx, await this.awards.decide(ctx, proposalId, ApprovalDecision.REJECTED, comment));
  }
}

/** PurchaseCase.currentAward, batched per request. */
@Resolver(() => PurchaseCaseType)
export class CaseAwardResolver {
  constructor(private readonly views: AwardViewService) {}

  @ResolveField(() => AwardProposalType, { nullable: true, description: 'The pending or approved award proposal (null when there is none, or for roles that do not read awards)' })
  async currentAward(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<AwardProposalType | null> {
    return ctx.loader('award.currentAward', (ids: string[]) => this.views.currentReadable(ctx, ids), null).load(c.id);
  }
}
