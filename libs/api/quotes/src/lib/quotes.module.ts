import { QuoteRecords } from './services/quote-records';
import { InvitationRounds } from './services/invitation-rounds';
import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { FilesModule } from '@bc/api/files';
import { IdentityModule } from '@bc/api/identity';
import { MailModule } from '@bc/api/mail';
import { PurchasingModule } from '@bc/api/purchasing';
import { RfqModule } from '@bc/api/rfq';
import { PortalDocumentsController } from './portal-documents.controller';
import { PortalResolver, SupplierRegistrationResolver } from './resolvers/portal.resolver';
import { RfqQuotesFieldResolver } from './resolvers/rfq-quotes.resolver';
import { PortalService } from './services/portal.service';
import { QuoteService } from './services/quote.service';
import { QuoteMailHandlers } from './services/quote-mail-handlers';
import { QuoteOpeningService } from './services/receipts-on-record';
import { SealService } from './services/seal.service';
import { QuoteCaseFacts } from './services/quote-case-facts';

/** The supplier portal, sealed quotes with their revisions and receipts; opens them for closing (`QuoteOpeningService`). */
@Module({
  imports: [AuditModule, FilesModule, IdentityModule, MailModule, PurchasingModule, RfqModule],
  controllers: [PortalDocumentsController],
  providers: [QuoteRecords, InvitationRounds, PortalService, QuoteService, QuoteMailHandlers, SealService, QuoteOpeningService, QuoteCaseFacts, PortalResolver, SupplierRegistrationResolver, RfqQuotesFieldResolver],
  exports: [QuoteRecords, InvitationRounds, PortalService, QuoteService, SealService],
})
export class QuotesModule {}
