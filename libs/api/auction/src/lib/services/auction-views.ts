import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { MoreThan } from 'typeorm';
import { assertId, Clock, LiveSnapshot, notFound, RequestContext, TransactionalConnection } from '@bc/api/core';
import { UserDirectory } from '@bc/api/identity';
import { PortalInvitation, PortalService } from '@bc/api/quotes';
import { RfqRecords, RfqService } from '@bc/api/rfq';
import {
  AuctionBidOn,
  AuctionRanking,
  AuctionStanding,
  auctionStandings,
  AuctionStatus,
  AuctionVisibility,
  atLowest,
  nextValidPrice,
  Permission,
} from '@bc/shared/domain';
import { AuctionSettingsType, AuctionType, PortalAuctionType } from '../dto/auction.types';
import { Auction, AuctionBid, AuctionParticipant } from '../entities/auction.entity';

const settingsOf = (a: Auction): AuctionSettingsType => ({
  startsAt: a.startsAt,
  durationMinutes: a.durationMinutes,
  bidOn: a.bidOn,
  decrementKind: a.decrementKind,
  decrement: a.decrement,
  softCloseMinutes: a.softCloseMinutes,
  extensionMinutes: a.extensionMinutes,
  capAt: a.capAt,
  visibility: a.visibility,
  ranking: a.ranking,
});

/**
 * The standings per read of the bidders, with every leading price (the buyer's) or none: the feeds of
 * an instance share one read per bid count (see AuctionViews.biddersOf), so they rank it once, not
 * once each. Read only.
 */
const rankedReads = { all: new WeakMap<readonly AuctionParticipant[], ReadonlyMap<string, AuctionStanding>>(), none: new WeakMap<readonly AuctionParticipant[], ReadonlyMap<string, AuctionStanding>>() };

/** Every bidder's standing now (current prices, fixed non-price scores), by invitation; `leadingPriceOf` as in `auctionStandings`. */
export function standingsOf(auction: Auction, bidders: readonly AuctionParticipant[], leadingPriceOf?: string | null): ReadonlyMap<string, AuctionStanding> {
  if (typeof leadingPriceOf === 'string') return rank(auction, bidders, leadingPriceOf);
  const kept = leadingPriceOf === undefined ? rankedReads.all : rankedReads.none;
  const ranked = kept.get(bidders) ?? rank(auction, bidders, leadingPriceOf);
  kept.set(bidders, ranked);
  return ranked;
}

function rank(auction: Auction, bidders: readonly AuctionParticipant[], leadingPriceOf: string | null | undefined): ReadonlyMap<string, AuctionStanding> {
  const standings = auctionStandings(
    auction.ranking,
    auction.criteria,
    bidders.map((b) => ({ id: b.invitationId, name: b.supplierName, amount: b.currentAmount, fixedScores: b.fixedScores })),
    leadingPriceOf,
  );
  return new Map(standings.map((s) => [s.id, s]));
}

/** The parts of a bidder's view that stay as they are for the whole auction. */
export interface BidderHeader {
  rfqReference: string;
  rfqTitle: string;
  buyerName: string;
}

/** The header of the bidder's view from its invitation as the portal reads it. */
export const headerOf = (p: PortalInvitation): BidderHeader => ({ rfqReference: p.rfq.reference, rfqTitle: p.rfq.title, buyerName: p.buyerName });

/** What the status says, with the clock: an approved auction past its start is running, one past its end over (until the job says so). */
function statusNow(a: Auction, now: Date): AuctionStatus {
  if ((a.status === AuctionStatus.APPROVED || a.status === AuctionStatus.RUNNING) && a.endsAt <= now) return AuctionStatus.ENDED;
  if (a.status === AuctionStatus.APPROVED && a.startsAt <= now) return AuctionStatus.RUNNING;
  return a.status;
}

/**
 * The auction as each side reads it. The buyer's view shows every bidder, every bid and every
 * extension; a bidder's view is built from its own rows plus only what the visibility setting
 * allows (never another bidder's id or name, never a hidden price or score).
 */
/** Running auctions whose bidders' read is kept for the live feeds (see biddersOf). */
const BIDDERS_READ_KEPT = 50;

@Injectable()
export class AuctionViews {
  /** The auctions read least recently go first: a few live auctions at a time is the rule. */
  private readonly biddersRead = new LRUCache<string, { bidCount: number; rows: Promise<AuctionParticipant[]> }>({ max: BIDDERS_READ_KEPT });
  /** The live feeds' latest read of each auction's row on this instance, and when it began (see liveRow). */
  private readonly rowRead = new LRUCache<string, { startedAt: number; row: Promise<Auction | null> }>({ max: BIDDERS_READ_KEPT });

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly rfqs: RfqService,
    private readonly rfqRecords: RfqRecords,
    private readonly portal: PortalService,
    private readonly directory: UserDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * The buying side's auction (for those who read quotes); with `bidsAfter`, only the bids after that
   * sequence (see AuctionType.bidsAfter); with `since`, a live feed's read after an event (see liveRow).
   */
  async buyerAuction(ctx: RequestContext, auctionId: string, bidsAfter: number | null = null, since: number | null = null): Promise<AuctionType> {
    assertId(auctionId, 'Auction');
    const auction = await this.liveRow(ctx, auctionId, since);
    if (!auction || auction.organizationId !== ctx.organizationId) throw notFound('Auction');
    const { rfq } = await this.rfqs.open(ctx, auction.rfqId, Permission.QUOTE_READ).catch(() => {
      throw notFound('Auction');
    });
    return this.buyerView(ctx, auction, rfq, bidsAfter);
  }

  /** The RFQ's auctions, newest first. */
  async buyerAuctions(ctx: RequestContext, rfqId: string): Promise<AuctionType[]> {
    const { rfq } = await this.rfqs.open(ctx, rfqId, Permission.QUOTE_READ);
    const auctions = await this.connection.getRepository(ctx, Auction).find({ where: { rfqId: rfq.id, organizationId: ctx.organizationId }, order: { createdAt: 'DESC' } });
    return Promise.all(auctions.map((a) => this.buyerView(ctx, a, rfq)));
  }

  /** `rfq`: the auction's RFQ when the caller has read it already (else its reference and title are read). */
  async buyerView(ctx: RequestContext, auction: Auction, rfq?: RfqNames, bidsAfter: number | null = null): Promise<AuctionType> {
    const [bidders, bids, people, names] = await Promise.all([
      this.biddersOf(ctx, auction),
      this.connection.getRepository(ctx, AuctionBid).find({ where: { auctionId: auction.id, ...(bidsAfter === null ? {} : { sequence: MoreThan(bidsAfter) }) }, order: { sequence: 'ASC' } }),
      this.directory.peopleByIds(ctx, [auction.scheduledBy, auction.approvedBy]),
      rfq ?? this.rfqRecords.titles(ctx, [auction.rfqId]).then((titles) => titles.get(auction.rfqId)),
    ]);
    const standings = standingsOf(auction, bidders);
    const nameOf = new Map(bidders.map((b) => [b.invitationId, b.supplierName]));
    const now = this.clock.now();
    return {
      id: auction.id,
      rfqId: auction.rfqId,
      caseId: auction.caseId,
      rfqReference: names?.reference ?? '',
      rfqTitle: names?.title ?? '',
      status: statusNow(auction, now),
      currency: auction.currency,
      settings: settingsOf(auction),
      endsAt: auction.endsAt,
      serverNow: now,
      scheduledByName: people.get(auction.scheduledBy)?.name ?? null,
      scheduledAt: auction.scheduledAt,
      approvedByName: (auction.approvedBy ? people.get(auction.approvedBy)?.name : null) ?? null,
      approvedAt: auction.approvedAt,
      startedAt: auction.startedAt,
      endedAt: auction.endedAt,
      cancelledAt: auction.cancelledAt,
      cancelReason: auction.cancelReason,
      bidCount: auction.bidCount,
      extensions: auction.extensions,
      bidsAfter,
      participants: bidders
        .map((b) => {
          const s = standings.get(b.invitationId)!;
          const { invitationId, supplierName, startingAmount, currentAmount, currentLines, bids: count } = b;
          return { invitationId, supplierName, startingAmount, currentAmount, currentLines, bids: count, rank: s.rank, totalScore: s.totalScore, priceScore: s.priceScore, leadingPrice: s.leadingPrice };
        })
        .sort((a, b) => a.rank - b.rank || a.supplierName.localeCompare(b.supplierName)),
      bids: bids.map((b) => ({
        sequence: b.sequence,
        invitationId: b.invitationId,
        supplierName: nameOf.get(b.invitationId) ?? '',
        amount: b.amount,
        lines: b.lines,
        receivedAt: b.receivedAt,
        quoteRevision: b.quoteRevision,
        receiptSha256: b.receiptSha256,
        endsAtAfter: b.endsAtAfter,
        extended: b.extended,
      })),
    };
  }

  /** The auction of this supplier company (NOT_FOUND to anyone else, a buyer included). */
  async portalAuction(ctx: RequestContext, auctionId: string): Promise<PortalAuctionType> {
    return this.portalAuctionReader(ctx, auctionId)(null);
  }

  /**
   * The same view read again and again (a live feed): the bidder's own row and the auction each
   * time (access is checked on every read), the header only the first time, and of its own bids
   * only those its row counts beyond the ones read before.
   */
  portalAuctionReader(ctx: RequestContext, auctionId: string): LiveSnapshot<PortalAuctionType> {
    assertId(auctionId, 'Auction');
    let header: BidderHeader | undefined;
    let mine: AuctionBid[] = [];
    return async (since) => {
      const auction = await this.liveRow(ctx, auctionId, since);
      const own = auction && (await this.biddersOf(ctx, auction)).find((b) => b.supplierOrganizationId === ctx.organizationId);
      if (!auction || !own) throw notFound('Auction');
      header ??= await this.bidderHeader(ctx, own);
      if (mine.length < own.bids) mine = mine.concat(await this.bidsOf(ctx, own, mine.at(-1)?.sequence ?? 0));
      return this.bidderViewOf(ctx, own, auction, header, mine);
    };
  }

  /**
   * The auction's row. A live feed's read after an event that reached this instance at `since` takes
   * the latest read of the row begun after that moment, if there is one: it shows that event's change
   * and every one before (see LiveSnapshot), so on a bid the 26 feeds of an instance read the row about
   * once, not 26 times. Feeds only read it: the row is shared, never changed. A first read, one by
   * time (`since` null) and one in a transaction read anew.
   */
  private liveRow(ctx: RequestContext, auctionId: string, since: number | null): Promise<Auction | null> {
    const read = () => this.connection.getRepository(ctx, Auction).findOneBy({ id: auctionId });
    if (since === null || ctx.transactionManager) return read();
    const kept = this.rowRead.get(auctionId);
    if (kept && kept.startedAt > since) return kept.row;
    const startedAt = performance.now();
    const row = read();
    this.rowRead.set(auctionId, { startedAt, row });
    row.catch(() => this.rowRead.get(auctionId)?.row === row && this.rowRead.delete(auctionId));
    return row;
  }

  /**
   * The auction's bidders as its row says they are: while it runs only a bid changes them, and a
   * bid counts itself in the row, so the rows read after the row showed bid count N hold every bid
   * up to N (and maybe later ones). Outside a transaction, the subscribers of an instance share one
   * read per running auction and bid count: on a bid, 26 feeds read the 50 bidders once, not 26
   * times. A bid's own answer (in its transaction) reads its own uncommitted rows.
   */
  private biddersOf(ctx: RequestContext, auction: Auction): Promise<AuctionParticipant[]> {
    const read = () => this.connection.getRepository(ctx, AuctionParticipant).findBy({ auctionId: auction.id });
    if (ctx.transactionManager || auction.status !== AuctionStatus.RUNNING) return read();
    const cached = this.biddersRead.get(auction.id);
    if (cached?.bidCount === auction.bidCount) return cached.rows;
    const rows = read();
    this.biddersRead.set(auction.id, { bidCount: auction.bidCount, rows });
    rows.catch(() => this.biddersRead.get(auction.id)?.rows === rows && this.biddersRead.delete(auction.id));
    return rows;
  }

  /** The latest auction (approved or later) on this invitation of the caller's company, or null. */
  async portalAuctionOfInvitation(ctx: RequestContext, invitationId: string): Promise<PortalAuctionType | null> {
    const rows: Array<{ auction_id: string }> = await this.connection.manager(ctx).query(
      `SELECT p.auction_id FROM auction_participant p JOIN auction a ON a.id = p.auction_id
        WHERE p.invitation_id = $1 AND p.supplier_organization_id = $2 AND a.status <> 'SCHEDULED'
        ORDER BY a.created_at DESC LIMIT 1`,
      [invitationId, ctx.organizationId],
    );
    if (rows.length === 0) return null;
    return this.portalAuction(ctx, rows[0].auction_id);
  }

  /** Every auction this supplier company takes part in (cancelled ones left out), soonest end first. */
  async portalAuctions(ctx: RequestContext): Promise<PortalAuctionType[]> {
    const own = await this.connection.getRepository(ctx, AuctionParticipant).findBy({ supplierOrganizationId: ctx.organizationId });
    const views = await Promise.all(own.map((p) => this.bidderView(ctx, p)));
    return views.filter((v) => v.status !== AuctionStatus.CANCELLED && v.status !== AuctionStatus.SCHEDULED).sort((a, b) => a.endsAt.getTime() - b.endsAt.getTime());
  }

  /** One bidder's view: built field by field from its own rows and the visibility, nothing copied wholesale. */
  async bidderView(ctx: RequestContext, own: AuctionParticipant): Promise<PortalAuctionType> {
    const auction = await this.connection.getRepository(ctx, Auction).findOneByOrFail({ id: own.auctionId });
    return this.bidderViewOf(ctx, own, auction, await this.bidderHeader(ctx, own));
  }

  /** What a bidder's view names that never changes during the auction: the RFQ and the buyer. */
  async bidderHeader(ctx: RequestContext, own: AuctionParticipant): Promise<BidderHeader> {
    return headerOf(await this.portal.invitation(ctx, own.invitationId));
  }

  /** The bidder's bids after the sequence `after`, in order. */
  private bidsOf(ctx: RequestContext, own: AuctionParticipant, after = 0): Promise<AuctionBid[]> {
    return this.connection
      .getRepository(ctx, AuctionBid)
      .find({ where: { auctionId: own.auctionId, invitationId: own.invitationId, ...(after ? { sequence: MoreThan(after) } : {}) }, order: { sequence: 'ASC' } });
  }

  /** The bidder's view of `auction` as just read (a bid has it under its lock), with its header (and maybe its bids) read before. */
  async bidderViewOf(ctx: RequestContext, own: AuctionParticipant, auction: Auction, header: BidderHeader, bids?: AuctionBid[]): Promise<PortalAuctionType> {
    const [bidders, myBids] = await Promise.all([this.biddersOf(ctx, auction), bids ?? this.bidsOf(ctx, own)]);
    const seen = bidderStanding(auction, bidders, own.invitationId);
    const now = this.clock.now();
    return {
      id: auction.id,
      invitationId: own.invitationId,
      ...header,
      status: statusNow(auction, now),
      currency: auction.currency,
      settings: settingsOf(auction),
      endsAt: auction.endsAt,
      serverNow: now,
      startingAmount: own.startingAmount,
      currentAmount: own.currentAmount,
      currentLines: own.currentLines,
      myBids: myBids.map((b, i) => ({ number: i + 1, amount: b.amount, lines: b.lines, receivedAt: b.receivedAt, quoteRevision: b.quoteRevision, receiptSha256: b.receiptSha256 })),
      myBidsAfter: null,
      nextValidBid: auction.bidOn === AuctionBidOn.TOTAL ? nextValidPrice(own.currentAmount, auction.decrementKind, auction.decrement) : null,
      nextValidLinePrices:
        auction.bidOn === AuctionBidOn.LINE
          ? own.currentLines.flatMap((l) => {
              const next = nextValidPrice(l.unitPrice, auction.decrementKind, auction.decrement, 4);
              return next ? [{ lineKey: l.lineKey, unitPrice: next, quantity: l.quantity }] : [];
            })
          : [],
      rank: seen.rank,
      myScore: seen.myScore,
      leadingScore: seen.leadingScore,
      bestPrice: seen.bestPrice,
      leadingPrice: seen.leadingPrice,
      leading: seen.leading,
    };
  }
}

/** An RFQ's reference and title, as the buyer's view names it. */
type RfqNames = { reference: string; title: string };

/** What one bidder may learn of the standings, by the visibility setting (its view and its end mail). */
export interface BidderStanding {
  /** RANK: its rank. */
  rank: number | null;
  /** LEADING_SCORE (ranked on the total score): its own total score and the leading one. */
  myScore: number | null;
  leadingScore: number | null;
  /** BEST_PRICE: the lowest current price, without who bid it. */
  bestPrice: string | null;
  /** TOTAL_SCORE and any visibility but NONE: the highest price at which it would lead. */
  leadingPrice: string | null;
  /** Whether it leads alone (a tie is not a lead): RANK, or TOTAL_SCORE with any visibility but NONE. */
  leading: boolean | null;
}

/**
 * One bidder's standing as the visibility allows, from every bidder's current prices: never
 * another bidder's id or name, never a price or score the setting hides.
 */
export function bidderStanding(auction: Auction, bidders: readonly AuctionParticipant[], invitationId: string): BidderStanding {
  const v = auction.visibility;
  const scored = auction.ranking === AuctionRanking.TOTAL_SCORE;
  // The price at which it would lead is shown only with score ranking (a search over its price): not worked out otherwise.
  const standings = standingsOf(auction, bidders, scored && v !== AuctionVisibility.NONE ? invitationId : null);
  const me = standings.get(invitationId)!;
  const all = [...standings.values()];
  const leadsAlone = me.rank === 1 && all.filter((s) => s.rank === 1).length === 1;
  return {
    rank: v === AuctionVisibility.RANK ? me.rank : null,
    myScore: v === AuctionVisibility.LEADING_SCORE && scored ? me.totalScore : null,
    leadingScore: v === AuctionVisibility.LEADING_SCORE && scored ? Math.max(...all.map((s) => s.totalScore ?? 0)) : null,
    bestPrice: v === AuctionVisibility.BEST_PRICE ? bestOf(bidders) : null,
    leadingPrice: scored && v !== AuctionVisibility.NONE ? me.leadingPrice : null,
    leading: v === AuctionVisibility.RANK || (scored && v !== AuctionVisibility.NONE) ? leadsAlone : null,
  };
}

/** The lowest current price, without who holds it. */
function bestOf(bidders: readonly AuctionParticipant[]): string {
  const lowest = atLowest(bidders.map((b) => b.currentAmount));
  return bidders[lowest.indexOf(true)].currentAmount;
}
