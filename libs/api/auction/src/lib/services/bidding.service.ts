import { Injectable } from '@nestjs/common';
import { AppError, assertId, Clock, LiveEvents, notFound, RequestContext, TransactionalConnection, validationFailed } from '@bc/api/core';
import { AuditService } from '@bc/api/audit';
import { QuoteService } from '@bc/api/quotes';
import { AuctionBidOn, AuctionStatus, compareDecimals, ErrorCode, nextValidPrice, quoteTotal, scaleUnitPriceDown, softCloseEnd } from '@bc/shared/domain';
import { PlaceBidInput } from '../dto/auction.inputs';
import { PortalAuctionType } from '../dto/auction.types';
import { Auction, AuctionBid, AuctionLinePrice, AuctionParticipant } from '../entities/auction.entity';
import { AuctionCourseService } from './auction-course.service';
import { AUCTION_TOPIC } from './auction-live-publisher';
import { AuctionViews, headerOf } from './auction-views';

/**
 * Bids. Every bid on one auction takes the auction's row lock (`FOR UPDATE`), so the database
 * serializes them: the time a bid is taken at (the application's clock, read under the lock), its
 * sequence, the check that the auction is open and the soft-close extension all see the one current
 * state. A bid is a new revision of the bidder's quote with its receipt; the idempotency key every
 * mutation takes makes a retried bid answer the first one.
 *
 * The row lock is held to the commit, so what needs only the bidder's own state comes before it,
 * under the bidder's own row lock (its bids one at a time): the price checks against its last
 * price, the new quote revision with its receipt, the names its answer shows. Under the auction's
 * lock remain the clock, the sequence, the end, the bid row, the trail entry and the answer's
 * standings. On each instance, bids on one auction queue for their turn before they open a
 * transaction (`TakesTurnsPer` on the mutation), so a burst does not take the connection pool.
 */
@Injectable()
export class BiddingService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly quotes: QuoteService,
    private readonly course: AuctionCourseService,
    private readonly views: AuctionViews,
    private readonly clock: Clock,
    private readonly live: LiveEvents,
  ) {}

  async placeBid(ctx: RequestContext, input: PlaceBidInput): Promise<PortalAuctionType> {
    assertId(input.auctionId, 'Auction');
    const participants = this.connection.getRepository(ctx, AuctionParticipant);
    const auctions = this.connection.getRepository(ctx, Auction);
    // The bidder's own row first: its price as its last bid left it, and its bids one at a time.
    const own = await participants.findOne({ where: { auctionId: input.auctionId, supplierOrganizationId: ctx.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!own) throw notFound('Auction');
    // The settings are frozen from the approval on; the status and the end are read again under the lock.
    const settings = await auctions.findOneByOrFail({ id: own.auctionId });
    const early = refusal(settings, this.clock.now());
    if (early) throw early;
    const lines = settings.bidOn === AuctionBidOn.TOTAL ? this.totalBid(settings, own, input) : this.lineBid(settings, own, input);
    const amount = quoteTotal(lines)!;
    const byKey = new Map(lines.map((l) => [l.lineKey, l.unitPrice]));
    const { revision, invitation } = await this.quotes.submitAuctionRevision(ctx, own.invitationId, (content) => ({
      ...content,
      lines: content.lines.map((l) => (byKey.has(l.lineKey) ? { ...l, unitPrice: byKey.get(l.lineKey)! } : l)),
    }));
    const header = headerOf(invitation);

    const auction = await auctions.findOneOrFail({ where: { id: own.auctionId }, lock: { mode: 'pessimistic_write' } });
    const now = this.clock.now();
    await this.assertOpen(ctx, auction, now);
    const { endsAt, extended } = softCloseEnd(auction.endsAt, now, auction);
    const sequence = auction.bidCount + 1;
    await this.connection.getRepository(ctx, AuctionBid).insert({
      organizationId: auction.organizationId,
      auctionId: auction.id,
      invitationId: own.invitationId,
      sequence,
      amount,
      lines,
      quoteRevision: revision.revision,
      receiptSha256: revision.sha256,
      receivedAt: now,
      placedBy: ctx.userId,
      endsAtAfter: endsAt,
      extended,
    });
    const extensions = auction.extensions + (extended ? 1 : 0);
    await auctions.update(auction.id, { bidCount: sequence, endsAt, extensions });
    await participants.update({ auctionId: auction.id, invitationId: own.invitationId }, { currentAmount: amount, currentLines: lines, bids: own.bids + 1 });
    // No end job per extension: the job at the planned end finds the end moved and sends itself to the new one (AuctionCourseService.end).
    await this.record(ctx, auction, own, header.rfqReference, { sequence, amount, revision: revision.revision, receipt: revision.sha256, receivedAt: now.toISOString(), ...(extended ? { extendedTo: endsAt.toISOString() } : {}) });
    // The subscribers read again once this commits (see AuctionLivePublisher on why not a domain event).
    this.live.publishAfterCommit(ctx, AUCTION_TOPIC.channel(auction.id), { auctionId: auction.id });
    const after = Object.assign(auction, { bidCount: sequence, endsAt, extensions });
    return this.views.bidderViewOf(ctx, { ...own, currentAmount: amount, currentLines: lines, bids: own.bids + 1 }, after, header);
  }

  /**
   * Bids are taken from the start time up to, not including, the end time, by the server's clock:
   * a bid a millisecond after the end is AUCTION_ENDED. The first bid after the start time starts
   * an approved auction itself (the start job may come later).
   */
  private async assertOpen(ctx: RequestContext, auction: Auction, now: Date): Promise<void> {
    const refused = refusal(auction, now);
    if (refused) throw refused;
    if (auction.status === AuctionStatus.APPROVED) {
      await this.course.startIn(ctx, auction.id, now);
      auction.status = AuctionStatus.RUNNING;
    }
  }

  /** A new total: at most the last total less the decrement; the line prices scaled down to it (cut to 4 places, so never above it). */
  private totalBid(auction: Auction, own: AuctionParticipant, input: PlaceBidInput): AuctionLinePrice[] {
    if (input.lines?.length) throw validationFailed('input.lines', 'Bids on this auction name a new total (amount), not line prices');
    if (!input.amount) throw validationFailed('input.amount', 'Name your new total');
    const next = nextValidPrice(own.currentAmount, auction.decrementKind, auction.decrement);
    if (next === null || compareDecimals(input.amount, next) > 0 || compareDecimals(input.amount, '0') <= 0) {
      throw tooHigh('input.amount', `A bid is at most ${next ?? '–'} ${auction.currency}: your last price ${own.currentAmount} less the minimum decrement`, { nextValidBid: next });
    }
    const scaled = own.currentLines.map((l) => ({ ...l, unitPrice: scaleUnitPriceDown(l.unitPrice, input.amount!, own.currentAmount) }));
    if (scaled.some((l) => compareDecimals(l.unitPrice, '0') <= 0) || compareDecimals(quoteTotal(scaled) ?? '0', '0') <= 0) {
      throw validationFailed('input.amount', 'This total leaves a line without a price above 0', { rule: 'AMOUNT_TOO_SMALL' });
    }
    return scaled;
  }

  /** New unit prices for some lines, each at most its last price less the decrement; the other lines keep theirs. */
  private lineBid(auction: Auction, own: AuctionParticipant, input: PlaceBidInput): AuctionLinePrice[] {
    if (input.amount) throw validationFailed('input.amount', 'Bids on this auction name line prices (lines), not a total');
    const given = input.lines ?? [];
    if (given.length === 0) throw validationFailed('input.lines', 'Name a new unit price for at least one line');
    const prices = new Map<string, string>();
    given.forEach((g, i) => {
      const line = own.currentLines.find((l) => l.lineKey === g.lineKey);
      if (!line) throw validationFailed(`input.lines.${i}.lineKey`, 'Your quote has no price for this line');
      if (prices.has(g.lineKey)) throw validationFailed(`input.lines.${i}.lineKey`, 'One price per line');
      const next = nextValidPrice(line.unitPrice, auction.decrementKind, auction.decrement, 4);
      if (next === null || compareDecimals(g.unitPrice, next) > 0) {
        throw tooHigh(`input.lines.${i}.unitPrice`, `A bid for this line is at most ${next ?? '–'} per unit: your last price ${line.unitPrice} less the minimum decrement`, { nextValidUnitPrice: next });
      }
      prices.set(g.lineKey, g.unitPrice);
    });
    return own.currentLines.map((l) => ({ ...l, unitPrice: prices.get(l.lineKey) ?? l.unitPrice }));
  }

  /** Every bid in the buyer's trail (entity Rfq: the decision record's trail holds it), with its receipt. */
  private async record(ctx: RequestContext, auction: Auction, own: AuctionParticipant, reference: string, summary: Record<string, unknown>): Promise<void> {
    await this.audit.record(ctx, {
      action: 'auction.bid',
      entityType: 'Rfq',
      entityId: auction.rfqId,
      organizationId: auction.organizationId,
      summary: { reference, auctionId: auction.id, supplier: own.supplierName, ...summary },
    });
  }
}

/** Why no bid is taken now (ended, cancelled, not started or not approved), or null while bids are taken. */
function refusal(auction: Auction, now: Date): AppError | null {
  if (auction.status === AuctionStatus.ENDED || auction.status === AuctionStatus.CANCELLED || auction.endsAt <= now) {
    const endedAt = auction.status === AuctionStatus.CANCELLED ? auction.cancelledAt : (auction.endedAt ?? auction.endsAt);
    return new AppError(ErrorCode.AUCTION_ENDED, `The auction ${auction.status === AuctionStatus.CANCELLED ? 'was cancelled' : 'ended'} at ${endedAt?.toISOString()}: no more bids are taken`, {
      field: 'input.auctionId',
      details: { endedAt: endedAt?.toISOString() ?? null, status: auction.status, serverNow: now.toISOString() },
    });
  }
  if (auction.status === AuctionStatus.SCHEDULED || auction.startsAt > now) {
    return new AppError(ErrorCode.AUCTION_NOT_STARTED, `The auction starts at ${auction.startsAt.toISOString()}${auction.status === AuctionStatus.SCHEDULED ? ' once approved' : ''}`, {
      field: 'input.auctionId',
      details: { startsAt: auction.startsAt.toISOString(), status: auction.status, serverNow: now.toISOString() },
    });
  }
  return null;
}

function tooHigh(field: string, message: string, details: Record<string, unknown>): AppError {
  return new AppError(ErrorCode.AUCTION_BID_TOO_HIGH, message, { field, details });
}
