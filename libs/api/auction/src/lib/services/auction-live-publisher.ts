import { Injectable } from '@nestjs/common';
import { DomainEventBus, LiveEvents, LiveTopic, type EventType } from '@bc/api/core';
import { AuctionApproved, AuctionCancelled, AuctionEnded, AuctionStarted } from '../events/auction-events';

/**
 * The auction's live channel: `AUCTION_TOPIC.channel(auctionId)`. An event only says "this auction
 * changed, read it again" (never a price or a bidder): each subscriber reads its own view, with its
 * own rights, so the visibility rules hold in every message.
 */
export const AUCTION_TOPIC = new LiveTopic<{ auctionId: string }>('auction');

/**
 * The auction's domain events after which its subscribers read again. A bid is not among them: it
 * tells the subscribers itself once it has committed (`BiddingService`), without a durable event
 * of its own (a second transaction per bid, before the bidder is answered). A notice lost with a
 * crash right after the commit costs only a later re-read: the next bid, the end (`readAgainAt`)
 * or a reconnect reads the whole state.
 */
const LIVE_EVENTS: ReadonlyArray<EventType<{ auctionId: string }>> = [AuctionApproved, AuctionStarted, AuctionEnded, AuctionCancelled];

/**
 * Tells every instance's subscribers of an auction that it changed. A handler of the domain events,
 * so it runs only for a committed change (a rolled-back bid has no event); it publishes once its
 * handling transaction has committed too, and a handling tried again (after a crash) publishes
 * again, which only makes subscribers read once more.
 */
@Injectable()
export class AuctionLivePublisher {
  constructor(live: LiveEvents, events: DomainEventBus) {
    for (const type of LIVE_EVENTS) {
      events.subscribe(type, async (ctx, e) => live.publishAfterCommit(ctx, AUCTION_TOPIC.channel(e.auctionId), { auctionId: e.auctionId }));
    }
  }
}
