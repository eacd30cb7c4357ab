import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, RequestContext } from '@bc/api/core';
import { PortalInvitation, PortalInvitationType, PortalService } from '@bc/api/quotes';
import { NegotiationRoundStatus } from '@bc/shared/domain';
import { PortalRoundType } from '../dto/negotiation.types';

/** The negotiation rounds on a supplier's portal invitation: its own, never who else was asked. */
@Resolver(() => PortalInvitationType)
export class PortalRoundsFieldResolver {
  constructor(private readonly portal: PortalService) {}

  /** The invitation the parent was built from (checked for this caller), else loaded. */
  private loaded(ctx: RequestContext, i: PortalInvitationType): Promise<PortalInvitation> {
    return i.loaded ? Promise.resolve(i.loaded as PortalInvitation) : this.portal.invitation(ctx, i.id);
  }

  @ResolveField(() => [PortalRoundType], { description: 'The negotiation rounds your company is asked to answer, oldest first' })
  async rounds(i: PortalInvitationType, _args: unknown, { ctx }: GraphQLContext): Promise<PortalRoundType[]> {
    const p = await this.loaded(ctx, i);
    return (await this.portal.rounds(ctx, p.invitation.id)).map((r) => ({
      number: r.number,
      message: r.message,
      targets: r.targets.map((t) => ({ lineKey: t.lineKey, unitPrice: String(t.unitPrice) })),
      closesAt: r.closesAt,
      status: r.open ? NegotiationRoundStatus.OPEN : NegotiationRoundStatus.CLOSED,
      submitted: r.submittedRevision !== null,
      submittedRevision: r.submittedRevision,
    }));
  }
}
