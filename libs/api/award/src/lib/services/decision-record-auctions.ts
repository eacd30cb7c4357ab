import type { AuctionHistory } from '@bc/api/auction';
import { AuctionStatus, compareDecimals, percentOf, subtractMoney } from '@bc/shared/domain';
import type { DecisionRecordAuction } from '../documents/decision-record-auction-content';

const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);
const isoOf = (d: Date): string => new Date(d).toISOString();
const MINUTE = 60_000;

/** The saving from `starting` to `final` (0 when it did not move), and its share of `starting` in percent. */
function saving(starting: string, final: string): { saving: string; savingPercent: number } {
  const amount = subtractMoney(starting, final);
  return { saving: amount, savingPercent: compareDecimals(starting, '0') > 0 ? percentOf(amount, starting) : 0 };
}

/** The decision record's section of one auction, from the auction library's history of it. */
export function recordOfAuction(h: AuctionHistory, nameOf: (id: string | null | undefined) => string | null): DecisionRecordAuction {
  const a = h.auction;
  const names = new Map(h.bidders.map((b) => [b.invitationId, b.supplierName]));
  const cancelled = a.status === AuctionStatus.CANCELLED;
  return {
    currency: a.currency,
    status: a.status,
    startsAt: isoOf(a.startsAt),
    durationMinutes: a.durationMinutes,
    plannedEndAt: new Date(a.startsAt.getTime() + a.durationMinutes * MINUTE).toISOString(),
    endsAt: cancelled ? null : isoOf(a.endsAt),
    endedAt: iso(a.endedAt),
    bidOn: a.bidOn,
    decrementKind: a.decrementKind,
    decrement: String(a.decrement),
    softCloseMinutes: a.softCloseMinutes,
    extensionMinutes: a.extensionMinutes,
    capAt: iso(a.capAt),
    visibility: a.visibility,
    ranking: a.ranking,
    scheduledBy: nameOf(a.scheduledBy),
    scheduledAt: isoOf(a.scheduledAt),
    approvedBy: nameOf(a.approvedBy),
    approvedAt: iso(a.approvedAt),
    cancelledBy: nameOf(a.cancelledBy),
    cancelledAt: iso(a.cancelledAt),
    cancelReason: a.cancelReason ?? null,
    extensions: h.bids.filter((b) => b.extended).map((b) => ({ at: isoOf(b.receivedAt), bid: b.sequence, endsAt: isoOf(b.endsAtAfter) })),
    bids: h.bids.map((b) => ({
      sequence: b.sequence,
      receivedAt: isoOf(b.receivedAt),
      supplier: names.get(b.invitationId) ?? '',
      amount: String(b.amount),
      revision: b.quoteRevision,
      receiptSha256: b.receiptSha256,
    })),
    result: h.bidders.map((b) => ({
      rank: b.rank,
      supplier: b.supplierName,
      bids: b.bids,
      startingAmount: String(b.startingAmount),
      finalAmount: String(b.finalAmount),
      ...saving(String(b.startingAmount), String(b.finalAmount)),
      totalScore: b.totalScore,
    })),
  };
}

/** The users the auctions name (scheduled, approved, cancelled by), for one look-up. */
export function auctionPeople(histories: readonly AuctionHistory[]): string[] {
  return histories.flatMap((h) => [h.auction.scheduledBy, h.auction.approvedBy, h.auction.cancelledBy]).filter((id): id is string => !!id);
}
