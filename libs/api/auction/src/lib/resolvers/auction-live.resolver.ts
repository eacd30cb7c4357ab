import { Resolver } from '@nestjs/graphql';
import { AllowedSubscription, assertId, Ctx, IdArg, LiveEvents, RequestContext } from '@bc/api/core';
import { Permission } from '@bc/shared/domain';
import { AuctionType, PortalAuctionType } from '../dto/auction.types';
import { AuctionViews } from '../services/auction-views';
import { AUCTION_TOPIC } from '../services/auction-live-publisher';

/**
 * The live auction, over graphql-ws: the same view as the matching query (same permission, same
 * access check, read with the subscriber's own rights), first as the database has it when the
 * subscription starts (and so again on every reconnect), then again after each of the auction's
 * events, on whichever instance it happened. A subscriber that loses access gets the query's error
 * (NOT_FOUND/FORBIDDEN) and the subscription ends.
 */
@Resolver()
export class AuctionLiveResolver {
  constructor(
    private readonly live: LiveEvents,
    private readonly views: AuctionViews,
  ) {}

  @AllowedSubscription(() => AuctionType, Permission.QUOTE_READ, {
    description: "The auction as query auction(id) gives it (every bidder, bid and extension), then again after each bid, extension, start, end or cancellation",
  })
  auctionLive(@Ctx() ctx: RequestContext, @IdArg() id: string): AsyncIterableIterator<AuctionType> {
    assertId(id, 'Auction');
    return this.live.snapshotThenUpdates(AUCTION_TOPIC.channel(id), () => this.views.buyerAuction(ctx, id));
  }

  @AllowedSubscription(() => PortalAuctionType, Permission.SUPPLIER_PORTAL_USE, {
    description: 'Your auction as query portalAuction(id) gives it (your own bids, what the visibility allows), then again after each change of the auction (any bid, extension, start, end or cancellation)',
  })
  portalAuctionLive(@Ctx() ctx: RequestContext, @IdArg() id: string): AsyncIterableIterator<PortalAuctionType> {
    assertId(id, 'Auction');
    return this.live.snapshotThenUpdates(AUCTION_TOPIC.channel(id), () => this.views.portalAuction(ctx, id));
  }
}
