import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { EvaluationModule } from '@bc/api/evaluation';
import { IdentityModule } from '@bc/api/identity';
import { NegotiationModule } from '@bc/api/negotiation';
import { PurchasingModule } from '@bc/api/purchasing';
import { QuotesModule } from '@bc/api/quotes';
import { RfqModule } from '@bc/api/rfq';
import { AuctionResolver, PortalAuctionResolver, PortalInvitationAuctionFieldResolver, RfqAuctionsFieldResolver } from './resolvers/auction.resolver';
import { AuctionLiveResolver } from './resolvers/auction-live.resolver';
import { AuctionCourseService } from './services/auction-course.service';
import { AuctionLivePublisher } from './services/auction-live-publisher';
import { AuctionMailHandlers } from './services/auction-mail-handlers';
import { AuctionParticipants } from './services/auction-participants';
import { AuctionRecords } from './services/auction-records';
import { AuctionService } from './services/auction.service';
import { AuctionViews } from './services/auction-views';
import { BiddingService } from './services/bidding.service';

/** Live reverse auctions after the sealed round: scheduling, approval, bids, the durable start and end. */
@Module({
  imports: [AuditModule, IdentityModule, PurchasingModule, RfqModule, QuotesModule, EvaluationModule, NegotiationModule],
  providers: [AuctionRecords, AuctionParticipants, AuctionMailHandlers, AuctionService, AuctionCourseService, AuctionViews, BiddingService, AuctionResolver, PortalAuctionResolver, RfqAuctionsFieldResolver, PortalInvitationAuctionFieldResolver, AuctionLivePublisher, AuctionLiveResolver],
  exports: [AuctionService, AuctionCourseService, AuctionViews, AuctionRecords],
})
export class AuctionModule {}
