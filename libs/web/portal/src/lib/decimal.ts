import { lineTotal as moneyLineTotal, sumMoney } from '@bc/shared/domain';

/**
 * Numbers as a supplier types them into the quote form ("12,50"), read into the decimal strings the
 * API speaks and totalled by the money rules of @bc/shared/domain (`money.ts`), which the server
 * uses too: 0.1 × 3 is "0.30", never "0.30000000000000004". And the portal's dates.
 */

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * A user's number as the API takes it: trimmed, spaces removed, a decimal comma read as a point
 * ("12,50" → "12.50"). Null when it is empty or not a plain non-negative decimal.
 */
export function normalizeDecimal(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim().replace(/\s/g, '').replace(',', '.');
  return DECIMAL.test(text) ? text : null;
}

/**
 * unit price × quantity as typed, by the money rules (`lineTotal` of @bc/shared/domain: 2 places),
 * or null when either is missing or not a number.
 */
export function lineTotal(unitPrice: string | number | null | undefined, quantity: string | number | null | undefined): string | null {
  const price = normalizeDecimal(unitPrice);
  const amount = normalizeDecimal(quantity);
  return price === null || amount === null ? null : moneyLineTotal({ unitPrice: price, quantity: amount });
}

/** The sum of 2-place totals (`sumMoney`), ignoring the missing ones; null when none is there. */
export function sumTotals(totals: ReadonlyArray<string | null | undefined>): string | null {
  const present = totals.map(normalizeDecimal).filter((t): t is string => t !== null);
  return present.length === 0 ? null : sumMoney(present);
}

/** The total of lines as typed: the sum of their line totals (the rule of `quoteTotal`); null when no line is priced. */
export function typedQuoteTotal(lines: ReadonlyArray<{ unitPrice: string; quantity: string }>): string | null {
  return sumTotals(lines.map((l) => lineTotal(l.unitPrice, l.quantity)));
}

/** Whether a decimal string is above zero. */
export function isPositiveDecimal(value: string | null): boolean {
  return value !== null && /[1-9]/.test(value);
}

/** `date` plus `days` as a local calendar day, YYYY-MM-DD. */
export function addDaysIso(date: Date, days: number): string {
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`;
}

export type RelativeUnit = 'day' | 'hour' | 'minute';

/**
 * How far `target` is from `now` in the largest whole unit that fits (for Intl.RelativeTimeFormat):
 * "in 3 days", "2 hours ago", "in 5 minutes". Rounded towards zero, so "in 3 days" still means
 * at least 3 full days left.
 */
export function relativeParts(target: Date, now: Date): { value: number; unit: RelativeUnit } {
  const minutes = (target.getTime() - now.getTime()) / 60_000;
  const toward = (n: number) => (n < 0 ? Math.ceil(n) : Math.floor(n)) || 0;
  if (Math.abs(minutes) >= 24 * 60) return { value: toward(minutes / (24 * 60)), unit: 'day' };
  if (Math.abs(minutes) >= 60) return { value: toward(minutes / 60), unit: 'hour' };
  return { value: toward(minutes), unit: 'minute' };
}
