import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { AwardModule } from '@bc/api/award';
import { FilesModule } from '@bc/api/files';
import { PurchasingModule } from '@bc/api/purchasing';
import { RfqModule } from '@bc/api/rfq';
import { AnalyticsExportController } from './analytics-export.controller';
import { AnalyticsResolver } from './resolvers/analytics.resolver';
import { SupplierScorecardResolver } from './resolvers/supplier-scorecard.resolver';
import { AnalyticsFactsService } from './services/analytics-facts.service';
import { AnalyticsService } from './services/analytics.service';
import { SupplierScorecardService } from './services/supplier-scorecard.service';

/** Procurement analytics over an organization's cases (issue 17) and supplier scorecards, read from fact views a job refreshes. */
@Module({
  imports: [AuditModule, PurchasingModule, RfqModule, AwardModule, FilesModule],
  controllers: [AnalyticsExportController],
  providers: [AnalyticsFactsService, AnalyticsService, AnalyticsResolver, SupplierScorecardService, SupplierScorecardResolver],
  exports: [AnalyticsService, AnalyticsFactsService],
})
export class AnalyticsModule {}
