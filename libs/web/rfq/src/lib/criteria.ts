import { CRITERION_KEY, CriterionKind, MAX_CRITERIA, MAX_CRITERION_NAME } from '@bc/shared/domain';

/**
 * The RFQ's evaluation criteria as the buyer edits them: the live sum, what is wrong (as
 * translation keys, so the form says it before the server refuses it), and keys for the
 * buyer's own criteria. The server checks the same rules (`criteriaProblems`); this is only
 * what the form shows.
 */
export interface CriterionValue {
  key: string;
  name: string;
  kind: string;
  weight: number | null;
}

/** What the weights add up to (blank or broken weights count as 0). */
export function criteriaSum(criteria: readonly Pick<CriterionValue, 'weight'>[]): number {
  return criteria.reduce((sum, c) => sum + (typeof c.weight === 'number' && Number.isFinite(c.weight) ? c.weight : 0), 0);
}

export interface CriteriaIssue {
  key: string;
  params: Record<string, unknown>;
}

/** What stands in the way of saving the criteria, as `rfq.criteriaIssues.*` keys; empty when none. */
export function criteriaIssues(criteria: readonly CriterionValue[]): CriteriaIssue[] {
  const issues: CriteriaIssue[] = [];
  if (criteria.length === 0) return [{ key: 'rfq.criteriaIssues.none', params: {} }];
  if (criteria.length > MAX_CRITERIA) issues.push({ key: 'rfq.criteriaIssues.tooMany', params: { max: MAX_CRITERIA } });
  const sum = criteriaSum(criteria);
  if (sum !== 100) issues.push({ key: 'rfq.criteriaIssues.sum', params: { sum } });
  if (criteria.some((c) => !c.name.trim() || c.name.trim().length > MAX_CRITERION_NAME)) {
    issues.push({ key: 'rfq.criteriaIssues.name', params: { max: MAX_CRITERION_NAME } });
  }
  if (criteria.some((c) => c.weight === null || !Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100)) {
    issues.push({ key: 'rfq.criteriaIssues.weight', params: {} });
  }
  for (const kind of [CriterionKind.PRICE, CriterionKind.RELIABILITY]) {
    if (criteria.filter((c) => c.kind === kind).length > 1) issues.push({ key: `rfq.criteriaIssues.onlyOne${kind}`, params: {} });
  }
  return issues;
}

/**
 * A key for a criterion the buyer adds: capital letters, digits and `_` from its name
 * (umlauts spelled out), unique among the keys there are.
 */
export function customCriterionKey(name: string, taken: readonly string[]): string {
  const spelled = name
    .toUpperCase()
    .replace(/Ä/g, 'AE')
    .replace(/Ö/g, 'OE')
    .replace(/Ü/g, 'UE')
    .replace(/ß/g, 'SS')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^[^A-Z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 32);
  const base = spelled.length >= 2 ? spelled : `CRITERION${spelled ? `_${spelled}` : ''}`;
  const used = new Set(taken);
  if (!used.has(base) && CRITERION_KEY.test(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The kinds a buyer's own criterion may have: price and reliability are the server's to score. */
export const CUSTOM_KINDS: readonly CriterionKind[] = [CriterionKind.TECHNICAL, CriterionKind.COMMERCIAL];

/** How long until `closesAt`, in whole days, hours and minutes; null once it has passed. */
export function timeLeft(closesAt: string, now: number): { days: number; hours: number; minutes: number } | null {
  const ms = new Date(closesAt).getTime() - now;
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const minutesTotal = Math.floor(ms / 60_000);
  return { days: Math.floor(minutesTotal / 1440), hours: Math.floor((minutesTotal % 1440) / 60), minutes: minutesTotal % 60 };
}

/** A SHA-256 receipt shortened for a table cell: the first and last 8 hex digits. */
export function shortHash(sha256: string): string {
  return sha256.length > 20 ? `${sha256.slice(0, 8)}…${sha256.slice(-8)}` : sha256;
}

/** The shortest and longest lead time over quoted lines, in days; null when no line gives one. */
export function leadTimeRange(lines: readonly { leadTimeDays: number | null; unitPrice: string | null }[]): { min: number; max: number } | null {
  const days = lines.filter((l) => l.unitPrice !== null && l.leadTimeDays !== null).map((l) => l.leadTimeDays as number);
  return days.length ? { min: Math.min(...days), max: Math.max(...days) } : null;
}
