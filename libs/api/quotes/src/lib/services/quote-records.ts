import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { InvitationRecords, ReceiptOnRecord } from '@bc/api/rfq';

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
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly invitations: InvitationRecords,
  ) {}

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
    return new Set((await this.lastRoundAnswers(ctx, roundIds)).keys());
  }

  /** When each invitation last answered each of these negotiation rounds with a revision, by "round|invitation" key. */
  async lastRoundAnswers(ctx: RequestContext, roundIds: readonly string[]): Promise<Map<string, Date>> {
    if (roundIds.length === 0) return new Map();
    const rows: Array<{ round_id: string; invitation_id: string; at: Date }> = await this.connection.manager(ctx).query(
      `SELECT r.round_id, q.invitation_id, max(r.submitted_at) AS at FROM quote_revision r JOIN quote q ON q.id = r.quote_id
        WHERE r.round_id = ANY ($1::uuid[]) GROUP BY r.round_id, q.invitation_id`,
      [[...roundIds]],
    );
    return new Map(rows.map((r) => [`${r.round_id}|${r.invitation_id}`, new Date(r.at)]));
  }

  /**
   * The receipt hashes of the quotes on the table (the current revision of every submitted quote),
   * by supplier name, for the audit event of the moment the buying side may read them: the opening
   * (`rfq.closed`), or under two envelopes the technical lock. A hash is on the buyer's record only once its content is.
   */
  async receiptsOnRecord(ctx: RequestContext, rfqId: string): Promise<ReceiptOnRecord[]> {
    const rows: Array<{ invitation_id: string; revision: number; sha256: string; submitted_at: Date }> = await this.connection.manager(ctx).query(
      `SELECT q.invitation_id, r.revision, r.content_sha256 AS sha256, r.submitted_at
         FROM quote q JOIN quote_revision r ON r.quote_id = q.id AND r.revision = q.current_revision
        WHERE q.rfq_id = $1 AND q.status = 'SUBMITTED'`,
      [rfqId],
    );
    const byInvitation = new Map(rows.map((r) => [r.invitation_id, r]));
    return (await this.invitations.summaries(ctx, [...byInvitation.keys()])).flatMap((i) => {
      const r = byInvitation.get(i.id);
      return r ? [{ supplier: i.supplierName, revision: r.revision, sha256: r.sha256, submittedAt: new Date(r.submitted_at).toISOString() }] : [];
    });
  }

  /** How many suppliers the RFQ invited and how many of them have a submitted quote. */
  async tally(ctx: RequestContext, rfqId: string): Promise<{ invited: number; quoted: number }> {
    const invited = await this.invitations.idsOfRfq(ctx, rfqId);
    if (invited.length === 0) return { invited: 0, quoted: 0 };
    const [{ quoted }]: Array<{ quoted: number }> = await this.connection
      .manager(ctx)
      .query(`SELECT count(*)::int AS quoted FROM quote WHERE invitation_id = ANY ($1::uuid[]) AND status = 'SUBMITTED'`, [invited]);
    return { invited: invited.length, quoted };
  }
}
