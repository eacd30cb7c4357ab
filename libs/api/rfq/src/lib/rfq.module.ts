import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { FilesModule } from '@bc/api/files';
import { IdentityModule } from '@bc/api/identity';
import { MailModule } from '@bc/api/mail';
import { PurchasingModule } from '@bc/api/purchasing';
import { SuppliersModule } from '@bc/api/suppliers';
import { PortalResolver, SupplierRegistrationResolver } from './resolvers/portal.resolver';
import { ComparisonResolver, RfqComparisonFieldResolver } from './resolvers/comparison.resolver';
import { CaseRfqResolver, RfqResolver } from './resolvers/rfq.resolver';
import { RfqEvaluationFieldResolver, ScoringResolver } from './resolvers/scoring.resolver';
import { NegotiationResolver, RfqNegotiationFieldResolver } from './resolvers/negotiation.resolver';
import { EvaluationReportController } from './evaluation-report.controller';
import { RfqComparisonController } from './rfq-comparison.controller';
import { RfqDocumentsController } from './rfq-documents.controller';
import { ComparisonService } from './services/comparison.service';
import { NegotiationService } from './services/negotiation.service';
import { PortalService } from './services/portal.service';
import { QuestionService } from './services/question.service';
import { QuoteService } from './services/quote.service';
import { RegistrationService } from './services/registration.service';
import { RfqClosingService } from './services/rfq-closing.service';
import { RfqMailer } from './services/rfq-mailer.service';
import { RfqService } from './services/rfq.service';
import { ScoringService } from './services/scoring.service';
import { SealService } from './services/seal.service';
import { RfqCaseFacts } from './services/rfq-case-facts';

/** RFQs, the supplier portal, sealed quotes, questions, the closing job, RFQ emails and the RFQ document. */
@Module({
  imports: [AuditModule, FilesModule, IdentityModule, MailModule, PurchasingModule, SuppliersModule],
  controllers: [RfqDocumentsController, RfqComparisonController, EvaluationReportController],
  providers: [
    RfqService,
    RfqCaseFacts,
    RfqMailer,
    RfqClosingService,
    PortalService,
    QuoteService,
    QuestionService,
    RegistrationService,
    SealService,
    ComparisonService,
    ScoringService,
    RfqResolver,
    CaseRfqResolver,
    PortalResolver,
    SupplierRegistrationResolver,
    ComparisonResolver,
    RfqComparisonFieldResolver,
    ScoringResolver,
    RfqEvaluationFieldResolver,
    NegotiationService,
    NegotiationResolver,
    RfqNegotiationFieldResolver,
  ],
  exports: [RfqService, QuoteService, PortalService, QuestionService, RfqClosingService, SealService, ComparisonService, ScoringService, NegotiationService],
})
export class RfqModule {}
