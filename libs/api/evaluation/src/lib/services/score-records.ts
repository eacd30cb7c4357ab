import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';

/** One evaluator's score as it stood (who, in which role, what, and when). */
export interface ScoreRecord {
  invitation_id: string;
  criterion_key: string;
  evaluator_id: string;
  evaluator_role: string;
  score: number;
  comment: string | null;
  counted: boolean;
  created_at: Date;
}

/**
 * The evaluation library's typed reads of `evaluation_score` for the records other libraries keep
 * (the decision record): they ask here instead of reading the table with their own SQL.
 */
@Injectable()
export class ScoreRecords {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The scores current at `at` (later changes do not rewrite what stood then), by supplier, criterion and time. */
  currentAt(ctx: RequestContext, rfqId: string, at: Date): Promise<ScoreRecord[]> {
    return this.connection.manager(ctx).query(
      `SELECT s.invitation_id, s.criterion_key, s.evaluator_id, s.evaluator_role, s.score, s.comment, s.counted, s.created_at
         FROM evaluation_score s
        WHERE s.rfq_id = $1 AND s.organization_id = $2 AND s.created_at <= $3 AND (s.superseded_at IS NULL OR s.superseded_at > $3)
        ORDER BY s.invitation_id, s.criterion_key, s.created_at, s.evaluator_id`,
      [rfqId, ctx.organizationId, at],
    );
  }
}
