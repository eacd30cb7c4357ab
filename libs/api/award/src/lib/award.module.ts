import { AwardGrantService } from './services/award-grant.service';
import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { AuctionModule } from '@bc/api/auction';
import { FilesModule } from '@bc/api/files';
import { IdentityModule } from '@bc/api/identity';
import { MailModule } from '@bc/api/mail';
import { PurchasingModule } from '@bc/api/purchasing';
import { RfqModule } from '@bc/api/rfq';
import { QuotesModule } from '@bc/api/quotes';
import { EvaluationModule } from '@bc/api/evaluation';
import { NegotiationModule } from '@bc/api/negotiation';
import { SuppliersModule } from '@bc/api/suppliers';
import { ApprovalPolicyResolver, AwardResolver, CaseAwardResolver } from './resolvers/award.resolver';
import { ApprovalPolicyService } from './services/approval-policy.service';
import { AwardMailer } from './services/award-mailer.service';
import { AwardMailHandlers } from './mail/award-mail-handlers';
import { AwardViewService } from './services/award-view.service';
import { AwardService } from './services/award.service';
import { DeliveryResolver } from './resolvers/delivery.resolver';
import { DeputyResolver } from './resolvers/deputy.resolver';
import { DeputyService } from './services/deputy.service';
import { StepReassignmentResolver } from './resolvers/step-reassignment.resolver';
import { StepReassignmentService } from './services/step-reassignment.service';
import { StepReservationsService } from './services/step-reservations.service';
import { PortalOutcomeResolver } from './resolvers/outcome.resolver';
import { DeliveryService } from './services/delivery.service';
import { OutcomeService } from './services/outcome.service';
import { DecisionRecordController } from './decision-record.controller';
import { DecisionRecordService } from './services/decision-record.service';
import { AwardCaseFacts } from './services/award-case-facts';

/** Award proposals, the approval policy and route, approvals, award and regret letters, delivery performance. */
@Module({
  imports: [AuditModule, AuctionModule, FilesModule, IdentityModule, MailModule, PurchasingModule, RfqModule, QuotesModule, EvaluationModule, NegotiationModule, SuppliersModule],
  controllers: [DecisionRecordController],
  providers: [AwardCaseFacts, DeputyService, DeputyResolver, StepReservationsService, StepReassignmentService, StepReassignmentResolver, DecisionRecordService, ApprovalPolicyService, AwardService, AwardGrantService, AwardViewService, AwardMailer, AwardMailHandlers, ApprovalPolicyResolver, AwardResolver, CaseAwardResolver, DeliveryService, DeliveryResolver, OutcomeService, PortalOutcomeResolver],
  exports: [ApprovalPolicyService, AwardService, AwardViewService, DeliveryService, StepReassignmentService],
})
export class AwardModule {}
