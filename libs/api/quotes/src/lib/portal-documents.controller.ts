import { Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, Ctx, notFound, TransactionalConnection, RequestContext } from '@bc/api/core';
import { assertCan, FileService, orNotFound, sendDownload, sendStoredFile, SignedInController } from '@bc/api/files';
import { PurchaseCase } from '@bc/api/purchasing';
import { RfqDocumentService, RfqService } from '@bc/api/rfq';
import { Permission } from '@bc/shared/domain';
import { PortalService } from './services/portal.service';
import { QuoteService } from './services/quote.service';

/**
 * Downloads around quotes: for invitees the RFQ's PDF document and the specification's
 * attachments; for the buyer team quote attachments, only once the RFQ has closed (before that
 * they are sealed like the rest of the quote).
 */
@SignedInController('api')
export class PortalDocumentsController {
  constructor(
    private readonly rfqs: RfqService,
    private readonly documents: RfqDocumentService,
    private readonly portal: PortalService,
    private readonly quotes: QuoteService,
    private readonly files: FileService,
    private readonly connection: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('rfqs/:id/quote-files/:fileId')
  async quoteFile(@Ctx() ctx: RequestContext, @Param('id') id: string, @Param('fileId') fileId: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.QUOTE_READ);
    const ok = await orNotFound(() => this.quotes.attachmentOfOpenedRfq(ctx, id, fileId));
    if (!ok) throw notFound('Document');
    sendStoredFile(res, await this.files.openChecked(ctx, fileId));
  }

  @Get('portal/invitations/:id/document.pdf')
  async supplierDocument(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.SUPPLIER_PORTAL_USE);
    const p = await orNotFound(() => this.portal.invitation(ctx, id));
    const purchaseCase = await this.connection.getRepository(ctx, PurchaseCase).findOneOrFail({ where: { id: p.rfq.caseId } });
    sendDownload(res, await this.documents.pdf(ctx, p.rfq, purchaseCase, `${this.config.publicUrl}/portal/rfqs/${id}`));
  }

  @Get('portal/invitations/:id/files/:fileId')
  async specificationFile(@Ctx() ctx: RequestContext, @Param('id') id: string, @Param('fileId') fileId: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.SUPPLIER_PORTAL_USE);
    const p = await orNotFound(() => this.portal.invitation(ctx, id));
    const spec = await this.rfqs.specification(ctx, p.rfq);
    if (!spec.attachmentIds.includes(fileId)) throw new NotFoundException('Not found');
    sendStoredFile(res, await this.files.openChecked(ctx, fileId));
  }
}
