import { Decimal } from 'decimal.js';

/**
 * The statistics every chart uses, each defined once.
 *
 * - Quantiles ({@link quantile}, {@link median}, p90): linear interpolation between the closest
 *   ranks (Hyndman & Fan type 7, the default of R, NumPy and PostgreSQL's `percentile_cont`):
 *   for sorted x₁…xₙ, h = (n − 1)·p, q = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
 * - Shares of spend are computed on decimal amounts (decimal.js, as the money rules do), never on
 *   floating point: {@link hhi} is Σ (100·sᵢ)² over the suppliers' shares sᵢ (0…10 000; 10 000 is
 *   one supplier), {@link topShare} the share in percent of the n largest suppliers.
 * - Tail spend ({@link tailSuppliers}): the smallest suppliers whose spend together is at most
 *   {@link TAIL_SPEND_PERCENT} % of the total (smallest first; equal amounts by key).
 *
 * No statistics library is installed; these few formulas are written out with their tests
 * (simple-statistics would be the one to add if more are needed).
 */

const Dec = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
type Dec = InstanceType<typeof Dec>;

export const TAIL_SPEND_PERCENT = 20;

/** The p-quantile (0 ≤ p ≤ 1) of `values`, type 7; null for none. */
export function quantile(values: readonly number[], p: number): number | null {
  if (p < 0 || p > 1) throw new RangeError(`A quantile is between 0 and 1: ${p}`);
  if (values.length === 0) return null;
  const x = [...values].sort((a, b) => a - b);
  const h = (x.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, x.length - 1);
  return x[lo] + (h - lo) * (x[hi] - x[lo]);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p90 = (values: readonly number[]) => quantile(values, 0.9);

const total = (amounts: readonly string[]): Dec => amounts.reduce((sum, a) => sum.plus(a), new Dec(0));

/** Σ (100·share)² of the amounts, rounded to 2 places; null when they add up to nothing. */
export function hhi(amounts: readonly string[]): number | null {
  const sum = total(amounts);
  if (sum.isZero()) return null;
  return amounts
    .reduce((acc, a) => acc.plus(new Dec(a).times(100).dividedBy(sum).pow(2)), new Dec(0))
    .toDecimalPlaces(2)
    .toNumber();
}

/** The share (percent, 2 places) of the `n` largest amounts in their sum; null when they add up to nothing. */
export function topShare(amounts: readonly string[], n = 5): number | null {
  const sum = total(amounts);
  if (sum.isZero()) return null;
  const top = [...amounts].sort((a, b) => new Dec(b).comparedTo(a)).slice(0, n);
  return total(top).times(100).dividedBy(sum).toDecimalPlaces(2).toNumber();
}

/** `part` as a percent of `whole`, 2 places; null when the whole is 0. */
export function percent(part: string | number, whole: string | number): number | null {
  const w = new Dec(whole);
  if (w.isZero()) return null;
  return new Dec(part).times(100).dividedBy(w).toDecimalPlaces(2).toNumber();
}

/** The sum of decimal amounts, to the cent, as text. */
export function sumAmounts(amounts: readonly string[]): string {
  return total(amounts).toFixed(2);
}

/** The keys of the tail: the smallest entries whose amounts add up to at most `percentOfTotal` % of the whole. */
export function tailSuppliers(entries: ReadonlyArray<{ key: string; amount: string }>, percentOfTotal = TAIL_SPEND_PERCENT): string[] {
  const sum = total(entries.map((e) => e.amount));
  if (sum.isZero()) return [];
  const limit = sum.times(percentOfTotal).dividedBy(100);
  const ascending = [...entries].sort((a, b) => new Dec(a.amount).comparedTo(b.amount) || a.key.localeCompare(b.key));
  const tail: string[] = [];
  let running = new Dec(0);
  for (const e of ascending) {
    running = running.plus(e.amount);
    if (running.greaterThan(limit)) break;
    tail.push(e.key);
  }
  return tail;
}
