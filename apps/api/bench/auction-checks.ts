import type { Client } from 'pg';
import { AuctionDecrementKind, compareDecimals, nextValidPrice, softCloseEnd } from '@bc/shared/domain';
import { AUCTION_SETTINGS } from './auction-data';
import type { Ack } from './auction-load';

/**
 * The benchmark's correctness checks, from the database after the run: every acknowledged bid stored
 * once and nothing else stored; one gapless sequence; each bid within the rules (in time, at most the
 * bidder's next valid price); the end and the extensions exactly as softCloseEnd gives them from the
 * stored bid times; the end happened once.
 */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

interface StoredBid {
  sequence: number;
  invitation_id: string;
  amount: string;
  receipt_sha256: string;
  quote_revision: number;
  received_at: Date;
  ends_at_after: Date;
  extended: boolean;
}

export interface StoredAuction {
  endsAt: Date;
  endedAt: Date | null;
  status: string;
  bidCount: number;
  extensions: number;
  capAt: Date;
  bids: StoredBid[];
}

export async function storedAuction(db: Client, auctionId: string): Promise<StoredAuction> {
  const [a] = (await db.query(`SELECT status, ends_at, ended_at, bid_count, extensions, cap_at FROM auction WHERE id = $1`, [auctionId])).rows;
  const bids = (
    await db.query(
      `SELECT sequence, invitation_id, amount, receipt_sha256, quote_revision, received_at, ends_at_after, extended FROM auction_bid WHERE auction_id = $1 ORDER BY sequence`,
      [auctionId],
    )
  ).rows as StoredBid[];
  return { endsAt: a.ends_at, endedAt: a.ended_at, status: a.status, bidCount: a.bid_count, extensions: a.extensions, capAt: a.cap_at, bids };
}

const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail });

/** Acknowledged versus stored, by receipt (each bid's receipt hash is its own): 0 lost, 0 duplicated, nothing unacknowledged. */
export function ackChecks(acks: Ack[], stored: StoredAuction): Check[] {
  const byReceipt = new Map<string, StoredBid[]>();
  for (const b of stored.bids) byReceipt.set(b.receipt_sha256, [...(byReceipt.get(b.receipt_sha256) ?? []), b]);
  const ackedReceipts = new Set(acks.map((a) => a.receipt));
  const lost = acks.filter((a) => !byReceipt.get(a.receipt)?.some((b) => b.invitation_id === a.invitationId && b.amount === a.amount && b.quote_revision === a.quoteRevision));
  const duplicated = [...byReceipt.values()].filter((rows) => rows.length > 1).length;
  const perBidderRevision = new Set(stored.bids.map((b) => `${b.invitation_id}/${b.quote_revision}`));
  const unacked = stored.bids.filter((b) => !ackedReceipts.has(b.receipt_sha256));
  const gapless = stored.bids.every((b, i) => b.sequence === i + 1) && stored.bidCount === stored.bids.length;
  return [
    check('bids acknowledged = stored', lost.length === 0 && acks.length === stored.bids.length, `${acks.length} acknowledged, ${stored.bids.length} stored, ${lost.length} lost`),
    check('no bid stored twice', duplicated === 0 && perBidderRevision.size === stored.bids.length && ackedReceipts.size === acks.length, `${duplicated} receipts stored twice, ${stored.bids.length - perBidderRevision.size} revisions twice`),
    check('no bid stored unacknowledged', unacked.length === 0, `${unacked.length}`),
    check('sequence gapless 1…n = bid count', gapless, `1…${stored.bids.length}, bid_count ${stored.bidCount}`),
  ];
}

/**
 * The rules, replayed over the stored bids in sequence order from the planned end: each bid received
 * before the end as it stood, at most its bidder's next valid price, the end after it as softCloseEnd
 * says (and flagged extended exactly when it moved), the final end and the extension count as stored.
 */
export function ruleChecks(stored: StoredAuction, plannedEnd: Date, startingAmounts: Map<string, string>): Check[] {
  let end = plannedEnd;
  let extensions = 0;
  const late: number[] = [];
  const tooHigh: number[] = [];
  const wrongEnd: number[] = [];
  const outOfOrder: number[] = [];
  const last = new Map(startingAmounts);
  const settings = { softCloseMinutes: AUCTION_SETTINGS.softCloseMinutes, extensionMinutes: AUCTION_SETTINGS.extensionMinutes, capAt: stored.capAt };
  let previous = 0;
  for (const b of stored.bids) {
    const at = new Date(b.received_at);
    if (at.getTime() >= end.getTime()) late.push(b.sequence);
    if (at.getTime() < previous) outOfOrder.push(b.sequence);
    previous = at.getTime();
    const next = nextValidPrice(last.get(b.invitation_id) as string, AuctionDecrementKind.PERCENT, AUCTION_SETTINGS.decrementPercent);
    if (next === null || compareDecimals(b.amount, next) > 0) tooHigh.push(b.sequence);
    last.set(b.invitation_id, b.amount);
    const after = softCloseEnd(end, at, settings);
    if (after.endsAt.getTime() !== new Date(b.ends_at_after).getTime() || after.extended !== b.extended) wrongEnd.push(b.sequence);
    if (after.extended) extensions++;
    end = after.endsAt;
  }
  const list = (xs: number[]) => (xs.length ? `${xs.length} (sequence ${xs.slice(0, 5).join(', ')}${xs.length > 5 ? ', …' : ''})` : '0');
  return [
    check('every bid before the end as it stood', late.length === 0, `late: ${list(late)}`),
    check('every bid at most its next valid price', tooHigh.length === 0, `too high: ${list(tooHigh)}`),
    check('bid times in sequence order', outOfOrder.length === 0, `out of order: ${list(outOfOrder)}`),
    check('end after each bid = softCloseEnd', wrongEnd.length === 0, `differing: ${list(wrongEnd)}`),
    check(
      'final end and extensions = the rule replayed',
      end.getTime() === new Date(stored.endsAt).getTime() && extensions === stored.extensions,
      `replayed ${end.toISOString()} / ${extensions} extensions; stored ${new Date(stored.endsAt).toISOString()} / ${stored.extensions}`,
    ),
  ];
}

/** The end happened once: ENDED at or after its end, one auction.ended audit entry and one domain event. */
export async function endChecks(db: Client, auctionId: string, stored: StoredAuction): Promise<Check[]> {
  const [{ audited }] = (await db.query(`SELECT count(*)::int AS audited FROM audit_event WHERE action = 'auction.ended' AND summary->>'auctionId' = $1`, [auctionId])).rows;
  const [{ events }] = (await db.query(`SELECT count(*)::int AS events FROM domain_event WHERE type = 'auction.ended' AND payload->>'auctionId' = $1`, [auctionId])).rows;
  const endedAt = stored.endedAt ? new Date(stored.endedAt) : null;
  return [
    check('ENDED, not before its end', stored.status === 'ENDED' && endedAt !== null && endedAt >= new Date(stored.endsAt), `${stored.status} at ${endedAt?.toISOString()} (end ${new Date(stored.endsAt).toISOString()})`),
    check('ended exactly once', audited === 1 && events === 1, `${audited} auction.ended audit entries, ${events} domain events`),
  ];
}
