import { Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, Ctx, RequestContext } from '@bc/api/core';
import { assertCan, orNotFound, sendDownload, SignedInController } from '@bc/api/files';
import { Permission } from '@bc/shared/domain';
import { RfqDocumentService } from './services/rfq-document.service';
import { RfqService } from './services/rfq.service';

/** The RFQ's PDF document for the buyer team (the invitees get theirs through the portal). */
@SignedInController('api')
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
