import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';

/** A negotiation round as stored: its columns by their database names. */
export type RoundRow = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The negotiation library's typed reads of its own tables for the records other libraries keep
 * (the decision record): they ask here instead of reading `negotiation_round*` with their own SQL.
 */
@Injectable()
export class NegotiationRecords {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The RFQ's rounds opened up to `until`, by number. */
  roundsUpTo(ctx: RequestContext, rfqId: string, until: Date): Promise<RoundRow[]> {
    return this.connection.manager(ctx).query(
      `SELECT * FROM negotiation_round WHERE rfq_id = $1 AND organization_id = $2 AND opened_at <= $3 ORDER BY number`,
      [rfqId, ctx.organizationId, until],
    );
  }

  /** Who was asked in each of these rounds. */
  async invited(ctx: RequestContext, roundIds: readonly string[]): Promise<Array<{ round_id: string; invitation_id: string }>> {
    if (roundIds.length === 0) return [];
    return this.connection.manager(ctx).query(
      `SELECT round_id, invitation_id FROM negotiation_round_invitation WHERE round_id = ANY ($1::uuid[])`,
      [[...roundIds]],
    );
  }
}
