import { AuctionCourseService } from '@bc/api/auction';
import { DecisionCase, DecisionOptions, evaluatedCase } from './award-fixtures';
import type { GraphQLClient } from './graphql-client';
import type { RfqWorld } from './rfq-fixtures';
import type { TestApp } from './test-app';
import { advanceClockTo, testClock } from './test-clock';

/**
 * Live reverse auctions (issue 15) on an evaluated case of the award fixtures: Hanse quotes 100.00
 * per unit (1200.00 for the 4 + 8 units), Alpine 110.00 (1320.00), both in EUR; whoever is
 * favoured is scored 9 on every evaluator criterion, the other 6.
 */

const SETTINGS = `startsAt durationMinutes bidOn decrementKind decrement softCloseMinutes extensionMinutes capAt visibility ranking`;
const LINE = `lineKey unitPrice quantity`;
export const AUCTION_FIELDS = `id rfqId caseId rfqReference rfqTitle status currency endsAt serverNow scheduledByName approvedByName startedAt endedAt bidCount extensions bidsAfter
  settings { ${SETTINGS} }
  participants { invitationId supplierName startingAmount currentAmount currentLines { ${LINE} } bids rank totalScore priceScore leadingPrice }
  bids { sequence invitationId supplierName amount lines { ${LINE} } receivedAt quoteRevision receiptSha256 endsAtAfter extended }`;
export const PORTAL_AUCTION_FIELDS = `id invitationId rfqReference rfqTitle buyerName status currency endsAt serverNow settings { ${SETTINGS} }
  startingAmount currentAmount currentLines { ${LINE} } myBidsAfter myBids { number amount lines { ${LINE} } receivedAt quoteRevision receiptSha256 }
  nextValidBid nextValidLinePrices { ${LINE} } rank myScore leadingScore bestPrice leadingPrice leading`;

export const AUCTION_OPS = {
  schedule: `mutation ($input: ScheduleAuctionInput!) { scheduleAuction(input: $input) { ${AUCTION_FIELDS} } }`,
  approve: `mutation ($id: ID!) { approveAuction(id: $id) { ${AUCTION_FIELDS} } }`,
  cancel: `mutation ($id: ID!, $reason: String!) { cancelAuction(id: $id, reason: $reason) { ${AUCTION_FIELDS} } }`,
  auction: `query ($id: ID!) { auction(id: $id) { ${AUCTION_FIELDS} } }`,
  auctions: `query ($rfqId: ID!) { auctions(rfqId: $rfqId) { ${AUCTION_FIELDS} } }`,
  portal: `query ($id: ID!) { portalAuction(id: $id) { ${PORTAL_AUCTION_FIELDS} } }`,
  portalList: `{ portalAuctions { ${PORTAL_AUCTION_FIELDS} } }`,
  bid: `mutation ($input: PlaceBidInput!) { placeBid(input: $input) { ${PORTAL_AUCTION_FIELDS} } }`,
};

export interface AuctionSettings {
  startsInMinutes?: number;
  durationMinutes?: number;
  bidOn?: 'TOTAL' | 'LINE';
  decrementKind?: 'PERCENT' | 'AMOUNT';
  decrement?: string;
  softCloseMinutes?: number;
  extensionMinutes?: number;
  maxExtensionMinutes?: number | null;
  visibility?: 'RANK' | 'LEADING_SCORE' | 'BEST_PRICE' | 'NONE';
  ranking?: 'PRICE' | 'TOTAL_SCORE';
}

export interface AuctionCase extends DecisionCase {
  auctionId: string;
  startsAt: Date;
  endsAt: Date;
}

/** The schedule input: starts 10 minutes ahead, lasts 10, 1 % decrement, soft close 2/3 minutes capped 4 minutes past the planned end. */
export function scheduleInput(rfqId: string, s: AuctionSettings = {}): Record<string, unknown> {
  return {
    rfqId,
    startsAt: new Date(testClock.nowMs() + (s.startsInMinutes ?? 10) * 60_000).toISOString(),
    durationMinutes: s.durationMinutes ?? 10,
    bidOn: s.bidOn ?? 'TOTAL',
    decrementKind: s.decrementKind ?? 'PERCENT',
    decrement: s.decrement ?? '1',
    softCloseMinutes: s.softCloseMinutes ?? 2,
    extensionMinutes: s.extensionMinutes ?? 3,
    maxExtensionMinutes: s.maxExtensionMinutes === undefined ? 4 : s.maxExtensionMinutes,
    visibility: s.visibility ?? 'RANK',
    ranking: s.ranking ?? 'PRICE',
  };
}

/** An evaluated case with an auction scheduled by the buyer and approved by the gatekeeper (not started). */
export async function approvedAuction(app: TestApp, w: RfqWorld, s: AuctionSettings = {}, options: DecisionOptions = {}): Promise<AuctionCase> {
  const c = await evaluatedCase(app, w, options);
  const scheduled = (await w.as.buyer.ok(AUCTION_OPS.schedule, { input: scheduleInput(c.rfqId, s) }))['scheduleAuction'];
  const approved = (await w.as.gatekeeper.ok(AUCTION_OPS.approve, { id: scheduled.id }))['approveAuction'];
  return { ...c, auctionId: approved.id, startsAt: new Date(approved.settings.startsAt), endsAt: new Date(approved.endsAt) };
}

/** Moves the clock to the auction's start time. */
export function startAuction(app: TestApp, a: AuctionCase): void {
  advanceClockTo(app, a.startsAt);
}

/** A bid of a total, with an idempotency key of its own unless given. */
export async function bid(client: GraphQLClient, auctionId: string, amount: string, key = `bid-${Math.random().toString(36).slice(2)}`) {
  return client.request(AUCTION_OPS.bid, { input: { auctionId, amount } }, { 'Idempotency-Key': key });
}

/** The auction's current end, from the database. */
export async function endsAtOf(app: TestApp, auctionId: string): Promise<Date> {
  const [row] = await app.dataSource.query(`SELECT ends_at FROM auction WHERE id = $1`, [auctionId]);
  return new Date(row.ends_at);
}

/** Lets the end pass on the clock and ends the auction, as its end job would. */
export async function endAuction(app: TestApp, auctionId: string): Promise<boolean> {
  advanceClockTo(app, new Date((await endsAtOf(app, auctionId)).getTime() + 1));
  return app.running.app.get(AuctionCourseService).end(auctionId);
}
