import { Injectable } from '@nestjs/common';
import { LessThanOrEqual, MoreThan } from 'typeorm';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { auctionStandings, AuctionStatus } from '@bc/shared/domain';
import { Auction, AuctionBid, AuctionParticipant } from '../entities/auction.entity';

/** An auction with its bidders (starting and final prices, final rank) and every bid, as stored. */
export interface AuctionHistory {
  auction: Auction;
  bidders: Array<{ invitationId: string; supplierName: string; startingAmount: string; finalAmount: string; bids: number; rank: number; totalScore: number | null }>;
  bids: AuctionBid[];
}

/** A scheduled auction waiting for a gatekeeper's approval. */
export interface AuctionAwaitingApproval {
  id: string;
  rfqId: string;
  caseId: string;
  scheduledBy: string;
  scheduledAt: Date;
  startsAt: Date;
}

/**
 * The auction library's reads for the records other libraries keep: the decision record (an RFQ's
 * auctions with every bid and the final ranking) and the gatekeeper's tasks (auctions waiting for
 * approval). They ask here instead of reading `auction*` with their own SQL.
 */
@Injectable()
export class AuctionRecords {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The RFQ's auctions scheduled up to `at`, oldest first, each with its bidders ranked as they ended and its bids in order. */
  async historiesUpTo(ctx: RequestContext, rfqId: string, at: Date): Promise<AuctionHistory[]> {
    const auctions = await this.connection
      .getRepository(ctx, Auction)
      .find({ where: { rfqId, organizationId: ctx.organizationId, scheduledAt: LessThanOrEqual(at) }, order: { scheduledAt: 'ASC', id: 'ASC' } });
    const histories: AuctionHistory[] = [];
    for (const auction of auctions) {
      const participants = await this.connection.getRepository(ctx, AuctionParticipant).find({ where: { auctionId: auction.id }, order: { supplierName: 'ASC' } });
      const bids = await this.connection.getRepository(ctx, AuctionBid).find({ where: { auctionId: auction.id }, order: { sequence: 'ASC' } });
      // The current prices are the final ones: no bid is taken after the end (and an award waits for it).
      const standings = auctionStandings(
        auction.ranking,
        auction.criteria,
        participants.map((p) => ({ id: p.invitationId, name: p.supplierName, amount: p.currentAmount, fixedScores: p.fixedScores })),
        null,
      );
      const bidders = participants
        .map((p, i) => ({
          invitationId: p.invitationId,
          supplierName: p.supplierName,
          startingAmount: p.startingAmount,
          finalAmount: p.currentAmount,
          bids: p.bids,
          rank: standings[i].rank,
          totalScore: standings[i].totalScore,
        }))
        .sort((a, b) => a.rank - b.rank || a.supplierName.localeCompare(b.supplierName));
      histories.push({ auction, bidders, bids });
    }
    return histories;
  }

  /** The organization's scheduled auctions whose start is still ahead (an approval comes before the start), soonest start first. */
  async awaitingApproval(ctx: RequestContext, now: Date): Promise<AuctionAwaitingApproval[]> {
    const rows = await this.connection
      .getRepository(ctx, Auction)
      .find({ where: { organizationId: ctx.organizationId, status: AuctionStatus.SCHEDULED, startsAt: MoreThan(now) }, order: { startsAt: 'ASC' } });
    return rows.map((a) => ({ id: a.id, rfqId: a.rfqId, caseId: a.caseId, scheduledBy: a.scheduledBy, scheduledAt: a.scheduledAt, startsAt: a.startsAt }));
  }
}
