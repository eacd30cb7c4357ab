import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { FilesModule } from '@bc/api/files';
import { IdentityModule } from '@bc/api/identity';
import { MailModule } from '@bc/api/mail';
import { PurchasingModule } from '@bc/api/purchasing';
import { SuppliersModule } from '@bc/api/suppliers';
import { PortalResolver, SupplierRegistrationResolver } from './resolvers/portal.resolver';
import { CaseRfqResolver, RfqResolver } from './resolvers/rfq.resolver';
import { RfqDocumentsController } from './rfq-documents.controller';
import { PortalService } from './services/portal.service';
import { QuestionService } from './services/question.service';
import { QuoteService } from './services/quote.service';
import { RegistrationService } from './services/registration.service';
import { RfqClosingService } from './services/rfq-closing.service';
import { RfqMailer } from './services/rfq-mailer.service';
import { RfqService } from './services/rfq.service';
import { SealService } from './services/seal.service';

/** RFQs, the supplier portal, sealed quotes, questions, the closing job, RFQ emails and the RFQ document. */
@Module({
  imports: [AuditModule, FilesModule, IdentityModule, MailModule, PurchasingModule, SuppliersModule],
  controllers: [RfqDocumentsController],
  providers: [
    RfqService,
    RfqMailer,
    RfqClosingService,
    PortalService,
    QuoteService,
    QuestionService,
    RegistrationService,
    SealService,
    RfqResolver,
    CaseRfqResolver,
    PortalResolver,
    SupplierRegistrationResolver,
  ],
  exports: [RfqService, QuoteService, PortalService, QuestionService, RfqClosingService, SealService],
})
export class RfqModule {}
