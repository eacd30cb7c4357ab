import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, Transaction } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { ApprovalDeputyType, ApproverChoiceType, NameApprovalDeputyInput } from '../dto/deputy.types';
import { DeputyService } from '../services/deputy.service';

/** Deputies of approvers out of office: approvers name their own, admins anyone's. */
@Resolver()
export class DeputyResolver {
  constructor(private readonly deputies: DeputyService) {}

  @Query(() => [ApprovalDeputyType], { description: 'Admins: every deputy of the organization; approvers: those naming them. Newest first' })
  @Allow(Permission.AWARD_APPROVE, Permission.ORGANIZATION_MANAGE)
  async approvalDeputies(@Ctx() ctx: RequestContext): Promise<ApprovalDeputyType[]> {
    return this.deputies.list(ctx);
  }

  @Query(() => [ApproverChoiceType], { description: 'The active approvers of the organization, to choose a deputy from' })
  @Allow(Permission.AWARD_APPROVE, Permission.ORGANIZATION_MANAGE)
  async approverChoices(@Ctx() ctx: RequestContext): Promise<ApproverChoiceType[]> {
    return this.deputies.choices(ctx);
  }

  @Mutation(() => ApprovalDeputyType, { description: 'Names a deputy holding the same approving role for a period (audited)' })
  @Allow(Permission.AWARD_APPROVE, Permission.ORGANIZATION_MANAGE)
  @Transaction()
  async nameApprovalDeputy(@Ctx() ctx: RequestContext, @Args('input') input: NameApprovalDeputyInput): Promise<ApprovalDeputyType> {
    return this.deputies.name(ctx, input);
  }

  @Mutation(() => ApprovalDeputyType, { description: 'Ends a deputy naming now (audited)' })
  @Allow(Permission.AWARD_APPROVE, Permission.ORGANIZATION_MANAGE)
  @Transaction()
  async revokeApprovalDeputy(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ApprovalDeputyType> {
    return this.deputies.revoke(ctx, id);
  }
}
