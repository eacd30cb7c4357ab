import { Injectable } from '@nestjs/common';
import { DomainEventBus, RequestContext, TransactionalConnection } from '@bc/api/core';
import { Rfq, RfqInvitation, RfqMailer } from '@bc/api/rfq';
import { AuctionBidOn, AuctionDecrementKind, trimDecimal } from '@bc/shared/domain';
import { In } from 'typeorm';
import { Auction, AuctionParticipant } from '../entities/auction.entity';
import { AuctionApproved, AuctionEnded } from '../events/auction-events';

/**
 * The auction's mail, after the approval has committed: every bidder's users get the invitation
 * with the start as a calendar entry (.ics), and at the end its own final price, through the outbox
 * like every RFQ mail. (A reminder and a start notice are not written yet: they would be handlers
 * of AuctionStarted, or a job before the start, in the same way.)
 */
@Injectable()
export class AuctionMailHandlers {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mailer: RfqMailer,
    events: DomainEventBus,
  ) {
    events.subscribe(AuctionApproved, (ctx, e) => this.invite(ctx, e.auctionId));
    events.subscribe(AuctionEnded, (ctx, e) => this.ended(ctx, e.auctionId, new Date(e.endedAt)));
  }

  /** Each bidder is told its own final price (nothing about the others). */
  private async ended(ctx: RequestContext, auctionId: string, endedAt: Date): Promise<void> {
    const { auction, rfq, bidders, invitations } = await this.load(ctx, auctionId);
    for (const bidder of bidders) {
      const invitation = invitations.find((i) => i.id === bidder.invitationId);
      if (!invitation) continue;
      await this.mailer.auctionEnded(ctx, rfq, invitation, { endedAt, currency: auction.currency, finalAmount: bidder.currentAmount, startingAmount: bidder.startingAmount, bids: bidder.bids });
    }
  }

  private async load(ctx: RequestContext, auctionId: string) {
    const auction = await this.connection.getRepository(ctx, Auction).findOneByOrFail({ id: auctionId });
    const rfq = await this.connection.getRepository(ctx, Rfq).findOneByOrFail({ id: auction.rfqId });
    const bidders = await this.connection.getRepository(ctx, AuctionParticipant).find({ where: { auctionId }, order: { supplierName: 'ASC' } });
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).findBy({ id: In(bidders.map((b) => b.invitationId)) });
    return { auction, rfq, bidders, invitations };
  }

  private async invite(ctx: RequestContext, auctionId: string): Promise<void> {
    const { auction, rfq, bidders, invitations } = await this.load(ctx, auctionId);
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
