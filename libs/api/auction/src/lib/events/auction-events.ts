import { defineEvent } from '@bc/api/core';

/*
 * The auction's domain events, published in the change's transaction and handled after it commits.
 * The live transport (graphql-ws subscriptions over Redis pub/sub) subscribes to these; each
 * carries the auction's id and what a client needs to know whether to read again (never a price:
 * a subscriber reads its own view, which applies the bidder's visibility).
 */

/** A buyer scheduled an auction; it waits for the gatekeeper. */
export const AuctionScheduled = defineEvent<{ auctionId: string }>('auction.scheduled');
/** The gatekeeper approved the settings: the suppliers taking part are invited. */
export const AuctionApproved = defineEvent<{ auctionId: string; startsAt: string; endsAt: string }>('auction.approved');
/** The reminder before the start is due (sent once, by the job that marked the auction reminded). */
export const AuctionReminderDue = defineEvent<{ auctionId: string; startsAt: string }>('auction.reminder-due');
/** The auction started (by its start job, the sweep or the first bid after the start time). */
export const AuctionStarted = defineEvent<{ auctionId: string; endsAt: string }>('auction.started');
/** The auction ended, exactly once. */
export const AuctionEnded = defineEvent<{ auctionId: string; endedAt: string; bids: number }>('auction.ended');
/** A buyer cancelled the auction before it started. */
export const AuctionCancelled = defineEvent<{ auctionId: string }>('auction.cancelled');
