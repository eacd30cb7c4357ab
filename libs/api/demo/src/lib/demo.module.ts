import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { AuctionModule } from '@bc/api/auction';
import { AwardModule } from '@bc/api/award';
import { IdentityModule } from '@bc/api/identity';
import { PurchasingModule } from '@bc/api/purchasing';
import { RfqModule } from '@bc/api/rfq';
import { QuotesModule } from '@bc/api/quotes';
import { EvaluationModule } from '@bc/api/evaluation';
import { NegotiationModule } from '@bc/api/negotiation';
import { SuppliersModule } from '@bc/api/suppliers';
import { DemoSeedService } from './demo-seed.service';
import { ShowcaseClockSubscriber } from './showcase-clock';
import { ShowcaseAuction } from './showcase-auction';
import { ShowcaseHistory } from './showcase-history';
import { ShowcaseScenarios } from './showcase-scenarios';
import { ShowcaseSeedService } from './showcase-seed.service';
import { ShowcaseSteps } from './showcase-steps';

@Module({
  imports: [IdentityModule, AuditModule, SuppliersModule, PurchasingModule, RfqModule, QuotesModule, EvaluationModule, NegotiationModule, AuctionModule, AwardModule],
  providers: [DemoSeedService, ShowcaseSeedService, ShowcaseSteps, ShowcaseAuction, ShowcaseScenarios, ShowcaseHistory, ShowcaseClockSubscriber],
  exports: [DemoSeedService],
})
export class DemoModule {}
