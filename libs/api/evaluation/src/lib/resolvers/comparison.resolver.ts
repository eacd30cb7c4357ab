import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, IdArg, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { RfqComparisonType, RfqExchangeRateType } from '../dto/comparison.types';
import { RfqType } from '@bc/api/rfq';
import { ComparisonService } from '../services/comparison.service';

/** The side-by-side comparison of a closed RFQ's quotes, and the exchange rates it converts with. */
@Resolver()
export class ComparisonResolver {
  constructor(private readonly comparisons: ComparisonService) {}

  @AllowedQuery(() => RfqComparisonType, Permission.QUOTE_READ, {
    description: "The comparison of a closed RFQ's quotes: refused with SEALED until it has closed, and with PRICES_HIDDEN before a two-envelope RFQ's technical lock",
  })
  async rfqComparison(@Ctx() ctx: RequestContext, @IdArg('rfqId') rfqId: string): Promise<RfqComparisonType> {
    return this.comparisons.compare(ctx, rfqId);
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
  async comparison(@Ctx() ctx: RequestContext, @Parent() rfq: RfqType): Promise<RfqComparisonType> {
    return this.comparisons.compare(ctx, rfq.id);
  }
}
