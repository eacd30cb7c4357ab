import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, RequestContext, TransactionalConnection } from '@bc/api/core';
import { PurchaseCase } from '@bc/api/purchasing';
import { Locale } from '@bc/shared/domain';
import { renderRfqDocument, RfqDocumentData } from '../documents/rfq-document';
import { Rfq } from '../entities/rfq.entity';
import { RfqService } from './rfq.service';

/** The RFQ document (PDF) of an RFQ, for the buyer team and for the invitees (whose portal serves it). */
@Injectable()
export class RfqDocumentService {
  constructor(
    private readonly rfqs: RfqService,
    private readonly connection: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The PDF as a download: `portalUrl` is where the reader quotes. */
  async pdf(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase, portalUrl: string): Promise<{ name: string; contentType: string; body: Buffer }> {
    const data = await this.documentData(ctx, rfq, purchaseCase, portalUrl);
    return { name: `${rfq.reference}.pdf`, contentType: 'application/pdf', body: await renderRfqDocument(data) };
  }

  async documentData(ctx: RequestContext, rfq: Rfq, purchaseCase: PurchaseCase, portalUrl: string): Promise<RfqDocumentData> {
    const em = this.connection.manager(ctx);
    const spec = await this.rfqs.specification(ctx, rfq);
    const [buyer] = await em.query(`SELECT name, country FROM organization WHERE id = $1`, [rfq.organizationId]);
    const [contact] = await em.query(`SELECT name, email FROM app_user WHERE id = $1`, [rfq.publishedBy ?? rfq.createdBy]);
    const [category] = purchaseCase.categoryCode ? await em.query(`SELECT label FROM cpv_code WHERE code = $1`, [purchaseCase.categoryCode]) : [];
    const files: Array<{ id: string; name: string; size_bytes: number }> = spec.attachmentIds.length
      ? await em.query(`SELECT id, name, size_bytes FROM stored_file WHERE id = ANY ($1::uuid[])`, [spec.attachmentIds])
      : [];
    const [me] = await em.query(`SELECT locale FROM app_user WHERE id = $1`, [ctx.userId]);
    return {
      locale: me?.locale === Locale.DE ? Locale.DE : Locale.EN,
      timeZone: this.config.displayTimeZone,
      buyer: { name: buyer.name, country: buyer.country ?? null },
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
        attachments: spec.attachmentIds
          .map((id) => files.find((f) => f.id === id))
          .filter((f): f is { id: string; name: string; size_bytes: number } => !!f)
          .map((f) => ({ name: f.name, sizeBytes: Number(f.size_bytes) })),
      },
      criteria: rfq.criteria,
      portalUrl,
      generatedAt: new Date(),
    };
  }
}
