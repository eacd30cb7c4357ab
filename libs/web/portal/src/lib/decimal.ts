/**
 * Money arithmetic on the decimal strings the API speaks ("12.5", "1000.000"), with BigInt so no
 * float error creeps in (0.1 × 3 is "0.30", never "0.30000000000000004"). Totals have 2 places,
 * rounded half up like the server's.
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

function scaled(decimal: string): { units: bigint; scale: number } {
  const [whole, fraction = ''] = decimal.split('.');
  return { units: BigInt(whole + fraction), scale: fraction.length };
}

/** `units / 10^scale` rounded half up to hundredths, as cents. */
function toCents(units: bigint, scale: number): bigint {
  if (scale <= 2) return units * BigInt(10) ** BigInt(2 - scale);
  const divisor = BigInt(10) ** BigInt(scale - 2);
  const quotient = units / divisor;
  return (units % divisor) * BigInt(2) >= divisor ? quotient + BigInt(1) : quotient;
}

function formatCents(cents: bigint): string {
  const digits = cents.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** unit price × quantity with 2 places, or null when either is missing or not a number. */
export function lineTotal(unitPrice: string | number | null | undefined, quantity: string | number | null | undefined): string | null {
  const price = normalizeDecimal(unitPrice);
  const amount = normalizeDecimal(quantity);
  if (price === null || amount === null) return null;
  const a = scaled(price);
  const b = scaled(amount);
  return formatCents(toCents(a.units * b.units, a.scale + b.scale));
}

/** The sum of 2-place totals, ignoring the missing ones; null when none is there. */
export function sumTotals(totals: ReadonlyArray<string | null | undefined>): string | null {
  let cents: bigint | null = null;
  for (const total of totals) {
    const value = normalizeDecimal(total);
    if (value === null) continue;
    const { units, scale } = scaled(value);
    cents = (cents ?? BigInt(0)) + toCents(units, scale);
  }
  return cents === null ? null : formatCents(cents);
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

/** A decimal without padding zeros, as a person writes it: "2.000" → "2", "12.50" → "12.5". */
export function trimDecimal(value: string): string {
  return /^\d+\.\d+$/.test(value) ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
