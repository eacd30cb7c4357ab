import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { IdentityModule } from '@bc/api/identity';
import { MailModule } from '@bc/api/mail';
import { PurchasingModule } from '@bc/api/purchasing';
import { RfqModule } from '@bc/api/rfq';
import { SuppliersModule } from '@bc/api/suppliers';

/** Award proposals, the approval policy and route, approvals, award and regret letters, delivery performance. */
@Module({
  imports: [AuditModule, IdentityModule, MailModule, PurchasingModule, RfqModule, SuppliersModule],
  providers: [],
  exports: [],
})
export class AwardModule {}
