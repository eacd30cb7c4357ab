import { NegotiationRecords } from './services/negotiation-records';
import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { IdentityModule } from '@bc/api/identity';
import { PurchasingModule } from '@bc/api/purchasing';
import { EvaluationModule } from '@bc/api/evaluation';
import { QuotesModule } from '@bc/api/quotes';
import { RfqModule } from '@bc/api/rfq';
import { NegotiationResolver, RfqNegotiationFieldResolver } from './resolvers/negotiation.resolver';
import { PortalRoundsFieldResolver } from './resolvers/portal-rounds.resolver';
import { NegotiationService } from './services/negotiation.service';
import { NegotiationMailHandlers } from './services/negotiation-mail-handlers';

/** Negotiation rounds after the evaluation: skipping, opening and ending rounds, finishing. */
@Module({
  imports: [AuditModule, IdentityModule, PurchasingModule, RfqModule, QuotesModule, EvaluationModule],
  providers: [NegotiationRecords, NegotiationService, NegotiationMailHandlers, NegotiationResolver, RfqNegotiationFieldResolver, PortalRoundsFieldResolver],
  exports: [NegotiationRecords, NegotiationService],
})
export class NegotiationModule {}
