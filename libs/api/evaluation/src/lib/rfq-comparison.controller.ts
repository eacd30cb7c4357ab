import { Get, Inject, Logger, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PassThrough } from 'node:stream';
import { APP_CONFIG, type AppConfig, Ctx, RequestContext } from '@bc/api/core';
import { assertCan, orNotFound, sendDownload, SignedInController } from '@bc/api/files';
import { Locale, Permission } from '@bc/shared/domain';
import { writeComparisonWorkbook } from './documents/comparison-workbook';
import { ComparisonService } from './services/comparison.service';
import { ComparisonWorkbookSheets } from './services/comparison-workbook-sheets';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The comparison of a closed RFQ as a spreadsheet (xlsx), labelled in the requesting user's language.
 * Prices still hidden (two envelopes, before the technical lock) answer 409 PRICES_HIDDEN: the
 * resource exists and the caller may see it later, so it is not a 404.
 *
 * The workbook is streamed: written row by row into the response (a comparison of hundreds of
 * quotes and lines is never held as a workbook or a zip in memory). So every refusal (permission,
 * sealed quotes, hidden prices, unknown RFQ) happens before the first byte; a failure after it can
 * only cut the download off, and is logged.
 */
@SignedInController('api')
export class RfqComparisonController {
  private readonly logger = new Logger('ComparisonWorkbook');

  constructor(
    private readonly comparisons: ComparisonService,
    private readonly contributedSheets: ComparisonWorkbookSheets,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('rfqs/:id/comparison.xlsx')
  async workbook(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.QUOTE_READ);
    const comparison = await orNotFound(() => this.comparisons.compareStreamed(ctx, id));
    const about = await this.comparisons.workbookContext(ctx, comparison.rfqId);
    // Sheets of the libraries above (award scenarios): read, and refused, before the first byte.
    const contributed = await this.contributedSheets.prepare(ctx, comparison.rfqId);
    const body = new PassThrough();
    sendDownload(res, { name: `${comparison.reference}-comparison.xlsx`, contentType: XLSX, body });
    try {
      await writeComparisonWorkbook(comparison, about.locale === Locale.DE ? Locale.DE : Locale.EN, {
        rfqTitle: about.rfqTitle,
        caseReference: about.caseReference,
        caseTitle: about.caseTitle,
        userName: about.userName,
        timeZone: this.config.displayTimeZone,
      }, body, new Date(), contributed);
    } catch (error) {
      this.logger.error({ err: error, rfqId: comparison.rfqId, requestId: ctx.requestId }, 'comparison workbook failed after its download had started');
      body.destroy(error as Error);
    }
  }
}
