import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@bc/api/core';
import { CaseStage } from '@bc/shared/domain';

/** A specification version as a record names it: which, when and by whom approved, and how big. */
export interface SpecificationRecord {
  version: number;
  approved_at: Date | null;
  approved_by: string | null;
  lines: number;
  requirements: number;
}

/**
 * Purchasing's typed reads of its own tables for the records other libraries keep (the decision
 * record): they ask here instead of reading `specification_*` or `case_stage_change` with their own SQL.
 */
@Injectable()
export class CaseRecords {
  constructor(private readonly connection: TransactionalConnection) {}

  /** A specification version with its counts of lines and requirements (`approved_by` is the approver's id). */
  async specification(ctx: RequestContext, versionId: string): Promise<SpecificationRecord | undefined> {
    const [spec] = await this.connection.manager(ctx).query(
      `SELECT v.version, v.approved_at, v.approved_by,
              (SELECT count(*) FROM specification_line l WHERE l.version_id = v.id)::int AS lines,
              (SELECT count(*) FROM specification_requirement r WHERE r.version_id = v.id)::int AS requirements
         FROM specification_version v WHERE v.id = $1`,
      [versionId],
    );
    return spec;
  }

  /** The ids of a case's specification versions. */
  async specificationVersionIds(ctx: RequestContext, caseId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.connection.manager(ctx).query(`SELECT id FROM specification_version WHERE case_id = $1`, [caseId]);
    return rows.map((r) => r.id);
  }

  /** The reason given for the last move from one stage to another up to `until`, or undefined. */
  async lastReason(ctx: RequestContext, caseId: string, from: CaseStage, to: CaseStage, until: Date): Promise<string | null | undefined> {
    const [move] = await this.connection.manager(ctx).query(
      `SELECT reason FROM case_stage_change WHERE case_id = $1 AND from_stage = $2 AND to_stage = $3 AND occurred_at <= $4 ORDER BY occurred_at DESC LIMIT 1`,
      [caseId, from, to, until],
    );
    return move ? move.reason : undefined;
  }
}
