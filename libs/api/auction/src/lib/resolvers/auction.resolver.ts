import { Args, ArgsType, Field, ID, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { AllowedMutation, AllowedQuery, AppError, Ctx, GraphQLContext, IdArg, TakesTurnsPer, RequestContext } from '@bc/api/core';
import { MAX_REASON_LENGTH } from '@bc/api/purchasing';
import { ErrorCode, Permission } from '@bc/shared/domain';
import { PortalInvitationType } from '@bc/api/quotes';
import { RfqType } from '@bc/api/rfq';
import { PlaceBidInput, ScheduleAuctionInput } from '../dto/auction.inputs';
import { AuctionType, PortalAuctionType } from '../dto/auction.types';
import { AuctionService } from '../services/auction.service';
import { AuctionViews } from '../services/auction-views';
import { BiddingService } from '../services/bidding.service';

@ArgsType()
class CancelAuctionArgs {
  @Field(() => ID) @IsString() id!: string;
  @Field({ description: 'Why (required, at most 2000 characters)' })
  @IsString() @MaxLength(MAX_REASON_LENGTH, { message: `A reason is at most ${MAX_REASON_LENGTH} characters` }) reason!: string;
}

/** Live reverse auctions: the buying side's operations and queries. */
@Resolver()
export class AuctionResolver {
  constructor(
    private readonly service: AuctionService,
    private readonly views: AuctionViews,
  ) {}

  @AllowedQuery(() => AuctionType, Permission.QUOTE_READ, { description: 'An auction with every bidder, bid and extension (serverNow for the countdown)' })
  async auction(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<AuctionType> {
    return this.views.buyerAuction(ctx, id);
  }

  @AllowedQuery(() => [AuctionType], Permission.QUOTE_READ, { description: "The RFQ's auctions, newest first" })
  async auctions(@Ctx() ctx: RequestContext, @IdArg('rfqId') rfqId: string): Promise<AuctionType[]> {
    return this.views.buyerAuctions(ctx, rfqId);
  }

  @AllowedMutation(() => AuctionType, Permission.NEGOTIATION_MANAGE, {
    description:
      'Schedules a live reverse auction on a closed RFQ (case in EVALUATION or NEGOTIATION, no round open, no other live auction) with every supplier that quoted in the RFQ currency; ' +
      'the settings wait for a gatekeeper (approveAuction) and freeze then. The case does not move on while it is scheduled or running (AUCTION_PENDING).',
  })
  async scheduleAuction(@Ctx() ctx: RequestContext, @Args('input') input: ScheduleAuctionInput): Promise<AuctionType> {
    return this.views.buyerView(ctx, await this.service.schedule(ctx, input));
  }

  @AllowedMutation(() => AuctionType, Permission.RFQ_APPROVE, {
    description: 'A gatekeeper (not whoever scheduled it: SEPARATION_OF_DUTIES) approves the settings before the start time; they are frozen from then on (AUCTION_LOCKED)',
  })
  async approveAuction(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<AuctionType> {
    return this.views.buyerView(ctx, await this.service.approve(ctx, id));
  }

  @AllowedMutation(() => AuctionType, Permission.NEGOTIATION_MANAGE, { description: 'Cancels an auction that has not started (AUCTION_LOCKED after the start time)' })
  async cancelAuction(@Ctx() ctx: RequestContext, @Args() args: CancelAuctionArgs): Promise<AuctionType> {
    return this.views.buyerView(ctx, await this.service.cancel(ctx, args.id, args.reason));
  }
}

/** Live reverse auctions in the supplier portal. */
@Resolver()
export class PortalAuctionResolver {
  constructor(
    private readonly views: AuctionViews,
    private readonly bidding: BiddingService,
  ) {}

  @AllowedQuery(() => PortalAuctionType, Permission.SUPPLIER_PORTAL_USE, { description: 'An auction your company bids in, as the visibility lets you see it (serverNow for the countdown)' })
  async portalAuction(@Ctx() ctx: RequestContext, @IdArg() id: string): Promise<PortalAuctionType> {
    return this.views.portalAuction(ctx, id);
  }

  @AllowedQuery(() => [PortalAuctionType], Permission.SUPPLIER_PORTAL_USE, { description: 'The approved, running and ended auctions your company bids in, soonest end first' })
  async portalAuctions(@Ctx() ctx: RequestContext): Promise<PortalAuctionType[]> {
    return this.views.portalAuctions(ctx);
  }

  @AllowedMutation(() => PortalAuctionType, Permission.SUPPLIER_PORTAL_USE, {
    description:
      'A bid: a new revision of your quote with its receipt. Refused before the start (AUCTION_NOT_STARTED), at or after the end by the server clock (AUCTION_ENDED), ' +
      'and when it does not improve on your own last price by the minimum decrement (AUCTION_BID_TOO_HIGH, details.nextValidBid). Send an Idempotency-Key: a retry answers the first bid.',
  })
  @TakesTurnsPer('auction', (args) => args['input']?.auctionId)
  async placeBid(@Ctx() ctx: RequestContext, @Args('input') input: PlaceBidInput): Promise<PortalAuctionType> {
    return this.bidding.placeBid(ctx, input);
  }
}

/** The auctions on the RFQ page (buying side). */
@Resolver(() => RfqType)
export class RfqAuctionsFieldResolver {
  constructor(private readonly views: AuctionViews) {}

  @ResolveField(() => [AuctionType], { description: "The RFQ's reverse auctions, newest first (for those who read quotes; empty for others)" })
  async auctions(rfq: RfqType, _args: unknown, { ctx }: GraphQLContext): Promise<AuctionType[]> {
    return this.views.buyerAuctions(ctx, rfq.id).catch((e: unknown) => {
      if (e instanceof AppError && e.code === ErrorCode.FORBIDDEN) return [];
      throw e;
    });
  }
}

/** The auction a supplier's portal invitation is in, if any (approved or later). */
@Resolver(() => PortalInvitationType)
export class PortalInvitationAuctionFieldResolver {
  constructor(private readonly views: AuctionViews) {}

  @ResolveField(() => PortalAuctionType, { nullable: true, description: 'The latest reverse auction your company bids in on this RFQ (approved, running or ended); null when none' })
  async auction(i: PortalInvitationType, _args: unknown, { ctx }: GraphQLContext): Promise<PortalAuctionType | null> {
    return this.views.portalAuctionOfInvitation(ctx, i.id);
  }
}
