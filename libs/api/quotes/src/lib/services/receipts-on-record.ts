import { Injectable, OnModuleInit } from '@nestjs/common';
import { QuoteOpening, ReceiptOnRecord, RfqClosingService } from '@bc/api/rfq';
import type { EntityManager } from 'typeorm';

export type { ReceiptOnRecord };

/**
 * The receipt hashes of the quotes on the table (the current revision of every submitted quote),
 * for the audit event of the moment the buying side may read them: the opening (`rfq.closed`), or
 * under two envelopes the technical lock. A hash is on the buyer's record only once its content is.
 */
export async function receiptsOnRecord(em: EntityManager, rfqId: string): Promise<ReceiptOnRecord[]> {
  const rows: Array<{ supplier: string; revision: number; sha256: string; submitted_at: Date }> = await em.query(
    `SELECT i.supplier_name AS supplier, r.revision, r.content_sha256 AS sha256, r.submitted_at
       FROM quote q JOIN rfq_invitation i ON i.id = q.invitation_id
       JOIN quote_revision r ON r.quote_id = q.id AND r.revision = q.current_revision
      WHERE q.rfq_id = $1 AND q.status = 'SUBMITTED' ORDER BY i.supplier_name`,
    [rfqId],
  );
  return rows.map((r) => ({ supplier: r.supplier, revision: r.revision, sha256: r.sha256, submittedAt: new Date(r.submitted_at).toISOString() }));
}

/** Closing an RFQ (`@bc/api/rfq`, below this library) counts and opens the quotes through this. */
@Injectable()
export class QuoteOpeningService implements QuoteOpening, OnModuleInit {
  constructor(private readonly closing: RfqClosingService) {}

  onModuleInit(): void {
    this.closing.useQuoteOpening(this);
  }

  async tally(em: EntityManager, rfqId: string): Promise<{ invited: number; quoted: number }> {
    const [counts]: Array<{ invited: number; quoted: number }> = await em.query(
      `SELECT count(*)::int AS invited, count(*) FILTER (WHERE q.status = 'SUBMITTED')::int AS quoted
         FROM rfq_invitation i LEFT JOIN quote q ON q.invitation_id = i.id WHERE i.rfq_id = $1`,
      [rfqId],
    );
    return counts;
  }

  receiptsOnRecord(em: EntityManager, rfqId: string): Promise<ReceiptOnRecord[]> {
    return receiptsOnRecord(em, rfqId);
  }
}
