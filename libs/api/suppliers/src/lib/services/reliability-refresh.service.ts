import { Injectable, Logger } from '@nestjs/common';
import { JobQueue, TransactionalConnection } from '@bc/api/core';
import { INCIDENT_PENALTY, RELIABILITY_WINDOW_YEARS } from './reliability';

export const RELIABILITY_REFRESH_QUEUE = 'supplier-reliability-refresh';
/** Every night at 02:15 (display time zone): events that left the three-year window stop counting. */
export const RELIABILITY_REFRESH_CRON = '15 2 * * *';

/**
 * A supplier's reliability score is kept on the supplier row and recomputed when an event is
 * recorded; events also age out of the window with time alone. A nightly pg-boss job recomputes
 * every score that the window has changed since.
 */
@Injectable()
export class ReliabilityRefreshService {
  private readonly logger = new Logger('ReliabilityRefresh');

  constructor(
    private readonly connection: TransactionalConnection,
    jobs: JobQueue,
  ) {
    jobs.handle(RELIABILITY_REFRESH_QUEUE, () => this.refreshAll().then(() => undefined), { cron: RELIABILITY_REFRESH_CRON, policy: 'stately', expireInSeconds: 3600 });
  }

  /** Recomputes every score that differs from its events in the window; returns how many changed. */
  async refreshAll(): Promise<number> {
    const rows: Array<{ id: string }> = await this.connection.dataSource.query(`
      WITH counts AS (
        SELECT s.id,
               count(e.id) FILTER (WHERE e.kind = 'DELIVERY') AS d,
               count(e.id) FILTER (WHERE e.kind = 'DELIVERY' AND NOT e.on_time) AS l,
               count(e.id) FILTER (WHERE e.kind = 'QUALITY_INCIDENT') AS i
          FROM supplier s
          LEFT JOIN supplier_performance_event e
            ON e.supplier_id = s.id AND e.occurred_on > current_date - interval '${RELIABILITY_WINDOW_YEARS} years'
         GROUP BY s.id
      ), scores AS (
        SELECT id, CASE WHEN d = 0 AND i = 0 THEN NULL
                        ELSE round(greatest(0, least(100, (CASE WHEN d > 0 THEN 100.0 * (d - l) / d ELSE 100 END) - ${INCIDENT_PENALTY} * i))::numeric, 2)::float8
                   END AS score
          FROM counts
      )
      UPDATE supplier s SET reliability_score = scores.score, updated_at = now()
        FROM scores
       WHERE s.id = scores.id AND s.reliability_score IS DISTINCT FROM scores.score
      RETURNING s.id`);
    const changed = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
    if (changed > 0) this.logger.log({ changed }, 'reliability scores recomputed');
    return changed;
  }
}
