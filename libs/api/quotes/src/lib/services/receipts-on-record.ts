import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '@bc/api/core';
import { QuoteOpening, ReceiptOnRecord, RfqClosingService } from '@bc/api/rfq';
import { QuoteRecords } from './quote-records';

export type { ReceiptOnRecord };

/** Closing an RFQ (`@bc/api/rfq`, below this library) counts and opens the quotes through this. */
@Injectable()
export class QuoteOpeningService implements QuoteOpening, OnModuleInit {
  constructor(
    private readonly closing: RfqClosingService,
    private readonly records: QuoteRecords,
  ) {}

  onModuleInit(): void {
    this.closing.useQuoteOpening(this);
  }

  tally(ctx: RequestContext, rfqId: string): Promise<{ invited: number; quoted: number }> {
    return this.records.tally(ctx, rfqId);
  }

  receiptsOnRecord(ctx: RequestContext, rfqId: string): Promise<ReceiptOnRecord[]> {
    return this.records.receiptsOnRecord(ctx, rfqId);
  }
}
