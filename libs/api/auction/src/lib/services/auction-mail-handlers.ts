import { Injectable } from '@nestjs/common';
import { DomainEventBus, RequestContext, TransactionalConnection } from '@bc/api/core';
import { Rfq, RfqInvitation, RfqMailer } from '@bc/api/rfq';
import { AuctionBidOn, AuctionDecrementKind, trimDecimal } from '@bc/shared/domain';
import { In } from 'typeorm';
import { Auction, AuctionParticipant } from '../entities/auction.entity';
import { AuctionApproved } from '../events/auction-events';

/**
 * The auction's mail, after the approval has committed: every bidder's users get the invitation
 * with the start as a calendar entry (.ics), through the outbox like every RFQ mail. (Reminder,
 * start and end notices and the result are not written yet: they would be handlers of
 * AuctionStarted and AuctionEnded in the same way.)
 */
@Injectable()
export class AuctionMailHandlers {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mailer: RfqMailer,
    events: DomainEventBus,
  ) {
    events.subscribe(AuctionApproved, (ctx, e) => this.invite(ctx, e.auctionId));
  }

  private async invite(ctx: RequestContext, auctionId: string): Promise<void> {
    const auction = await this.connection.getRepository(ctx, Auction).findOneByOrFail({ id: auctionId });
    const rfq = await this.connection.getRepository(ctx, Rfq).findOneByOrFail({ id: auction.rfqId });
    const bidders = await this.connection.getRepository(ctx, AuctionParticipant).find({ where: { auctionId }, order: { supplierName: 'ASC' } });
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).findBy({ id: In(bidders.map((b) => b.invitationId)) });
    const decrement = auction.decrementKind === AuctionDecrementKind.PERCENT ? `${trimDecimal(auction.decrement)} %` : `${trimDecimal(auction.decrement)} ${auction.currency}`;
    for (const bidder of bidders) {
      const invitation = invitations.find((i) => i.id === bidder.invitationId);
      if (!invitation) continue;
      await this.mailer.auctionInvitation(ctx, rfq, invitation, {
        auctionId,
        startsAt: auction.startsAt,
        endsAt: auction.endsAt,
        currency: auction.currency,
        startingAmount: bidder.startingAmount,
        decrement,
        bidOnLines: auction.bidOn === AuctionBidOn.LINE,
        softCloseMinutes: auction.softCloseMinutes,
        extensionMinutes: auction.extensionMinutes,
      });
    }
  }
}
