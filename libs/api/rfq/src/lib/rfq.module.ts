import { InvitationRecords } from './services/invitation-records';
import { RfqRecords } from './services/rfq-records';
import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { FilesModule } from '@bc/api/files';
import { IdentityModule } from '@bc/api/identity';
import { MailModule } from '@bc/api/mail';
import { PurchasingModule } from '@bc/api/purchasing';
import { SuppliersModule } from '@bc/api/suppliers';
import { CaseRfqResolver, RfqResolver } from './resolvers/rfq.resolver';
import { RfqDocumentsController } from './rfq-documents.controller';
import { QuestionService } from './services/question.service';
import { RegistrationService } from './services/registration.service';
import { RfqClosingService } from './services/rfq-closing.service';
import { RfqDocumentService } from './services/rfq-document.service';
import { RfqMailer } from './services/rfq-mailer.service';
import { RfqRecipients } from './services/rfq-recipients';
import { RfqMailHandlers } from './mail/rfq-mail-handlers';
import { RfqService } from './services/rfq.service';
import { RfqCaseFacts } from './services/rfq-case-facts';

/**
 * RFQs: set-up, approval, publishing, invitations and supplier registration, questions, the
 * closing job, the RFQ emails and the RFQ document. Quotes, evaluation and negotiation are
 * libraries above this one.
 */
@Module({
  imports: [AuditModule, FilesModule, IdentityModule, MailModule, PurchasingModule, SuppliersModule],
  controllers: [RfqDocumentsController],
  providers: [RfqRecords, InvitationRecords, RfqService, RfqCaseFacts, RfqRecipients, RfqMailer, RfqMailHandlers, RfqClosingService, RfqDocumentService, QuestionService, RegistrationService, RfqResolver, CaseRfqResolver],
  exports: [RfqRecords, InvitationRecords, RfqService, RfqMailer, RfqClosingService, RfqDocumentService, QuestionService, RegistrationService, RfqResolver],
})
export class RfqModule {}
