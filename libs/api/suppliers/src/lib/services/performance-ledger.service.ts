import { Injectable } from '@nestjs/common';
import { Clock, RequestContext, TransactionalConnection } from '@bc/api/core';
import { UserDirectory } from '@bc/api/identity';
import { PerformanceEventKind } from '@bc/shared/domain';
import { UPDATE_RELIABILITY_SQL } from './reliability';

/** Events to append to a supplier's performance history (`count` equal ones: quality incidents). */
export interface NewPerformanceEvents {
  organizationId: string;
  supplierId: string;
  kind: PerformanceEventKind;
  /** YYYY-MM-DD; null: the day of `createdAt` (an award). */
  occurredOn: string | null;
  onTime: boolean | null;
  caseId: string | null;
  note: string | null;
  recordedBy: string | null;
  awardProposalId: string | null;
  /** Default: the transaction's time, shared by every event of one recording. */
  createdAt?: Date;
  count?: number;
}

/** A delivery recorded against an award, with its quality incidents counted. */
export interface AwardDeliveryRow {
  id: string;
  supplier_id: string;
  supplier_name: string;
  delivered_on: string;
  on_time: boolean;
  quality_incidents: number;
  note: string | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}

const AWARD_DELIVERIES_SQL = `
  SELECT e.id, e.supplier_id, s.name AS supplier_name, e.occurred_on::text AS delivered_on, e.on_time, e.note,
         e.recorded_by, e.created_at AS recorded_at,
         (SELECT count(*)::int FROM supplier_performance_event q
           WHERE q.award_proposal_id = e.award_proposal_id AND q.supplier_id = e.supplier_id AND q.kind = 'QUALITY_INCIDENT'
             AND q.created_at = e.created_at AND q.recorded_by IS NOT DISTINCT FROM e.recorded_by) AS quality_incidents
    FROM supplier_performance_event e
    JOIN supplier s ON s.id = e.supplier_id
   WHERE e.award_proposal_id = $1 AND e.organization_id = $2 AND e.kind = 'DELIVERY'`;

/**
 * The supplier directory's append-only performance history, for the libraries that record into it
 * (awards and deliveries): typed queries of this library's tables, so they write no SQL of their own.
 */
@Injectable()
export class PerformanceLedger {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly directory: UserDirectory,
    private readonly clock: Clock,
  ) {}

  /** Holds the supplier's row for the transaction (concurrent recordings recompute its score one after the other); null: not the organization's. */
  async lockSupplier(ctx: RequestContext, supplierId: string): Promise<{ id: string; name: string; reliabilityScore: number | null } | null> {
    const [row]: Array<{ id: string; name: string; reliability_score: number | null }> = await this.connection
      .manager(ctx)
      .query(`SELECT id, name, reliability_score FROM supplier WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [supplierId, ctx.organizationId]);
    return row ? { id: row.id, name: row.name, reliabilityScore: row.reliability_score } : null;
  }

  /** Appends the events; answers their ids. */
  async append(ctx: RequestContext, e: NewPerformanceEvents): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.connection.manager(ctx).query(
      `INSERT INTO supplier_performance_event (organization_id, supplier_id, kind, occurred_on, on_time, case_id, note, recorded_by, award_proposal_id, created_at)
       SELECT $1, $2, $3, coalesce($4::date, $10::timestamptz::date), $5, $6, $7, $8, $9, $10::timestamptz
         FROM generate_series(1, $11::int)
       RETURNING id`,
      [e.organizationId, e.supplierId, e.kind, e.occurredOn, e.onTime, e.caseId, e.note, e.recordedBy, e.awardProposalId, e.createdAt ?? this.clock.now(), e.count ?? 1],
    );
    return rows.map((r) => r.id);
  }

  /** Recomputes the supplier's reliability score from its history (the directory's rule); answers the new score. */
  async refreshReliability(ctx: RequestContext, supplierId: string): Promise<number | null> {
    // `UPDATE ... RETURNING` through the query runner answers [rows, affected].
    const updated = (await this.connection.manager(ctx).query(UPDATE_RELIABILITY_SQL, [supplierId])) as [Array<{ reliability_score: number | null }>, number];
    return updated[0][0]?.reliability_score ?? null;
  }

  /** The deliveries recorded against an award proposal (one, by its event id), newest delivery first. */
  async deliveriesOfAward(ctx: RequestContext, awardProposalId: string, eventId?: string): Promise<AwardDeliveryRow[]> {
    const rows: Array<Omit<AwardDeliveryRow, 'recorded_by_name'> & { recorded_by: string | null }> = await this.connection
      .manager(ctx)
      .query(
        eventId ? `${AWARD_DELIVERIES_SQL} AND e.id = $3` : `${AWARD_DELIVERIES_SQL} ORDER BY e.occurred_on DESC, e.created_at DESC, e.id`,
        eventId ? [awardProposalId, ctx.organizationId, eventId] : [awardProposalId, ctx.organizationId],
      );
    // Identity names who recorded each delivery.
    const people = await this.directory.peopleByIds(ctx, rows.map((r) => r.recorded_by));
    return rows.map(({ recorded_by, ...row }) => ({ ...row, recorded_by_name: (recorded_by && people.get(recorded_by)?.name) ?? null }));
  }
}
