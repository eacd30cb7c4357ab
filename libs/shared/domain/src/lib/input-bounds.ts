/**
 * What the product takes as a number or a date, named once: every decimal fits its column
 * (precision, scale and CHECK) and every date lies in a span a purchase can have. The API
 * validates its inputs with these; forms may use them to say so before sending.
 */

/** A decimal typed as text: at most `digits` before the point and `places` after; no sign, no exponent. */
export interface DecimalRule {
  digits: number;
  places: number;
  /** `positive`: greater than 0 (CHECK … > 0); `zeroOrMore`: 0 allowed (CHECK … >= 0). */
  min: 'positive' | 'zeroOrMore';
}

/** Quantities of needs, specification lines, quotes and awards: numeric(14,3), CHECK (quantity > 0). */
export const QUANTITY_RULE: DecimalRule = { digits: 11, places: 3, min: 'positive' };
/** Estimated values of needs and cases: numeric(16,2), CHECK (estimated_value >= 0). */
export const MONEY_RULE: DecimalRule = { digits: 14, places: 2, min: 'zeroOrMore' };
/** Unit prices of quotes and negotiation targets: numeric(18,4) in an award line; a price is more than 0. */
export const UNIT_PRICE_RULE: DecimalRule = { digits: 12, places: 4, min: 'positive' };
/** Exchange rates: numeric(18,8), CHECK (rate > 0). */
export const EXCHANGE_RATE_RULE: DecimalRule = { digits: 10, places: 8, min: 'positive' };
/**
 * Computed amounts: quote line and quote totals, award line totals and the award total. An award
 * keeps them as numeric(18,2), so a quote whose totals would not fit is refused when it is written.
 */
export const AMOUNT_RULE: DecimalRule = { digits: 16, places: 2, min: 'zeroOrMore' };
/** A unit price converted to the case currency, as an award line keeps it: numeric(18,4). */
export const AWARD_UNIT_PRICE_RULE: DecimalRule = { digits: 14, places: 4, min: 'zeroOrMore' };
/** `details.rule` of the VALIDATION_FAILED error for a computed amount that exceeds its column. */
export const AMOUNT_TOO_LARGE = 'AMOUNT_TOO_LARGE';

/** Why `text` does not follow `rule`, or null when it does. */
export function decimalProblem(text: unknown, rule: DecimalRule): string | null {
  if (typeof text !== 'string') return 'is a decimal number written as text';
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return 'is a decimal number such as 12.50 (digits and one point; no sign, no exponent)';
  const whole = match[1].replace(/^0+(?=\d)/, '');
  if (whole.length > rule.digits) return `has at most ${rule.digits} digits before the point`;
  if ((match[2] ?? '').length > rule.places) return `has at most ${rule.places} decimal places`;
  if (rule.min === 'positive' && /^[0.]+$/.test(text)) return 'is greater than 0';
  return null;
}

/**
 * Dates people enter (need-by dates, closing times and deadlines, delivery and validity dates,
 * certificates, performance history): not before 2000, at most 10 years ahead. Rules of their
 * own (a closing time in the future, a delivery not in the future) come on top.
 */
export const DATE_BOUNDS = { earliestYear: 2000, yearsAhead: 10 } as const;

/** The span of DATE_BOUNDS as of `now`: [earliest, latest), in UTC. */
export function dateBounds(now: Date = new Date()): { earliest: Date; latest: Date } {
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + DATE_BOUNDS.yearsAhead);
  return { earliest: new Date(Date.UTC(DATE_BOUNDS.earliestYear, 0, 1)), latest };
}

/** Why an instant lies outside DATE_BOUNDS, or null. */
export function dateTimeBoundsProblem(value: Date, now: Date = new Date()): string | null {
  if (Number.isNaN(value.getTime())) return 'is not a valid date';
  const { earliest, latest } = dateBounds(now);
  if (value < earliest) return `is not before ${DATE_BOUNDS.earliestYear}`;
  if (value > latest) return `is at most ${DATE_BOUNDS.yearsAhead} years ahead`;
  return null;
}

/** Why a calendar date (YYYY-MM-DD) is not a real date inside DATE_BOUNDS, or null. */
export function dateBoundsProblem(text: unknown, now: Date = new Date()): string | null {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'is a date YYYY-MM-DD';
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return 'is not a date of the calendar';
  return dateTimeBoundsProblem(date, now);
}
