import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, Transaction } from '@bc/api/core';
import { CpvCodeType } from '@bc/api/suppliers';
import { NeedStatus, Permission } from '@bc/shared/domain';
import { DeclineNeedArgs } from '../dto/purchasing.args';
import { AcceptNeedInput, RaiseNeedInput } from '../dto/purchasing.inputs';
import { NeedType, PersonType, PurchaseCaseType } from '../dto/purchasing.types';
import { toCaseType, toNeedType, UNKNOWN_PERSON } from '../dto/mappers';
import { NeedService } from '../services/need.service';
import { PurchasingLoaders } from '../services/purchasing-loaders';

@Resolver(() => NeedType)
export class NeedResolver {
  constructor(
    private readonly needService: NeedService,
    private readonly loaders: PurchasingLoaders,
  ) {}

  @Query(() => [NeedType], { description: 'The needs I raised, newest first, with where each stands' })
  @Allow(Permission.NEED_RAISE)
  async myNeeds(@Ctx() ctx: RequestContext): Promise<NeedType[]> {
    return (await this.needService.mine(ctx)).map(toNeedType);
  }

  @Query(() => [NeedType], { description: "The organization's needs, newest first (for triage)" })
  @Allow(Permission.NEED_TRIAGE)
  async needs(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => NeedStatus, nullable: true }) status?: NeedStatus | null,
  ): Promise<NeedType[]> {
    return (await this.needService.list(ctx, status)).map(toNeedType);
  }

  @Query(() => NeedType, { description: 'A need I raised, or any need of the organization for those who triage' })
  @Allow(Permission.NEED_RAISE, Permission.NEED_TRIAGE)
  async need(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<NeedType> {
    return toNeedType(await this.needService.get(ctx, id));
  }

  @Mutation(() => NeedType)
  @Allow(Permission.NEED_RAISE)
  @Transaction()
  async raiseNeed(@Ctx() ctx: RequestContext, @Args('input') input: RaiseNeedInput): Promise<NeedType> {
    return toNeedType(await this.needService.raise(ctx, input));
  }

  @Mutation(() => NeedType, { description: 'The requester takes back a need no buyer has acted on yet' })
  @Allow(Permission.NEED_RAISE)
  @Transaction()
  async withdrawNeed(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<NeedType> {
    return toNeedType(await this.needService.withdraw(ctx, id));
  }

  @Mutation(() => PurchaseCaseType, { description: 'Turns a need into a purchase case in stage NEED' })
  @Allow(Permission.NEED_TRIAGE)
  @Transaction()
  async acceptNeed(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AcceptNeedInput,
  ): Promise<PurchaseCaseType> {
    return toCaseType(await this.needService.accept(ctx, id, input));
  }

  @Mutation(() => NeedType)
  @Allow(Permission.NEED_TRIAGE)
  @Transaction()
  async declineNeed(@Ctx() ctx: RequestContext, @Args() args: DeclineNeedArgs): Promise<NeedType> {
    return toNeedType(await this.needService.decline(ctx, args.id, args.reason));
  }

  @ResolveField(() => PersonType)
  async requester(@Ctx() ctx: RequestContext, @Parent() need: NeedType): Promise<PersonType> {
    if (need.requester) return need.requester;
    return (await this.loaders.person(ctx).load(need.requesterId)) ?? UNKNOWN_PERSON(need.requesterId);
  }

  @ResolveField(() => CpvCodeType, { nullable: true })
  async category(@Ctx() ctx: RequestContext, @Parent() need: NeedType): Promise<CpvCodeType | null> {
    return need.categoryCode ? this.loaders.cpv(ctx).load(need.categoryCode) : null;
  }

  @ResolveField(() => PurchaseCaseType, { nullable: true, description: 'The case opened for it, once accepted' })
  async case(@Ctx() ctx: RequestContext, @Parent() need: NeedType): Promise<PurchaseCaseType | null> {
    const found = await this.loaders.caseOfNeed(ctx).load(need.id);
    return found ? toCaseType(found) : null;
  }
}
