import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@bc/api/core';
import { PortalInvitationType } from '@bc/api/rfq';
import { AwardOutcomeType } from '../dto/outcome.types';
import { OutcomeService } from '../services/outcome.service';

/**
 * `PortalInvitation.outcome`: the parent invitation was loaded through PortalService, which
 * admits only the caller's company's invitations; the outcome is scoped to that company again.
 */
@Resolver(() => PortalInvitationType)
export class PortalOutcomeResolver {
  constructor(private readonly outcomes: OutcomeService) {}

  @ResolveField(() => AwardOutcomeType, {
    nullable: true,
    description: "The RFQ's outcome for your company: null until the buyer's case is awarded, then AWARDED with your own lines and total, or NOT_AWARDED",
  })
  outcome(@Ctx() ctx: RequestContext, @Parent() invitation: PortalInvitationType): Promise<AwardOutcomeType | null> {
    return this.outcomes.outcome(ctx, invitation.id);
  }
}
