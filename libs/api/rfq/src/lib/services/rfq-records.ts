import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';

/** An RFQ as stored: its columns by their database names (what records and reports quote as they are). */
export type RfqRow = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface RfqInvitationRecord {
  id: string;
  supplier_name: string;
  status: string;
  created_at: Date;
  decline_reason: string | null;
}

/**
 * The RFQ library's typed reads of its own tables for the records other libraries keep (the
 * decision record, the comparison): they ask here instead of reading `rfq*` tables with their own SQL.
 */
@Injectable()
export class RfqRecords {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The caller's organization's RFQ as stored, or undefined. */
  async row(ctx: RequestContext, rfqId: string): Promise<RfqRow | undefined> {
    const [rfq] = await this.connection.manager(ctx).query(`SELECT * FROM rfq WHERE id = $1 AND organization_id = $2`, [rfqId, ctx.organizationId]);
    return rfq;
  }

  /** The ids of a case's RFQs (every one, cancelled included). */
  async idsOfCase(ctx: RequestContext, caseId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.connection.manager(ctx).query(`SELECT id FROM rfq WHERE case_id = $1`, [caseId]);
    return rows.map((r) => r.id);
  }

  /** The RFQ's frozen exchange rates into the case currency, exact (as text), by currency. */
  exchangeRates(ctx: RequestContext, rfqId: string): Promise<Array<{ currency: string; rate: string }>> {
    return this.connection.manager(ctx).query(`SELECT currency, rate::text AS rate FROM rfq_exchange_rate WHERE rfq_id = $1 ORDER BY currency`, [rfqId]);
  }

  /** Who was invited, and how each answered, by supplier name. */
  invitations(ctx: RequestContext, rfqId: string): Promise<RfqInvitationRecord[]> {
    return this.connection.manager(ctx).query(
      `SELECT id, supplier_name, status, created_at, decline_reason FROM rfq_invitation WHERE rfq_id = $1 AND organization_id = $2 ORDER BY supplier_name, id`,
      [rfqId, ctx.organizationId],
    );
  }
}
