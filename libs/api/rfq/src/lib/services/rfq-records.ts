import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { RfqStatus } from '@bc/shared/domain';

/** An RFQ as stored: its columns by their database names (what records and reports quote as they are). */
export type RfqRow = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface RfqInvitationRecord {
  id: string;
  supplier_name: string;
  status: string;
  created_at: Date;
  decline_reason: string | null;
}

/** An exchange rate as entered: numeric(18,8) read as its text, who entered it and when. */
export interface ExchangeRateRecord {
  currency: string;
  rate: string;
  set_at: Date;
  set_by: string | null;
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

  /** The RFQ's status and closing time, the row held FOR SHARE (a quote's change makes the closing wait for it). */
  async heldForShare(ctx: RequestContext, rfqId: string): Promise<{ status: RfqStatus; closes_at: Date }> {
    const [row] = await this.connection.manager(ctx).query(`SELECT status, closes_at FROM rfq WHERE id = $1 FOR SHARE`, [rfqId]);
    return row;
  }

  /** These RFQs' references and titles, by id (whose ever: the caller has checked). */
  async titles(ctx: RequestContext, rfqIds: readonly string[]): Promise<Map<string, { reference: string; title: string }>> {
    if (rfqIds.length === 0) return new Map();
    const rows: Array<{ id: string; reference: string; title: string }> = await this.connection
      .manager(ctx)
      .query(`SELECT id, reference, title FROM rfq WHERE id = ANY ($1::uuid[])`, [[...new Set(rfqIds)]]);
    return new Map(rows.map((r) => [r.id, { reference: r.reference, title: r.title }]));
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

  /** The RFQ's exchange rates as entered (rate as its decimal text), by currency. */
  enteredRates(ctx: RequestContext, rfqId: string): Promise<ExchangeRateRecord[]> {
    return this.connection
      .manager(ctx)
      .query(`SELECT r.currency, r.rate, r.set_at, r.set_by FROM rfq_exchange_rate r WHERE r.rfq_id = $1 ORDER BY r.currency`, [rfqId]);
  }

  /**
   * Enters (or replaces) the rate of `currency` for the RFQ; returns the rate it replaced (null for a
   * new one) and the stored one. The evaluation checks who may and when (the comparison is its own).
   */
  async setExchangeRate(ctx: RequestContext, rfqId: string, currency: string, rate: string, setAt: Date): Promise<{ previous: string | null; stored: ExchangeRateRecord }> {
    const em = this.connection.manager(ctx);
    const [previous] = await em.query(`SELECT rate FROM rfq_exchange_rate WHERE rfq_id = $1 AND currency = $2`, [rfqId, currency]);
    const [row] = await em.query(
      `INSERT INTO rfq_exchange_rate (rfq_id, currency, rate, set_by, set_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (rfq_id, currency) DO UPDATE SET rate = EXCLUDED.rate, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
       RETURNING currency, rate, set_at, set_by`,
      [rfqId, currency, rate, ctx.userId, setAt],
    );
    return { previous: previous ? String(previous.rate) : null, stored: row };
  }

  /** Who was invited, and how each answered, by supplier name. */
  invitations(ctx: RequestContext, rfqId: string): Promise<RfqInvitationRecord[]> {
    return this.connection.manager(ctx).query(
      `SELECT id, supplier_name, status, created_at, decline_reason FROM rfq_invitation WHERE rfq_id = $1 AND organization_id = $2 ORDER BY supplier_name, id`,
      [rfqId, ctx.organizationId],
    );
  }
}
