import { ScoreRecords } from './services/score-records';
import { Module } from '@nestjs/common';
import { AuditModule } from '@bc/api/audit';
import { FilesModule } from '@bc/api/files';
import { IdentityModule } from '@bc/api/identity';
import { PurchasingModule } from '@bc/api/purchasing';
import { QuotesModule } from '@bc/api/quotes';
import { RfqModule } from '@bc/api/rfq';
import { EvaluationReportController } from './evaluation-report.controller';
import { ComparisonResolver, RfqComparisonFieldResolver, RfqComparisonLinesResolver } from './resolvers/comparison.resolver';
import { RfqEvaluationFieldResolver, ScoringResolver } from './resolvers/scoring.resolver';
import { RfqComparisonController } from './rfq-comparison.controller';
import { ComparisonService } from './services/comparison.service';
import { ComparisonWorkbookSheets } from './services/comparison-workbook-sheets';
import { EvaluationCaseFacts } from './services/evaluation-case-facts';
import { ScoringService } from './services/scoring.service';

/** The evaluation of a closed RFQ: the comparison and its workbook, scoring, two envelopes, the evaluation report. */
@Module({
  imports: [AuditModule, FilesModule, IdentityModule, PurchasingModule, RfqModule, QuotesModule],
  controllers: [RfqComparisonController, EvaluationReportController],
  providers: [ScoreRecords, ComparisonService, ComparisonWorkbookSheets, ScoringService, EvaluationCaseFacts, ComparisonResolver, RfqComparisonFieldResolver, RfqComparisonLinesResolver, ScoringResolver, RfqEvaluationFieldResolver],
  exports: [ScoreRecords, ComparisonService, ComparisonWorkbookSheets, ScoringService],
})
export class EvaluationModule {}
