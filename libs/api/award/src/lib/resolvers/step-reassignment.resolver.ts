import { Args, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { AwardProposalType } from '../dto/award.types';
import { ReassignApprovalStepInput, WaitingApprovalType } from '../dto/deputy.types';
import { AwardViewService } from '../services/award-view.service';
import { StepReassignmentService } from '../services/step-reassignment.service';

/** Admins see the organization's waiting award approvals and reassign a step that waits for nobody. */
@Resolver()
export class StepReassignmentResolver {
  constructor(
    private readonly reassignment: StepReassignmentService,
    private readonly views: AwardViewService,
  ) {}

  @AllowedQuery(() => [WaitingApprovalType], Permission.ORGANIZATION_MANAGE, { description: 'Admins: the pending award proposals, oldest first, with who can decide them now' })
  async waitingApprovals(@Ctx() ctx: RequestContext): Promise<WaitingApprovalType[]> {
    return this.reassignment.waiting(ctx);
  }

  @AllowedMutation(() => AwardProposalType, Permission.ORGANIZATION_MANAGE, { description: 'Admins: reassigns a waiting step of a pending award proposal to a named approver (audited, mailed)' })
  async reassignApprovalStep(@Ctx() ctx: RequestContext, @Args('input') input: ReassignApprovalStepInput): Promise<AwardProposalType> {
    return this.views.one(ctx, await this.reassignment.reassign(ctx, input));
  }
}
