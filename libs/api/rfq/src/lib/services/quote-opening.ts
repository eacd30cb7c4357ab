import type { RequestContext } from '@bc/api/core';

/** A receipt hash put on the record when the buying side may read the quote behind it. */
export interface ReceiptOnRecord {
  supplier: string;
  revision: number;
  sha256: string;
  submittedAt: string;
}

/**
 * What closing an RFQ needs from its quotes. Quotes are a library above this one (`@bc/api/quotes`),
 * which registers its implementation with `RfqClosingService.useQuoteOpening` when its module
 * starts; this library never reads the quote tables itself.
 */
export interface QuoteOpening {
  /** (In the closing's transaction: `ctx` carries it.) How many suppliers were invited and how many have a submitted quote. */
  tally(ctx: RequestContext, rfqId: string): Promise<{ invited: number; quoted: number }>;
  /** The receipt hashes of the quotes on the table, for the audit event of the opening. */
  receiptsOnRecord(ctx: RequestContext, rfqId: string): Promise<ReceiptOnRecord[]>;
}
