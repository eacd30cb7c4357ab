import { Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Ctx, RequestContext } from '@bc/api/core';
import { UserDirectory } from '@bc/api/identity';
import { assertCan, DocumentSettings, orNotFound, sendDownload, SignedInController } from '@bc/api/files';
import { Permission } from '@bc/shared/domain';
import { EvaluationReportData, renderEvaluationReport } from './documents/evaluation-report';
import { RfqService } from '@bc/api/rfq';
import { ComparisonService } from './services/comparison.service';
import { ScoringService } from './services/scoring.service';

/**
 * The evaluation report of a closed RFQ as a PDF (comparison summary, every evaluator's scores,
 * ranking and sensitivity), for whoever may read quotes, in the reader's language. Before closing
 * the quotes are sealed and the route answers 404, like every other way to their content.
 */
@SignedInController('api')
export class EvaluationReportController {
  constructor(
    private readonly comparisons: ComparisonService,
    private readonly scoring: ScoringService,
    private readonly rfqs: RfqService,
    private readonly directory: UserDirectory,
    private readonly documents: DocumentSettings,
  ) {}

  @Get('rfqs/:id/evaluation-report.pdf')
  async report(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.QUOTE_READ);
    // Both refuse with SEALED until the RFQ has closed (→ 404); the comparison with PRICES_HIDDEN before a two-envelope lock (→ 409).
    const comparison = await orNotFound(() => this.comparisons.compare(ctx, id));
    const evaluation = await orNotFound(() => this.scoring.evaluate(ctx, id));
    const { rfq, purchaseCase } = await orNotFound(() => this.rfqs.open(ctx, id, Permission.QUOTE_READ));
    const buyer = await this.directory.organization(ctx, rfq.organizationId);
    const setting = await this.documents.forReader(ctx);

    const requirements = new Map(comparison.requirements.map((r) => [r.key, r]));
    const data: EvaluationReportData = {
      locale: setting.locale,
      timeZone: setting.timeZone,
      buyer: { name: buyer?.name ?? '' },
      purchaseCase: { reference: purchaseCase.reference, title: purchaseCase.title },
      rfq: { reference: rfq.reference, title: rfq.title, currency: rfq.currency, closedAt: rfq.closedAt },
      exchangeRates: comparison.exchangeRates,
      missingRates: comparison.missingRates,
      lineCount: comparison.lines.length,
      comparison: comparison.suppliers.map((s) => ({
        supplierName: s.supplierName,
        currency: s.currency,
        total: s.total,
        comparableTotal: s.totalConverted,
        validUntil: s.validUntil,
        linesQuoted: s.linesQuoted,
        complete: s.complete,
        mustHavesNotMet: s.mustHaveNotMetKeys.flatMap((key) => {
          const r = requirements.get(key);
          return r ? [{ position: r.position, text: r.text }] : [];
        }),
      })),
      criteria: evaluation.criteria,
      suppliers: evaluation.suppliers,
      rankingComplete: evaluation.rankingComplete,
      sensitivity: evaluation.sensitivity,
      generatedAt: setting.generatedAt,
    };
    const pdf = await renderEvaluationReport(data);
    sendDownload(res, { name: `${rfq.reference}-evaluation-report.pdf`, contentType: 'application/pdf', body: pdf });
  }
}
