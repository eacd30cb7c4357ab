import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, GraphQLContext, IdArg, RequestContext, validationFailed } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { ComparisonLineType, RfqComparisonType, RfqExchangeRateType } from '../dto/comparison.types';
import { RfqType } from '@bc/api/rfq';
import { ComparisonService, ComparisonView } from '../services/comparison.service';

/** The side-by-side comparison of a closed RFQ's quotes, and the exchange rates it converts with. */
@Resolver()
export class ComparisonResolver {
  constructor(private readonly comparisons: ComparisonService) {}

  @AllowedQuery(() => RfqComparisonType, Permission.QUOTE_READ, {
    description: "The comparison of a closed RFQ's quotes: refused with SEALED until it has closed, and with PRICES_HIDDEN before a two-envelope RFQ's technical lock",
  })
  async rfqComparison(@Ctx() ctx: RequestContext, @IdArg('rfqId') rfqId: string): Promise<ComparisonView> {
    return this.comparisons.view(ctx, rfqId);
  }

  @AllowedMutation(() => RfqExchangeRateType, Permission.RFQ_MANAGE, {
    description: "Enters or replaces the rate of a quote currency for a closed RFQ: the value of 1 unit of `currency` in the RFQ's currency, up to 8 places",
  })
  async setRfqExchangeRate(
    @Ctx() ctx: RequestContext,
    @IdArg('rfqId') rfqId: string,
    @Args('currency') currency: string,
    @Args('rate') rate: string,
  ): Promise<RfqExchangeRateType> {
    return this.comparisons.setRate(ctx, rfqId, currency, rate);
  }
}

@Resolver(() => RfqType)
export class RfqComparisonFieldResolver {
  constructor(private readonly comparisons: ComparisonService) {}

  @ResolveField(() => RfqComparisonType, {
    description: "The side-by-side comparison of the quotes: refused with SEALED until the RFQ has closed, and with PRICES_HIDDEN before a two-envelope RFQ's technical lock",
  })
  async comparison(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<ComparisonView> {
    return this.comparisons.view(ctx, rfq.id);
  }
}

/**
 * The comparison's lines, a page at a time: 200 quotes × 500 lines are 100 000 offers, more than a
 * screen shows or one answer should carry. Without arguments every line, as before paging.
 */
@Resolver(() => RfqComparisonType)
export class RfqComparisonLinesResolver {
  @ResolveField(() => [ComparisonLineType], { description: 'The lines from `offset` (0: the first), at most `limit` of them (null: all the rest); `position` counts in the whole comparison' })
  lines(
    @Parent() comparison: ComparisonView,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, nullable: true }) limit: number | null,
  ): ComparisonLineType[] {
    if (offset < 0) throw validationFailed('offset', 'The offset is 0 or more');
    if (limit !== null && limit !== undefined && limit < 1) throw validationFailed('limit', 'The limit is 1 or more, or null for all the lines');
    return comparison.linesAt(offset, limit ?? null);
  }
}
