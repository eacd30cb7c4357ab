import { lineTotal, quoteTotal } from '@bc/shared/domain';
import { QuoteContent } from '../services/quote-content';
import { RevisionView } from '../services/quote.service';
import { ConditionalDiscountType, QuoteContentType, QuoteRevisionType } from './quote.types';

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
    conditionalDiscounts: (c.conditionalDiscounts ?? []).map((d) => ({ ...d, type: d.type as ConditionalDiscountType })),
  };
}

export function toRevisionType(r: RevisionView, attachmentUrl: (fileId: string) => string | null): QuoteRevisionType {
  return {
    revision: r.revision,
    submittedAt: r.submittedAt,
    sha256: r.sha256,
    canonicalContent: r.canonical,
    receiptFormat: r.receiptFormat,
    nonce: r.nonce,
    content: toQuoteContentType(r.content, attachmentUrl),
  };
}

/**
 * A revision as the buying side sees it while prices are hidden (two envelopes, before the
 * technical lock): every amount blanked (nullable ones null, an alternative's price and total
 * empty), no conditional offers (their discounts and thresholds are prices too), the canonical text (which holds the prices) empty, and no receipt hash or nonce: a hash
 * is shown only to whoever may read the content behind it (a format 1 receipt of a one-line
 * quote gives its price away to anyone who tries prices against it).
 */
export function withoutPrices(r: QuoteRevisionType): QuoteRevisionType {
  return {
    ...r,
    canonicalContent: '',
    sha256: null,
    nonce: null,
    content: {
      ...r.content,
      total: null,
      lines: r.content.lines.map((l) => ({ ...l, unitPrice: null, total: null, alternatives: l.alternatives.map((a) => ({ ...a, unitPrice: '', total: '' })) })),
      conditionalDiscounts: [],
    },
  };
}
