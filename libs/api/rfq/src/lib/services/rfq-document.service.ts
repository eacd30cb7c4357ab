import { Injectable } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { DocumentSettings, FileService } from '@bc/api/files';
import { UserDirectory } from '@bc/api/identity';
import { CpvService } from '@bc/api/suppliers';
import { PurchaseCase } from '@bc/api/purchasing';
import { renderRfqDocument, RfqDocumentData } from '../documents/rfq-document';
import { Rfq } from '../entities/rfq.entity';
import { RfqService } from './rfq.service';

/** The RFQ document (PDF) of an RFQ, for the buyer team and for the invitees (whose portal serves it). */
@Injectable()
export class RfqDocumentService {
  constructor(
    private readonly rfqs: RfqService,
    private readonly directory: UserDirectory,
    private readonly cpv: CpvService,
    private readonly files: FileService,
    private readonly documents: DocumentSettings,
  ) {}

  /** The PDF as a download: `portalUrl` is where the reader quotes. */
  async pdf(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase, portalUrl: string): Promise<{ name: string; contentType: string; body: Buffer }> {
    const data = await this.documentData(ctx, rfq, purchaseCase, portalUrl);
    return { name: `${rfq.reference}.pdf`, contentType: 'application/pdf', body: await renderRfqDocument(data) };
  }

  async documentData(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase, portalUrl: string): Promise<RfqDocumentData> {
    const spec = await this.rfqs.specification(ctx, rfq);
    const buyer = await this.directory.organization(ctx, rfq.organizationId);
    const contact = await this.directory.one(ctx, rfq.publishedBy ?? rfq.createdBy);
    const category = purchaseCase.categoryCode ? await this.cpv.get(ctx, purchaseCase.categoryCode) : null;
    const described = await this.files.describe(ctx, spec.attachmentIds);
    const files = spec.attachmentIds.flatMap((id) => described.filter((f) => f.id === id));
    const { generatedAt, ...setting } = await this.documents.forReader(ctx);
    return {
      ...setting,
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
      generatedAt,
    };
  }
}
