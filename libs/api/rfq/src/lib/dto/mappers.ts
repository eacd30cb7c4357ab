import { DEFAULT_CRITERIA, ImportanceClass } from '@bc/shared/domain';
import { Rfq } from '../entities/rfq.entity';
import { lineTotal, QuoteContent, quoteTotal } from '../services/quote-content';
import { RevisionView } from '../services/quote.service';
import { QuoteContentType, QuoteRevisionType, RfqType } from './rfq.types';

export function toRfqType(rfq: Rfq, importance: ImportanceClass, specificationVersion: number): RfqType {
  return {
    ...rfq,
    importance,
    specificationVersion,
    criteria: rfq.criteria,
    defaultCriteria: DEFAULT_CRITERIA[importance].map((c) => ({ ...c })),
    approvalRequestedByName: null,
    approvalDecidedByName: null,
    documentUrl: `/api/rfqs/${rfq.id}/document.pdf`,
    quotesOpen: rfq.status === 'CLOSED' && !!rfq.closedAt,
  };
}

/** `attachmentUrl` gives where the viewer may download an attachment (null: not for this viewer). */
export function toQuoteContentType(c: QuoteContent, attachmentUrl: (fileId: string) => string | null): QuoteContentType {
  return {
    currency: c.currency,
    supplierReference: c.supplierReference,
    validUntil: c.validUntil,
    paymentTerms: c.paymentTerms,
    deliveryTerms: c.deliveryTerms,
    note: c.note,
    total: quoteTotal(c.lines),
    lines: c.lines.map((l) => ({
      ...l,
      total: lineTotal(l),
      alternatives: l.alternatives.map((a) => ({ ...a, total: lineTotal(a) ?? '0.00' })),
    })),
    answers: c.answers,
    attachments: c.attachments.map((a) => ({ ...a, url: attachmentUrl(a.fileId) })),
  };
}

export function toRevisionType(r: RevisionView, attachmentUrl: (fileId: string) => string | null): QuoteRevisionType {
  return { revision: r.revision, submittedAt: r.submittedAt, sha256: r.sha256, canonicalContent: r.canonical, content: toQuoteContentType(r.content, attachmentUrl) };
}
