import { Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, Ctx, RequestContext } from '@bc/api/core';
import { assertCan, orNotFound, sendDownload, SignedInController } from '@bc/api/files';
import { Locale, Permission } from '@bc/shared/domain';
import { renderComparisonWorkbook } from './documents/comparison-workbook';
import { ComparisonService } from './services/comparison.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The comparison of a closed RFQ as a spreadsheet (xlsx), labelled in the requesting user's language.
 * Prices still hidden (two envelopes, before the technical lock) answer 409 PRICES_HIDDEN: the
 * resource exists and the caller may see it later, so it is not a 404.
 */
@SignedInController('api')
export class RfqComparisonController {
  constructor(
    private readonly comparisons: ComparisonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('rfqs/:id/comparison.xlsx')
  async workbook(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.QUOTE_READ);
    const comparison = await orNotFound(() => this.comparisons.compare(ctx, id));
    const about = await this.comparisons.workbookContext(ctx, comparison.rfqId);
    const xlsx = await renderComparisonWorkbook(comparison, about.locale === Locale.DE ? Locale.DE : Locale.EN, {
      rfqTitle: about.rfqTitle,
      caseReference: about.caseReference,
      caseTitle: about.caseTitle,
      userName: about.userName,
      timeZone: this.config.displayTimeZone,
    });
    sendDownload(res, { name: `${comparison.reference}-comparison.xlsx`, contentType: XLSX, body: xlsx });
  }
}
