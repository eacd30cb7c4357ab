import { Controller, Get, NotFoundException, Param, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, AppError, Ctx, notFound, TransactionalConnection, RequestContext, Public } from '@bc/api/core';
import { assertCan, FileService, sendDownload, sendStoredFile, SignedInGuard } from '@bc/api/files';
import { UserDirectory } from '@bc/api/identity';
import { PurchaseCase } from '@bc/api/purchasing';
import { CpvService } from '@bc/api/suppliers';
import { ErrorCode, Permission } from '@bc/shared/domain';
import { Inject } from '@nestjs/common';
import { Rfq } from './entities/rfq.entity';
import { renderRfqDocument, RfqDocumentData } from './documents/rfq-document';
import { PortalService } from './services/portal.service';
import { QuoteService } from './services/quote.service';
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

/**
 * Downloads around an RFQ: its PDF document (for the buyer team and for invitees), the
 * specification's attachments (for invitees), and quote attachments (for the buyer team, only
 * once the RFQ has closed: before that they are sealed like the rest of the quote).
 */
@Controller('api')
@Public()
@UseGuards(SignedInGuard)
export class RfqDocumentsController {
  constructor(
    private readonly rfqs: RfqService,
    private readonly portal: PortalService,
    private readonly quotes: QuoteService,
    private readonly files: FileService,
    private readonly connection: TransactionalConnection,
    private readonly directory: UserDirectory,
    private readonly cpv: CpvService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('rfqs/:id/document.pdf')
  async buyerDocument(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.RFQ_READ);
    const { rfq, purchaseCase } = await orNotFound(() => this.rfqs.open(ctx, id, Permission.RFQ_READ));
    await this.sendPdf(ctx, res, rfq, purchaseCase, `${this.config.publicUrl}/portal`);
  }

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
    await this.sendPdf(ctx, res, p.rfq, purchaseCase, `${this.config.publicUrl}/portal/rfqs/${id}`);
  }

  @Get('portal/invitations/:id/files/:fileId')
  async specificationFile(@Ctx() ctx: RequestContext, @Param('id') id: string, @Param('fileId') fileId: string, @Res() res: Response): Promise<void> {
    assertCan(ctx, Permission.SUPPLIER_PORTAL_USE);
    const p = await orNotFound(() => this.portal.invitation(ctx, id));
    const spec = await this.portal.specification(ctx, p.rfq);
    if (!spec.attachmentIds.includes(fileId)) throw new NotFoundException('Not found');
    sendStoredFile(res, await this.files.openChecked(ctx, fileId));
  }

  private async sendPdf(ctx: RequestContext, res: Response, rfq: Rfq, purchaseCase: PurchaseCase, portalUrl: string): Promise<void> {
    const data = await this.documentData(ctx, rfq, purchaseCase, portalUrl);
    const pdf = await renderRfqDocument(data);
    sendDownload(res, { name: `${rfq.reference}.pdf`, contentType: 'application/pdf', body: pdf });
  }

  async documentData(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase, portalUrl: string): Promise<RfqDocumentData> {
    const spec = await this.portal.specification(ctx, rfq);
    const buyer = await this.directory.organization(ctx, rfq.organizationId);
    const contact = await this.directory.one(ctx, rfq.publishedBy ?? rfq.createdBy);
    const category = purchaseCase.categoryCode ? await this.cpv.get(ctx, purchaseCase.categoryCode) : null;
    const files = await this.portal.specificationDocuments(ctx, spec.attachmentIds);
    const locale = await this.directory.readerLocale(ctx);
    return {
      locale,
      timeZone: this.config.displayTimeZone,
      buyer: { name: buyer?.name ?? '', country: buyer?.country ?? null },
      contact: contact ? { name: contact.name, email: contact.email } : null,
      rfq: {
        reference: rfq.reference,
        title: rfq.title,
        description: rfq.description,
        currency: rfq.currency,
        status: rfq.status,
        closesAt: rfq.closesAt,
        questionsCloseAt: rfq.questionsCloseAt,
        publishedAt: rfq.publishedAt,
        deliveryTerms: rfq.deliveryTerms,
        deliveryDate: rfq.deliveryDate,
        deliveryAddress: rfq.deliveryAddress,
        paymentTerms: rfq.paymentTerms,
        validityDays: rfq.validityDays,
        instructions: rfq.instructions,
      },
      purchaseCase: {
        reference: purchaseCase.reference,
        importance: purchaseCase.importance,
        purchaseType: purchaseCase.purchaseType,
        categoryCode: purchaseCase.categoryCode,
        categoryLabel: category?.label ?? null,
      },
      specification: {
        version: spec.version.version,
        approvedAt: spec.version.approvedAt,
        lines: spec.lines.map((l, i) => ({ position: i + 1, description: l.description, quantity: l.quantity, unit: l.unit, attributes: l.attributes })),
        requirements: spec.requirements.map((r, i) => ({ position: i + 1, text: r.text, kind: r.kind, weight: r.weight })),
        attachments: files.map((f) => ({ name: f.name, sizeBytes: f.sizeBytes })),
      },
      criteria: rfq.criteria,
      portalUrl,
      generatedAt: new Date(),
    };
  }
}
