import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';

/** A submitted revision as the records list it: when, and the hash its receipt carries (not its content). */
export interface RevisionRecord {
  invitation_id: string;
  revision: number;
  submitted_at: Date;
  content_sha256: string;
  /** The negotiation round it answered, if any. */
  round_id: string | null;
}

/**
 * The quotes library's typed reads of `quote` and `quote_revision` for the records other
 * libraries keep: they ask here instead of reading those tables with their own SQL.
 */
@Injectable()
export class QuoteRecords {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Every revision of the RFQ's quotes submitted up to `until`, oldest first. */
  revisionsUpTo(ctx: RequestContext, rfqId: string, until: Date): Promise<RevisionRecord[]> {
    return this.connection.manager(ctx).query(
      `SELECT q.invitation_id, r.revision, r.submitted_at, r.content_sha256, r.round_id
         FROM quote_revision r JOIN quote q ON q.id = r.quote_id
        WHERE r.rfq_id = $1 AND q.organization_id = $2 AND r.submitted_at <= $3
        ORDER BY r.submitted_at, r.revision`,
      [rfqId, ctx.organizationId, until],
    );
  }

  /** Which invitations answered which of these negotiation rounds with a revision (as "round|invitation" keys). */
  async roundAnswers(ctx: RequestContext, roundIds: readonly string[]): Promise<Set<string>> {
    if (roundIds.length === 0) return new Set();
    const rows: Array<{ round_id: string; invitation_id: string }> = await this.connection.manager(ctx).query(
      `SELECT DISTINCT r.round_id, q.invitation_id FROM quote_revision r JOIN quote q ON q.id = r.quote_id WHERE r.round_id = ANY ($1::uuid[])`,
      [[...roundIds]],
    );
    return new Set(rows.map((r) => `${r.round_id}|${r.invitation_id}`));
  }
}
