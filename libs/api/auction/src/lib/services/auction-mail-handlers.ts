import { Injectable } from '@nestjs/common';
import { DomainEventBus, RequestContext, TransactionalConnection } from '@bc/api/core';
import { AuctionFacts, Rfq, RfqInvitation, RfqMailer } from '@bc/api/rfq';
import { AuctionBidOn, AuctionDecrementKind, trimDecimal } from '@bc/shared/domain';
import { In } from 'typeorm';
import { Auction, AuctionParticipant } from '../entities/auction.entity';
import { AuctionApproved, AuctionCancelled, AuctionEnded, AuctionReminderDue, AuctionStarted } from '../events/auction-events';
import { bidderStanding, standingsOf } from './auction-views';

/**
 * The auction's mail, each after the change that calls for it has committed, through the outbox
 * like every RFQ mail, in each reader's language. Exactly once because each event is (the start,
 * the end and the reminder are published only by the call that moved the auction's row):
 * - approved: every bidder's users get the invitation with the start as a calendar entry (.ics);
 * - reminder due (its job, an hour before the start): when, how long, the rules;
 * - started: the link and the current end;
 * - cancelled after the invitation went out: a notice that removes the calendar entry;
 * - ended: each bidder its own prices and what the visibility lets it see of the standings (never
 *   who); the buyer who scheduled it every bidder's final price and rank.
 */
@Injectable()
export class AuctionMailHandlers {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly mailer: RfqMailer,
    events: DomainEventBus,
  ) {
    events.subscribe(AuctionApproved, (ctx, e) => this.invite(ctx, e.auctionId));
    events.subscribe(AuctionReminderDue, (ctx, e) => this.remind(ctx, e.auctionId));
    events.subscribe(AuctionStarted, (ctx, e) => this.started(ctx, e.auctionId));
    events.subscribe(AuctionCancelled, (ctx, e) => this.cancelled(ctx, e.auctionId));
    events.subscribe(AuctionEnded, (ctx, e) => this.ended(ctx, e.auctionId, new Date(e.endedAt)));
  }

  private async invite(ctx: RequestContext, auctionId: string): Promise<void> {
    await this.eachBidder(await this.load(ctx, auctionId), (rfq, invitation, bidder, auction) =>
      this.mailer.toBidder(ctx, rfq, invitation, 'auction.invitation', { auction, startingAmount: bidder.startingAmount }),
    );
  }

  private async remind(ctx: RequestContext, auctionId: string): Promise<void> {
    await this.eachBidder(await this.load(ctx, auctionId), (rfq, invitation, bidder, auction) =>
      this.mailer.toBidder(ctx, rfq, invitation, 'auction.reminder', { auction, startingAmount: bidder.startingAmount }),
    );
  }

  private async started(ctx: RequestContext, auctionId: string): Promise<void> {
    const loaded = await this.load(ctx, auctionId);
    const startedAt = loaded.auction.startedAt ?? loaded.auction.startsAt;
    await this.eachBidder(loaded, (rfq, invitation, bidder, facts) =>
      this.mailer.toBidder(ctx, rfq, invitation, 'auction.started', { auction: facts, startedAt, startingAmount: bidder.startingAmount }),
    );
  }

  /** Only where an invitation went out (the gatekeeper had approved it): a scheduled auction was never announced. */
  private async cancelled(ctx: RequestContext, auctionId: string): Promise<void> {
    const loaded = await this.load(ctx, auctionId);
    const { auction } = loaded;
    if (!auction.approvedAt) return;
    const reason = auction.cancelReason ?? '';
    const wasRunning = auction.startedAt !== null || (auction.cancelledAt !== null && auction.cancelledAt >= auction.startsAt);
    await this.eachBidder(loaded, (rfq, invitation, _bidder, facts) => this.mailer.toBidder(ctx, rfq, invitation, 'auction.cancelled', { auction: facts, reason, wasRunning }));
  }

  /** Each bidder is told its own prices and, of the standings, what its view showed at the end; the buyer who scheduled it, everything. */
  private async ended(ctx: RequestContext, auctionId: string, endedAt: Date): Promise<void> {
    const loaded = await this.load(ctx, auctionId);
    const { auction, rfq, bidders } = loaded;
    await this.eachBidder(loaded, (_rfq, invitation, bidder, facts) => {
      const seen = bidderStanding(auction, bidders, bidder.invitationId);
      return this.mailer.toBidder(ctx, rfq, invitation, 'auction.ended', {
        auction: facts,
        endedAt,
        startingAmount: bidder.startingAmount,
        finalAmount: bidder.currentAmount,
        bids: bidder.bids,
        result: { rank: seen.rank, leading: seen.leading, myScore: seen.myScore, leadingScore: seen.leadingScore, bestPrice: seen.bestPrice },
      });
    });
    const standings = standingsOf(auction, bidders, null);
    await this.mailer.auctionResult(ctx, rfq, [auction.scheduledBy], {
      auction: factsOf(auction),
      startedAt: auction.startedAt ?? auction.startsAt,
      endedAt,
      bids: auction.bidCount,
      extensions: auction.extensions,
      standings: bidders
        .map((b) => {
          const s = standings.get(b.invitationId)!;
          return { supplierName: b.supplierName, rank: s.rank, startingAmount: b.startingAmount, finalAmount: b.currentAmount, bids: b.bids, totalScore: s.totalScore };
        })
        .sort((a, b) => a.rank - b.rank || a.supplierName.localeCompare(b.supplierName)),
    });
  }

  private async eachBidder(
    { auction, rfq, bidders, invitations }: Loaded,
    mail: (rfq: Rfq, invitation: RfqInvitation, bidder: AuctionParticipant, facts: AuctionFacts) => Promise<unknown>,
  ): Promise<void> {
    const facts = factsOf(auction);
    for (const bidder of bidders) {
      const invitation = invitations.find((i) => i.id === bidder.invitationId);
      if (invitation) await mail(rfq, invitation, bidder, facts);
    }
  }

  private async load(ctx: RequestContext, auctionId: string): Promise<Loaded> {
    const auction = await this.connection.getRepository(ctx, Auction).findOneByOrFail({ id: auctionId });
    const rfq = await this.connection.getRepository(ctx, Rfq).findOneByOrFail({ id: auction.rfqId });
    const bidders = await this.connection.getRepository(ctx, AuctionParticipant).find({ where: { auctionId }, order: { supplierName: 'ASC' } });
    const invitations = await this.connection.getRepository(ctx, RfqInvitation).findBy({ id: In(bidders.map((b) => b.invitationId)) });
    return { auction, rfq, bidders, invitations };
  }
}

interface Loaded {
  auction: Auction;
  rfq: Rfq;
  bidders: AuctionParticipant[];
  invitations: RfqInvitation[];
}

/** The settings as the mails state them (the current end). */
function factsOf(a: Auction): AuctionFacts {
  return {
    id: a.id,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    durationMinutes: a.durationMinutes,
    currency: a.currency,
    decrement: a.decrementKind === AuctionDecrementKind.PERCENT ? `${trimDecimal(a.decrement)} %` : `${trimDecimal(a.decrement)} ${a.currency}`,
    bidOnLines: a.bidOn === AuctionBidOn.LINE,
    softCloseMinutes: a.softCloseMinutes,
    extensionMinutes: a.extensionMinutes,
    capAt: a.capAt,
    visibility: a.visibility,
    ranking: a.ranking,
  };
}
