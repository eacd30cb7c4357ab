import { Module } from '@nestjs/common';
import { AuctionModule } from '@bc/api/auction';
import { AwardModule } from '@bc/api/award';
import { PurchasingModule } from '@bc/api/purchasing';
import { RfqModule } from '@bc/api/rfq';
import { QuotesModule } from '@bc/api/quotes';
import { EvaluationModule } from '@bc/api/evaluation';
import { NegotiationModule } from '@bc/api/negotiation';
import { SuppliersModule } from '@bc/api/suppliers';
import { AuctionApprovalTasks } from './auction-approval-tasks';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

/** "My tasks": the start page of every user, drawn from the purchasing, RFQ, auction and award rules. */
@Module({
  imports: [AuctionModule, AwardModule, PurchasingModule, RfqModule, QuotesModule, EvaluationModule, NegotiationModule, SuppliersModule],
  providers: [AuctionApprovalTasks, TasksService, TasksResolver],
  exports: [TasksService],
})
export class TasksModule {}
