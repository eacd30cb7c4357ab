import { CaseStage } from '@bc/shared/domain';
import { CycleTimeDimension } from '../dto/analytics.inputs';
import type { Spread } from '../dto/analytics.types';
import { median, p90 } from '../statistics';
import type { Scope } from './analytics-scope';

/* The pieces the charts and their drill-downs share. */

export const DAY_SECONDS = 86_400;
export const STAGES = [CaseStage.NEED, CaseStage.SPECIFICATION, CaseStage.SOURCING, CaseStage.RFQ, CaseStage.EVALUATION, CaseStage.NEGOTIATION, CaseStage.DECISION] as const;
export const STAGE_COLUMN: Record<(typeof STAGES)[number], string> = {
  NEED: 'need_s', SPECIFICATION: 'specification_s', SOURCING: 'sourcing_s', RFQ: 'rfq_s', EVALUATION: 'evaluation_s', NEGOTIATION: 'negotiation_s', DECISION: 'decision_s',
};

export const days = (seconds: ReadonlyArray<number | string | null>): Spread => {
  const values = seconds.filter((s): s is number | string => s !== null).map((s) => Number(s) / DAY_SECONDS);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return { median: round(median(values)), p90: round(p90(values)), count: values.length };
};

/**
 * Per supplier, over `analytics_supplier_fact s` (one row per invitation of a case's live RFQ):
 * invitations; responses = invitations answered with a submitted quote (not withdrawn); wins = a
 * line in the approved award; awarded = Σ its awarded lines in the reporting currency. The win-rate
 * chart and the supplier scorecard both select these columns, so the figures are defined once.
 */
export const SUPPLIER_COMPETITION_COLUMNS = `count(*)::int AS invitations,
              count(*) FILTER (WHERE s.responded)::int AS responses, count(*) FILTER (WHERE s.won)::int AS wins,
              COALESCE(sum(s.awarded_reporting), 0)::text AS awarded`;

/** The savings measures: each one's baseline column and the cases it counts. */
export const SAVINGS = {
  FIRST_BEST: 'f.first_best_reporting',
  ESTIMATE: 'f.estimate_reporting',
  LAST_PRICE: 'f.last_price_reporting',
} as const;
export type SavingsKey = keyof typeof SAVINGS;

/** The key of a cycle-time group, per dimension (`tz`: the parameter holding the time zone). */
export const cycleKey = (dimension: CycleTimeDimension, tz: string): string =>
  ({
    PURCHASE_TYPE: `'PURCHASE_TYPE:' || f.purchase_type`,
    IMPORTANCE: `'IMPORTANCE:' || f.importance`,
    CATEGORY: `'CATEGORY:' || COALESCE(f.category_group, 'NONE')`,
    MONTH: `'MONTH:' || to_char(f.awarded_at AT TIME ZONE ${tz}, 'YYYY-MM')`,
  })[dimension];

/** The parameter holding the time zone, added only when the key uses it (an unused parameter has no type). */
export function timeZoneParam(scope: Scope, params: unknown[], dimension: CycleTimeDimension): string {
  if (dimension !== CycleTimeDimension.MONTH) return '';
  params.push(scope.timeZone);
  return `$${params.length}`;
}

export function categorized<T extends { code: string | null; label: string | null; label_de: string | null }>(rows: readonly T[]): Array<T & { code: string; label: string; label_de: string }> {
  return rows.filter((r): r is T & { code: string; label: string; label_de: string } => r.code !== null);
}

export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

export function dayDiff(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** The same day a year earlier or later (29 February → 28 February). */
export function shiftYear(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  // A year back starts the day after, so the period holds 365 (or 366) days.
  date.setUTCDate(date.getUTCDate() + (years < 0 ? 1 : 0));
  return date.toISOString().slice(0, 10);
}
