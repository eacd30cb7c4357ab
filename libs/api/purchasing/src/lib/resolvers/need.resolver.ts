import { Args, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, GraphQLContext, IdArg, RequestContext } from '@bc/api/core';
import { CpvCodeType } from '@bc/api/suppliers';
import { Permission } from '@bc/shared/domain';
import { DeclineNeedArgs, MyNeedsArgs, NeedsArgs } from '../dto/purchasing.args';
import { AcceptNeedInput, RaiseNeedInput } from '../dto/purchasing.inputs';
import { NeedPage, NeedType, PersonType, PurchaseCaseType } from '../dto/purchasing.types';
import { toCaseType, toNeedType, UNKNOWN_PERSON } from '../dto/mappers';
import { NeedService } from '../services/need.service';
import { PurchasingLoaders } from '../services/purchasing-loaders';

@Resolver(() => NeedType)
export class NeedResolver {
  constructor(
    private readonly needService: NeedService,
    private readonly loaders: PurchasingLoaders,
  ) {}

  @AllowedQuery(() => NeedPage, Permission.NEED_RAISE, { description: 'The needs I raised, newest first, with where each stands: a page of them' })
  async myNeeds(@Ctx() ctx: RequestContext, @Args() args: MyNeedsArgs): Promise<NeedPage> {
    const page = await this.needService.mine(ctx, args);
    return { ...page, items: page.items.map(toNeedType) };
  }

  @AllowedQuery(() => NeedPage, Permission.NEED_TRIAGE, { description: "The organization's needs, newest first (for triage): a page of them" })
  async needs(@Ctx() ctx: RequestContext, @Args() args: NeedsArgs): Promise<NeedPage> {
    const page = await this.needService.list(ctx, args.status, args);
    return { ...page, items: page.items.map(toNeedType) };
  }

  @AllowedQuery(() => NeedType, [Permission.NEED_RAISE, Permission.NEED_TRIAGE], { description: 'A need I raised, or any need of the organization for those who triage' })
  async need(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<NeedType> {
    return toNeedType(await this.needService.get(ctx, id));
  }

  @AllowedMutation(() => NeedType, Permission.NEED_RAISE)
  async raiseNeed(@Ctx() ctx: RequestContext, @Args('input') input: RaiseNeedInput): Promise<NeedType> {
    return toNeedType(await this.needService.raise(ctx, input));
  }

  @AllowedMutation(() => NeedType, Permission.NEED_RAISE, { description: 'The requester takes back a need no buyer has acted on yet' })
  async withdrawNeed(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<NeedType> {
    return toNeedType(await this.needService.withdraw(ctx, id));
  }

  @AllowedMutation(() => PurchaseCaseType, Permission.NEED_TRIAGE, { description: 'Turns a need into a purchase case in stage NEED' })
  async acceptNeed(
    @Ctx() ctx: RequestContext,
    @IdArg() id: string,
    @Args('input') input: AcceptNeedInput,
  ): Promise<PurchaseCaseType> {
    return toCaseType(await this.needService.accept(ctx, id, input));
  }

  @AllowedMutation(() => NeedType, Permission.NEED_TRIAGE)
  async declineNeed(@Ctx() ctx: RequestContext, @Args() args: DeclineNeedArgs): Promise<NeedType> {
    return toNeedType(await this.needService.decline(ctx, args.id, args.reason));
  }

  @ResolveField(() => PersonType)
  async requester(need: NeedType, _args: unknown, { ctx }: GraphQLContext): Promise<PersonType> {
    if (need.requester) return need.requester;
    return (await this.loaders.person(ctx).load(need.requesterId)) ?? UNKNOWN_PERSON(need.requesterId);
  }

  @ResolveField(() => CpvCodeType, { nullable: true })
  async category(need: NeedType, _args: unknown, { ctx }: GraphQLContext): Promise<CpvCodeType | null> {
    return need.categoryCode ? this.loaders.cpv(ctx).load(need.categoryCode) : null;
  }

  @ResolveField(() => PurchaseCaseType, { nullable: true, description: 'The case opened for it, once accepted' })
  async case(need: NeedType, _args: unknown, { ctx }: GraphQLContext): Promise<PurchaseCaseType | null> {
    const found = await this.loaders.caseOfNeed(ctx).load(need.id);
    return found ? toCaseType(found) : null;
  }
}
