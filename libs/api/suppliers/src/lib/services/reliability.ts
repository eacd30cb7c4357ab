/**
 * Reliability from recorded performance, over the last RELIABILITY_WINDOW_YEARS:
 *
 *   score = 100 × on-time rate − INCIDENT_PENALTY × quality incidents, clamped to 0..100
 *
 * where on-time rate = on-time deliveries / deliveries (taken as 1 when there were incidents but
 * no delivery). Without a delivery or an incident in the window there is no history: the score is
 * null (unknown, not bad). Awards are counted and shown but do not move the score: being chosen
 * is not performing. The same formula runs in SQL (`RELIABILITY_SCORE_SQL`) to keep
 * `supplier.reliability_score` current in the transaction that records an event.
 */
export const RELIABILITY_WINDOW_YEARS = 3;
export const INCIDENT_PENALTY = 10;

export interface PerformanceCounts {
  deliveries: number;
  lateDeliveries: number;
  qualityIncidents: number;
  awards: number;
}

export function onTimeRate(c: PerformanceCounts): number | null {
  return c.deliveries > 0 ? (c.deliveries - c.lateDeliveries) / c.deliveries : null;
}

export function reliabilityScore(c: PerformanceCounts): number | null {
  if (c.deliveries === 0 && c.qualityIncidents === 0) return null;
  const base = 100 * (onTimeRate(c) ?? 1);
  const score = Math.min(100, Math.max(0, base - INCIDENT_PENALTY * c.qualityIncidents));
  return Math.round(score * 100) / 100;
}

/** Counts per supplier in the window; `$1` is an array of supplier ids. */
export const PERFORMANCE_COUNTS_SQL = `
  SELECT supplier_id,
         count(*) FILTER (WHERE kind = 'DELIVERY')::int AS deliveries,
         count(*) FILTER (WHERE kind = 'DELIVERY' AND NOT on_time)::int AS late_deliveries,
         count(*) FILTER (WHERE kind = 'QUALITY_INCIDENT')::int AS quality_incidents,
         count(*) FILTER (WHERE kind = 'AWARD')::int AS awards
    FROM supplier_performance_event
   WHERE supplier_id = ANY($1::uuid[]) AND occurred_on > current_date - interval '${RELIABILITY_WINDOW_YEARS} years'
   GROUP BY supplier_id`;

/** Recomputes one supplier's score (`$1` its id) with the formula above. */
export const UPDATE_RELIABILITY_SQL = `
  UPDATE supplier s SET reliability_score = x.score, updated_at = now()
    FROM (
      SELECT CASE WHEN d = 0 AND i = 0 THEN NULL
                  ELSE round(greatest(0, least(100, (CASE WHEN d > 0 THEN 100.0 * (d - l) / d ELSE 100 END) - ${INCIDENT_PENALTY} * i))::numeric, 2)::float8
             END AS score
        FROM (SELECT count(*) FILTER (WHERE kind = 'DELIVERY') AS d,
                     count(*) FILTER (WHERE kind = 'DELIVERY' AND NOT on_time) AS l,
                     count(*) FILTER (WHERE kind = 'QUALITY_INCIDENT') AS i
                FROM supplier_performance_event
               WHERE supplier_id = $1 AND occurred_on > current_date - interval '${RELIABILITY_WINDOW_YEARS} years') c
    ) x
   WHERE s.id = $1
  RETURNING s.reliability_score`;
