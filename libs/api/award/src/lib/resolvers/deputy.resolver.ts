import { Args, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, IdArg, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { ApprovalDeputyType, ApproverChoiceType, NameApprovalDeputyInput } from '../dto/deputy.types';
import { DeputyService } from '../services/deputy.service';

/** Deputies of approvers out of office: approvers name their own, admins anyone's. */
@Resolver()
export class DeputyResolver {
  constructor(private readonly deputies: DeputyService) {}

  @AllowedQuery(() => [ApprovalDeputyType], [Permission.AWARD_APPROVE, Permission.ORGANIZATION_MANAGE], {
    description: 'Admins: every deputy of the organization; approvers: those naming them. Newest first',
  })
  async approvalDeputies(@Ctx() ctx: RequestContext): Promise<ApprovalDeputyType[]> {
    return this.deputies.list(ctx);
  }

  @AllowedQuery(() => [ApproverChoiceType], [Permission.AWARD_APPROVE, Permission.ORGANIZATION_MANAGE], { description: 'The active approvers of the organization, to choose a deputy from' })
  async approverChoices(@Ctx() ctx: RequestContext): Promise<ApproverChoiceType[]> {
    return this.deputies.choices(ctx);
  }

  @AllowedMutation(() => ApprovalDeputyType, [Permission.AWARD_APPROVE, Permission.ORGANIZATION_MANAGE], { description: 'Names a deputy holding the same approving role for a period (audited)' })
  async nameApprovalDeputy(@Ctx() ctx: RequestContext, @Args('input') input: NameApprovalDeputyInput): Promise<ApprovalDeputyType> {
    return this.deputies.name(ctx, input);
  }

  @AllowedMutation(() => ApprovalDeputyType, [Permission.AWARD_APPROVE, Permission.ORGANIZATION_MANAGE], { description: 'Ends a deputy naming now (audited)' })
  async revokeApprovalDeputy(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<ApprovalDeputyType> {
    return this.deputies.revoke(ctx, id);
  }
}
