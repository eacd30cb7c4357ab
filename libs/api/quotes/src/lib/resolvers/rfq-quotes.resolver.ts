import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@bc/api/core';
import { pricesHidden, Rfq, RfqType } from '@bc/api/rfq';
import { OpenedQuoteType, QuoteRevisionType, RfqInvitationType } from '../dto/quote.types';
import { toRevisionType, withoutPrices } from '../dto/quote-mappers';
import { QuoteService } from '../services/quote.service';

/** The RFQ's fields that quotes make: who has submitted (never what), and the opened quotes. */
@Resolver(() => RfqType)
export class RfqQuotesFieldResolver {
  constructor(private readonly quoteService: QuoteService) {}

  @ResolveField(() => [RfqInvitationType], { description: 'The invited suppliers and who has submitted (never what)' })
  async invitations(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<RfqInvitationType[]> {
    const submissions = await this.quoteService.submissions(ctx, rfq as unknown as Rfq);
    return submissions.map((s) => ({
      id: s.invitation.id,
      supplierId: s.invitation.supplierId,
      supplierName: s.invitation.supplierName,
      status: s.invitation.status,
      hasPortalAccount: !!s.invitation.supplierOrganizationId,
      viewedAt: s.invitation.viewedAt,
      declinedAt: s.invitation.declinedAt,
      declineReason: s.invitation.declineReason,
      declineWithdrawnAt: s.invitation.declineWithdrawnAt,
      quoteStatus: s.status,
      submittedAt: s.submittedAt,
      revisions: s.revisions,
    }));
  }

  @ResolveField(() => [OpenedQuoteType], { description: 'The submitted quotes: refused with SEALED until the RFQ has closed' })
  async quotes(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<OpenedQuoteType[]> {
    const { rfq: loaded, quotes } = await this.quoteService.opened(ctx, rfq.id);
    const url = (fileId: string) => `/api/rfqs/${rfq.id}/quote-files/${fileId}`;
    // Two envelopes: no amount before the technical lock.
    const shown = (r: QuoteRevisionType) => (pricesHidden(loaded) ? withoutPrices(r) : r);
    return quotes.map((q) => ({
      invitationId: q.invitation.id,
      supplierId: q.invitation.supplierId,
      supplierName: q.invitation.supplierName,
      latest: shown(toRevisionType(q.latest, url)),
      revisions: q.revisions.map((r) => shown(toRevisionType(r, url))),
    }));
  }
}
