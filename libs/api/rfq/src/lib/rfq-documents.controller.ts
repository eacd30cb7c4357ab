import { Controller, Get, Inject, Param, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, AppError, Ctx, notFound, RequestContext, Public } from '@bc/api/core';
import { assertCan, sendDownload, SignedInGuard } from '@bc/api/files';
import { ErrorCode, Permission } from '@bc/shared/domain';
import { RfqDocumentService } from './services/rfq-document.service';
import { RfqService } from './services/rfq.service';

/** Maps expected failures to HTTP: anything the caller may not see (or not yet: SEALED) is a plain 404. */
export async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AppError && [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN, ErrorCode.SEALED].includes(e.code)) throw notFound('Document');
    throw e;
  }
}

/** The RFQ's PDF document for the buyer team (the invitees get theirs through the portal). */
@Controller('api')
@Public()
@UseGuards(SignedInGuard)
export class RfqDocumentsController {
  constructor(
    private readonly rfqs: RfqService,
    private readonly documents: RfqDocumentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('rfqs/:id/document.pdf')
  async buyerDocument(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.RFQ_READ);
    const { rfq, purchaseCase } = await orNotFound(() => this.rfqs.open(ctx, id, Permission.RFQ_READ));
    sendDownload(res, await this.documents.pdf(ctx, rfq, purchaseCase, `${this.config.publicUrl}/portal`));
  }
}
