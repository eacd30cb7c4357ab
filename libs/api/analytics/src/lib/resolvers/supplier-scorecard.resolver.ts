import { Args, Resolver } from '@nestjs/graphql';
import { AllowedQuery, Ctx, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { MyScorecardsArgs, ScorecardArgs } from '../dto/analytics.inputs';
import { SupplierScorecard } from '../dto/scorecard.types';
import { SupplierScorecardService } from '../services/supplier-scorecard.service';

/**
 * Supplier scorecards. Buyers, deciders and admins (those who read the analytics, whose figures
 * these are) see one for a supplier of their own directory; a supplier company's users see their
 * own, one per buying organization, and nothing of other suppliers or of a buyer's internal notes.
 */
@Resolver()
export class SupplierScorecardResolver {
  constructor(private readonly scorecards: SupplierScorecardService) {}

  @AllowedQuery(() => SupplierScorecard, Permission.ANALYTICS_READ, { description: 'The scorecard of a supplier of your directory' })
  supplierScorecard(@Ctx() ctx: RequestContext, @Args() args: ScorecardArgs): Promise<SupplierScorecard> {
    return this.scorecards.ofSupplier(ctx, args.supplierId, args.filter);
  }

  @AllowedQuery(() => [SupplierScorecard], Permission.SUPPLIER_PORTAL_USE, { description: 'Your company’s scorecard with each buying organization that lists or invited it' })
  myScorecards(@Ctx() ctx: RequestContext, @Args() args: MyScorecardsArgs): Promise<SupplierScorecard[]> {
    return this.scorecards.ofMyCompany(ctx, args.period);
  }
}
