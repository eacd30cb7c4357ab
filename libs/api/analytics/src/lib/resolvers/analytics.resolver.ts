import { Args, Resolver } from '@nestjs/graphql';
import { AllowedMutation, AllowedQuery, Ctx, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { AnalyticsArgs, CycleTimeArgs, DrillDownArgs, SuggestImportanceArgs, WinRateArgs } from '../dto/analytics.inputs';
import {
  AnalyticsDrillDown,
  ApprovalLeadTimeChart,
  CompetitionChart,
  ConcentrationChart,
  CycleTimeChart,
  DeliveryChart,
  ImportanceSuggestion,
  KraljicMatrix,
  SavingsChart,
  SpendChart,
  TailSpendChart,
  WinRateChart,
} from '../dto/analytics.types';
import { AnalyticsFactsService } from '../services/analytics-facts.service';
import { AnalyticsService } from '../services/analytics.service';

/**
 * The analytics page's queries: buyers, deciders and admins of a buying organization, over all the
 * organization's cases (the `buyerId` filter narrows to one buyer's). Each answers with `meta`:
 * when the facts were refreshed, the currency of the totals and the period.
 */
@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly facts: AnalyticsFactsService,
  ) {}

  @AllowedQuery(() => CycleTimeChart, Permission.ANALYTICS_READ, { description: 'Cycle time per stage and end to end (median, p90, days) of the cases awarded in the period' })
  async analyticsCycleTime(@Ctx() ctx: RequestContext, @Args() args: CycleTimeArgs): Promise<CycleTimeChart> {
    return this.analytics.cycleTime(ctx, await this.analytics.scope(ctx, args.filter), args.dimension);
  }

  @AllowedQuery(() => SavingsChart, Permission.ANALYTICS_READ, { description: 'Savings against the first-round best quote, the estimate and (rebuys) the last price paid' })
  async analyticsSavings(@Ctx() ctx: RequestContext, @Args() args: AnalyticsArgs): Promise<SavingsChart> {
    return this.analytics.savings(ctx, await this.analytics.scope(ctx, args.filter));
  }

  @AllowedQuery(() => CompetitionChart, Permission.ANALYTICS_READ, { description: 'Invitations, responses, quotes per RFQ and single-source RFQs of the RFQs closed in the period' })
  async analyticsCompetition(@Ctx() ctx: RequestContext, @Args() args: AnalyticsArgs): Promise<CompetitionChart> {
    return this.analytics.competition(ctx, await this.analytics.scope(ctx, args.filter));
  }

  @AllowedQuery(() => WinRateChart, Permission.ANALYTICS_READ, { description: 'Response and win rates per supplier' })
  async analyticsWinRates(@Ctx() ctx: RequestContext, @Args() args: WinRateArgs): Promise<WinRateChart> {
    return this.analytics.winRates(ctx, await this.analytics.scope(ctx, args.filter), args.limit);
  }

  @AllowedQuery(() => SpendChart, Permission.ANALYTICS_READ, { description: 'Spend per CPV group (with its division, for a treemap)' })
  async analyticsSpend(@Ctx() ctx: RequestContext, @Args() args: AnalyticsArgs): Promise<SpendChart> {
    return this.analytics.spend(ctx, await this.analytics.scope(ctx, args.filter));
  }

  @AllowedQuery(() => ConcentrationChart, Permission.ANALYTICS_READ, { description: 'Top-5 share and HHI of the suppliers per category' })
  async analyticsConcentration(@Ctx() ctx: RequestContext, @Args() args: AnalyticsArgs): Promise<ConcentrationChart> {
    return this.analytics.concentration(ctx, await this.analytics.scope(ctx, args.filter));
  }

  @AllowedQuery(() => TailSpendChart, Permission.ANALYTICS_READ, { description: 'Tail spend: the smallest suppliers making up at most 20 % of spend' })
  async analyticsTailSpend(@Ctx() ctx: RequestContext, @Args() args: AnalyticsArgs): Promise<TailSpendChart> {
    return this.analytics.tailSpend(ctx, await this.analytics.scope(ctx, args.filter));
  }

  @AllowedQuery(() => ApprovalLeadTimeChart, Permission.ANALYTICS_READ, { description: 'Approval lead time per step of the route (median, p90, days)' })
  async analyticsApprovalLeadTimes(@Ctx() ctx: RequestContext, @Args() args: AnalyticsArgs): Promise<ApprovalLeadTimeChart> {
    return this.analytics.approvalLeadTimes(ctx, await this.analytics.scope(ctx, args.filter));
  }

  @AllowedQuery(() => DeliveryChart, Permission.ANALYTICS_READ, { description: 'On-time deliveries and quality incidents per month' })
  async analyticsDelivery(@Ctx() ctx: RequestContext, @Args() args: AnalyticsArgs): Promise<DeliveryChart> {
    return this.analytics.delivery(ctx, await this.analytics.scope(ctx, args.filter));
  }

  @AllowedQuery(() => KraljicMatrix, Permission.ANALYTICS_READ, { description: 'The Kraljic matrix from the organization’s data, per CPV group' })
  async analyticsKraljic(@Ctx() ctx: RequestContext, @Args() args: AnalyticsArgs): Promise<KraljicMatrix> {
    return this.analytics.kraljic(ctx, await this.analytics.scope(ctx, args.filter));
  }

  @AllowedQuery(() => AnalyticsDrillDown, Permission.ANALYTICS_READ, { description: 'The cases behind one point of a chart (the same filter, and the key the chart gave the point)' })
  async analyticsDrillDown(@Ctx() ctx: RequestContext, @Args() args: DrillDownArgs): Promise<AnalyticsDrillDown> {
    return this.analytics.drillDown(ctx, await this.analytics.scope(ctx, args.filter), args.chart, args.key, args.limit);
  }

  @AllowedQuery(() => ImportanceSuggestion, [Permission.ANALYTICS_READ, Permission.CASE_MANAGE], { description: 'The importance class the data suggests for a new case in a category, explained; never forced' })
  suggestImportance(@Ctx() ctx: RequestContext, @Args() args: SuggestImportanceArgs): Promise<ImportanceSuggestion> {
    return this.analytics.suggestImportance(ctx, args.category);
  }

  @AllowedMutation(() => Date, Permission.ANALYTICS_READ, { description: 'Asks for the analytics facts to be refreshed soon (a background job); answers when they were last refreshed' })
  async refreshAnalytics(@Ctx() ctx: RequestContext): Promise<Date> {
    await this.facts.requestRefresh(ctx);
    return (await this.facts.refreshedAt()) ?? new Date(0);
  }
}
