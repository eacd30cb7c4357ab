import { Args, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, GraphQLContext, IdArg, RequestContext } from '@bc/api/core';
import { CpvCodeType } from '@bc/api/suppliers';
import { CaseStage, caseRoles, Permission, PurchaseType, Role } from '@bc/shared/domain';
import { CancelCaseArgs, CaseMemberArgs, DeclareConflictArgs, MoveCaseArgs, PurchaseCasesArgs, RemoveCaseMemberArgs } from '../dto/purchasing.args';
import { CreatePurchaseCaseInput, CreateRebuyInput, UpdatePurchaseCaseInput } from '../dto/purchasing.inputs';
import {
  CaseMemberType,
  CaseNextStepType,
  ConflictDeclarationType,
  NeedType,
  PurchaseCasePage,
  PurchaseCaseType,
  StageChangeType,
  StageCountType,
} from '../dto/purchasing.types';
import { toCaseType, toConflictType, toNeedType, toStageChangeType } from '../dto/mappers';
import { CaseService } from '../services/case.service';
import { PurchasingLoaders } from '../services/purchasing-loaders';
import { RebuyService } from '../services/rebuy.service';
import { nextSteps, TransitionService } from '../services/transition.service';

@Resolver(() => PurchaseCaseType)
export class PurchaseCaseResolver {
  constructor(
    private readonly cases: CaseService,
    private readonly transitions: TransitionService,
    private readonly rebuys: RebuyService,
    private readonly loaders: PurchasingLoaders,
  ) {}

  @AllowedQuery(() => PurchaseCasePage, Permission.WORKSPACE_USE, { description: 'The cases I may see (all of the organization for buyers and gatekeepers), newest first' })
  async purchaseCases(@Ctx() ctx: RequestContext, @Args() args: PurchaseCasesArgs): Promise<PurchaseCasePage> {
    const page = await this.cases.list(ctx, args.filter ?? {}, args);
    return { ...page, items: page.items.map(toCaseType) };
  }

  @AllowedQuery(() => [StageCountType], Permission.WORKSPACE_USE, { description: 'How many of the cases I may see stand in each stage' })
  purchaseCaseCounts(@Ctx() ctx: RequestContext): Promise<StageCountType[]> {
    return this.cases.countsByStage(ctx);
  }

  @AllowedQuery(() => PurchaseCaseType, Permission.WORKSPACE_USE)
  async purchaseCase(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<PurchaseCaseType> {
    return toCaseType(await this.cases.get(ctx, id));
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.CASE_MANAGE, { description: 'Opens a new purchase (NEW_TASK) in stage NEED, with me on its team as BUYER' })
  async createPurchaseCase(@Ctx() ctx: RequestContext, @Args('input') input: CreatePurchaseCaseInput): Promise<PurchaseCaseType> {
    const created = await this.cases.create(ctx, {
      ...input,
      purchaseType: PurchaseType.NEW_TASK,
      stage: CaseStage.NEED,
      team: [{ userId: ctx.userId, role: Role.BUYER }],
    });
    return toCaseType(created);
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.CASE_MANAGE, {
    description:
      'Opens a rebuy of an earlier case: MODIFIED_REBUY copies its specification as an editable draft and pre-fills the shortlist; ' +
      'STRAIGHT_REBUY (of an AWARDED case) keeps the frozen specification, pre-shortlists the incumbent and starts in SOURCING',
  })
  async createRebuy(@Ctx() ctx: RequestContext, @Args('input') input: CreateRebuyInput): Promise<PurchaseCaseType> {
    return toCaseType(await this.rebuys.create(ctx, input));
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.CASE_MANAGE)
  async updatePurchaseCase(
    @Ctx() ctx: RequestContext,
    @IdArg() id: string,
    @Args('input') input: UpdatePurchaseCaseInput,
  ): Promise<PurchaseCaseType> {
    return toCaseType(await this.cases.update(ctx, id, input));
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.CASE_MANAGE, { description: 'The user must hold the role in the organization' })
  async addCaseMember(@Ctx() ctx: RequestContext, @Args() args: CaseMemberArgs): Promise<PurchaseCaseType> {
    return toCaseType(await this.cases.addMember(ctx, args.caseId, args.userId, args.role));
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.CASE_MANAGE)
  async removeCaseMember(@Ctx() ctx: RequestContext, @Args() args: RemoveCaseMemberArgs): Promise<PurchaseCaseType> {
    return toCaseType(await this.cases.removeMember(ctx, args.caseId, args.memberId));
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.WORKSPACE_USE, { description: 'Declares a conflict of interest with a supplier; kept for good' })
  async declareConflict(@Ctx() ctx: RequestContext, @Args() args: DeclareConflictArgs): Promise<PurchaseCaseType> {
    return toCaseType(await this.cases.declareConflict(ctx, args.caseId, args.supplierId, args.statement));
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.CASE_MANAGE, { description: 'Refused with TRANSITION_REFUSED and details.blockers when a precondition fails' })
  async moveCase(@Ctx() ctx: RequestContext, @Args() args: MoveCaseArgs): Promise<PurchaseCaseType> {
    return toCaseType(await this.transitions.move(ctx, args.caseId, args.to, args.reason));
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.CASE_MANAGE)
  async cancelCase(@Ctx() ctx: RequestContext, @Args() args: CancelCaseArgs): Promise<PurchaseCaseType> {
    return toCaseType(await this.transitions.move(ctx, args.caseId, CaseStage.CANCELLED, args.reason));
  }

  @ResolveField(() => CpvCodeType, { nullable: true })
  async category(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<CpvCodeType | null> {
    return c.categoryCode ? this.loaders.cpv(ctx).load(c.categoryCode) : null;
  }

  @ResolveField(() => PurchaseCaseType, { nullable: true, description: 'The earlier case a rebuy was made from' })
  async sourceCase(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<PurchaseCaseType | null> {
    const found = c.sourceCaseId ? await this.loaders.case(ctx).load(c.sourceCaseId) : null;
    return found ? toCaseType(found) : null;
  }

  @ResolveField(() => NeedType, { nullable: true, description: 'The need the case was opened for' })
  async need(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<NeedType | null> {
    const found = c.needId ? await this.loaders.need(ctx).load(c.needId) : null;
    return found ? { ...toNeedType(found), requester: found.requester } : null;
  }

  @ResolveField(() => [CaseMemberType])
  async team(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<CaseMemberType[]> {
    const rows = await this.loaders.team(ctx).load(c.id);
    return rows.map((r) => ({ id: r.id, role: r.role, addedAt: r.addedAt, user: { id: r.userId, name: r.name, email: r.email } }));
  }

  @ResolveField(() => [ConflictDeclarationType])
  async conflicts(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<ConflictDeclarationType[]> {
    return (await this.loaders.conflicts(ctx).load(c.id)).map((r) => toConflictType(r, r.user));
  }

  @ResolveField(() => [CaseNextStepType], { description: 'The stages the case may move to, each with what blocks it now' })
  async nextSteps(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<CaseNextStepType[]> {
    const facts = await this.loaders.facts(ctx).load(c.id);
    return facts ? nextSteps(c.stage, facts) : [];
  }

  @ResolveField(() => [StageChangeType], { description: 'Every stage change, oldest first' })
  async stageHistory(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<StageChangeType[]> {
    return (await this.loaders.stageHistory(ctx).load(c.id)).map((r) => toStageChangeType(r, r.actorName));
  }

  @ResolveField(() => [Role], { description: 'The roles I act in on this case (team roles I hold, and BUYER/GATEKEEPER organization-wide)' })
  async myRoles(c: PurchaseCaseType, _args: unknown, { ctx }: GraphQLContext): Promise<Role[]> {
    return caseRoles(ctx.signedIn.roles, await this.loaders.myTeamRoles(ctx, c.id));
  }
}
