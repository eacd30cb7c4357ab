import { ImportanceClass } from '@bc/shared/domain';

/**
 * The Kraljic matrix from an organization's own data, per CPV category (the CPV group of a case's
 * code, e.g. 30200000-1 "Computer equipment and supplies"):
 *
 * - Profit impact: the category's awarded spend as a share (percent) of the organization's awarded
 *   spend in the period. High at {@link HIGH_IMPACT_SHARE} % or more.
 * - Supply risk (0…100): the mean of three parts, each 0…100:
 *   - scarcity = 100 / max(1, qualified suppliers of the category in the directory)
 *     (one or none: 100; two: 50; ten: 10);
 *   - the single-source share of the category's cases that went to an RFQ (percent);
 *   - concentration = the category's HHI / 100 (one supplier: 100).
 *   High at {@link HIGH_RISK} or more.
 * - Quadrants: high impact and high risk STRATEGIC; low impact, high risk BOTTLENECK; high
 *   impact, low risk LEVERAGE; low and low ROUTINE.
 */
export const HIGH_IMPACT_SHARE = 10;
export const HIGH_RISK = 50;

export interface KraljicInputs {
  /** Percent of the organization's spend. */
  spendShare: number;
  qualifiedSuppliers: number;
  /** Percent of the category's RFQ cases sent to one supplier; null without such cases. */
  singleSourceShare: number | null;
  /** 0…10 000; null without spend. */
  hhi: number | null;
}

export function scarcity(qualifiedSuppliers: number): number {
  return Math.round((100 / Math.max(1, qualifiedSuppliers)) * 100) / 100;
}

export function supplyRisk(i: KraljicInputs): number {
  const parts = [scarcity(i.qualifiedSuppliers), i.singleSourceShare ?? 0, (i.hhi ?? 0) / 100];
  return Math.round((parts.reduce((a, b) => a + b, 0) / parts.length) * 100) / 100;
}

export function quadrant(spendShare: number, risk: number): ImportanceClass {
  const highImpact = spendShare >= HIGH_IMPACT_SHARE;
  const highRisk = risk >= HIGH_RISK;
  if (highImpact && highRisk) return ImportanceClass.STRATEGIC;
  if (highRisk) return ImportanceClass.BOTTLENECK;
  if (highImpact) return ImportanceClass.LEVERAGE;
  return ImportanceClass.ROUTINE;
}

/** A short explanation of a category's quadrant, with its figures (English; the page words it itself from the figures). */
export function explain(category: string, i: KraljicInputs, risk: number, cls: ImportanceClass): string {
  const impact = i.spendShare >= HIGH_IMPACT_SHARE ? 'high' : 'low';
  const level = risk >= HIGH_RISK ? 'high' : 'low';
  return (
    `${category}: ${i.spendShare} % of spend (${impact} profit impact, high from ${HIGH_IMPACT_SHARE} %); ` +
    `supply risk ${risk} (${level}, high from ${HIGH_RISK}) from ${i.qualifiedSuppliers} qualified supplier(s), ` +
    `${i.singleSourceShare ?? 0} % single-source and HHI ${i.hhi ?? 0}: ${cls}`
  );
}
