import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@bc/api/core';
import { PortalInvitationType, PortalService } from '@bc/api/quotes';
import { PortalInvitationState, portalInvitationState } from '@bc/shared/domain';
import { AwardOutcomeResult, AwardOutcomeType } from '../dto/outcome.types';
import { OutcomeService } from '../services/outcome.service';

/**
 * `PortalInvitation.outcome`: the parent invitation was loaded through PortalService, which
 * admits only the caller's company's invitations; the outcome is scoped to that company again.
 */
@Resolver(() => PortalInvitationType)
export class PortalOutcomeResolver {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly portal: PortalService,
  ) {}

  @ResolveField(() => PortalInvitationState, {
    description: 'What the card says: INVITED, VIEWED, DRAFT, SUBMITTED, REVISED, IN_ROUND (a negotiation round asks you now), WITHDRAWN, DECLINED, AWARDED or NOT_AWARDED',
  })
  async state(invitation: PortalInvitationType, _args: unknown, { ctx }: GraphQLContext): Promise<PortalInvitationState> {
    const facts = await this.portal.cardFacts(ctx, invitation.id);
    const outcome = await this.outcomes.outcome(ctx, invitation.id);
    return portalInvitationState({ status: invitation.status, ...facts, awarded: outcome ? outcome.result === AwardOutcomeResult.AWARDED : null });
  }

  @ResolveField(() => AwardOutcomeType, {
    nullable: true,
    description: "The RFQ's outcome for your company: null until the buyer's case is awarded, then AWARDED with your own lines and total, or NOT_AWARDED",
  })
  outcome(invitation: PortalInvitationType, _args: unknown, { ctx }: GraphQLContext): Promise<AwardOutcomeType | null> {
    return this.outcomes.outcome(ctx, invitation.id);
  }
}
