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

/** One recorded performance event, as the score's history needs it. */
export interface PerformanceFact {
  kind: 'DELIVERY' | 'QUALITY_INCIDENT' | 'AWARD' | string;
  /** YYYY-MM-DD */
  occurredOn: string;
  onTime: boolean | null;
}

/** The first day still inside the window on `day` (the window holds the days after `day` − RELIABILITY_WINDOW_YEARS, as the SQL's `occurred_on >`). */
export function windowStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y - RELIABILITY_WINDOW_YEARS, m - 1, d));
  // 29 February back to a common year is 28 February (as PostgreSQL's interval arithmetic).
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/**
 * The reliability score over time: after each event (in the order of `occurredOn`, then the order
 * given), the score `reliabilityScore` gives on that day from the events known up to it that are
 * inside the window then; with the score before it, so the event that changed the score is the one
 * whose `score` differs from `before`. An event that leaves the score as it was (an award) is kept.
 */
export function reliabilityHistory<E extends PerformanceFact>(events: readonly E[]): Array<{ event: E; before: number | null; score: number | null }> {
  const ordered = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.occurredOn.localeCompare(b.e.occurredOn) || a.i - b.i).map((x) => x.e);
  let before: number | null = null;
  return ordered.map((event, index) => {
    const from = windowStart(event.occurredOn);
    const counts: PerformanceCounts = { deliveries: 0, lateDeliveries: 0, qualityIncidents: 0, awards: 0 };
    for (const e of ordered.slice(0, index + 1)) {
      if (e.occurredOn <= from) continue;
      if (e.kind === 'DELIVERY') {
        counts.deliveries += 1;
        if (e.onTime === false) counts.lateDeliveries += 1;
      } else if (e.kind === 'QUALITY_INCIDENT') counts.qualityIncidents += 1;
      else if (e.kind === 'AWARD') counts.awards += 1;
    }
    const point = { event, before, score: reliabilityScore(counts) };
    before = point.score;
    return point;
  });
}
