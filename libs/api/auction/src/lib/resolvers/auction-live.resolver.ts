import { Resolver } from '@nestjs/graphql';
import { AllowedSubscription, assertId, Clock, Ctx, IdArg, LiveEvents, LiveSnapshot, RequestContext } from '@bc/api/core';
import { AuctionStatus, Permission } from '@bc/shared/domain';
import { AuctionType, PortalAuctionType } from '../dto/auction.types';
import { AuctionViews } from '../services/auction-views';
import { AUCTION_TOPIC } from '../services/auction-live-publisher';

/**
 * At most two messages a second per subscriber when bids pour in (the last minute of 50 bidders):
 * each message is the view as read then, so the bids meanwhile are all in it. The start and the
 * end are read at once all the same.
 */
export const LIVE_MIN_INTERVAL_MS = 500;

/**
 * The live auction, over graphql-ws: the same view as the matching query (same permission, same
 * access check, read with the subscriber's own rights), first as the database has it when the
 * subscription starts (and so again on every reconnect), then again after each of the auction's
 * events, on whichever instance it happened. A subscriber that loses access gets the query's error
 * (NOT_FOUND/FORBIDDEN) and the subscription ends. The start and the end are also read again the
 * moment they pass on the server's clock, so every subscriber sees RUNNING and ENDED then, not when
 * the start or end job (polled every few seconds) gets to it.
 */
@Resolver()
export class AuctionLiveResolver {
  constructor(
    private readonly live: LiveEvents,
    private readonly views: AuctionViews,
    private readonly clock: Clock,
  ) {}

  @AllowedSubscription(() => AuctionType, Permission.QUOTE_READ, {
    description:
      'The auction as query auction(id) gives it (every bidder, bid and extension), then again after each bid, extension, start, end or cancellation; ' +
      'after the first message, bids holds only the bids since the message before (bidsAfter says from which sequence on)',
  })
  auctionLive(@Ctx() ctx: RequestContext, @IdArg() id: string): AsyncIterableIterator<AuctionType> {
    assertId(id, 'Auction');
    // Every bid once per subscriber (an auction's last minute brings thousands): the first message
    // has them all, each later one those after the last sequence sent. A reconnect starts again whole.
    let sent: number | null = null;
    const read: LiveSnapshot<AuctionType> = async (since) => {
      const view = await this.views.buyerAuction(ctx, id, sent, since);
      sent = view.bids.reduce((last, b) => Math.max(last, b.sequence), sent ?? 0);
      return view;
    };
    return this.live.snapshotThenUpdates(AUCTION_TOPIC.channel(id), read, { readAgainAt: (view) => this.nextTurn(view), minIntervalMs: LIVE_MIN_INTERVAL_MS });
  }

  @AllowedSubscription(() => PortalAuctionType, Permission.SUPPLIER_PORTAL_USE, {
    description:
      'Your auction as query portalAuction(id) gives it (your own bids, what the visibility allows), then again after each change of the auction (any bid, extension, start, end or cancellation); ' +
      'after the first message, myBids holds only your bids since the message before (myBidsAfter says after which number)',
  })
  portalAuctionLive(@Ctx() ctx: RequestContext, @IdArg() id: string): AsyncIterableIterator<PortalAuctionType> {
    assertId(id, 'Auction');
    // Each own bid once per subscriber, as auctionLive sends each bid once: a bidder's 50th message
    // would otherwise carry its 49 earlier bids again. A reconnect starts again whole.
    const reader = this.views.portalAuctionReader(ctx, id);
    let sent: number | null = null;
    const read: LiveSnapshot<PortalAuctionType> = async (since) => {
      const view = await reader(since);
      const after = sent;
      sent = view.myBids.length;
      return after === null ? view : { ...view, myBidsAfter: after, myBids: view.myBids.slice(after) };
    };
    return this.live.snapshotThenUpdates(AUCTION_TOPIC.channel(id), read, { readAgainAt: (view) => this.nextTurn(view), minIntervalMs: LIVE_MIN_INTERVAL_MS });
  }

  /** When the view changes by time alone: an approved auction at its start, a running one at its end (machine time). */
  private nextTurn(view: { status: AuctionStatus; settings: { startsAt: Date }; endsAt: Date }): Date | null {
    if (view.status === AuctionStatus.APPROVED) return this.clock.machineTime(view.settings.startsAt);
    if (view.status === AuctionStatus.RUNNING) return this.clock.machineTime(view.endsAt);
    return null;
  }
}
