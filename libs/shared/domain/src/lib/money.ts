import { Decimal } from 'decimal.js';

/**
 * Money: the one place where amounts are computed. The API and the web app both call these, so a
 * total on a screen is the total the server stores. Amounts travel as decimal strings ("12.50",
 * "1000.000"), as the API sends them and PostgreSQL keeps them (numeric), and are computed with
 * decimal.js, never with floating point.
 *
 * The rules, named once:
 * - Rounding ({@link MONEY_ROUNDING}): half away from zero ("half-up", commercial rounding):
 *   2.345 → 2.35, 0.005 → 0.01, −0.005 → −0.01; a result that rounds to zero is "0.00", never "-0.00".
 * - Places: an amount has {@link MONEY_PLACES} (the cent, {@link roundMoney}); a unit price in the
 *   case currency has {@link UNIT_PRICE_PLACES} ({@link roundUnitPrice}).
 * - A line's total ({@link lineTotal}): unit price × quantity, exact, rounded to the cent.
 * - A quote's total ({@link quoteTotal}) and an award's totals ({@link sumMoney}): the sum of the
 *   line totals, each rounded first: a total is always the sum of the amounts shown above it.
 * - Conversion to the case currency ({@link convertMoney}, {@link toCaseCurrency}): amount × rate
 *   (the value of 1 unit of the other currency in the case currency), exact, rounded to the cent;
 *   an award line's total in the case currency is its line total converted ({@link convertedLineTotal}).
 *
 * No Node API here: the web app bundles this file.
 */

/** The one rounding rule for money: half away from zero (decimal.js ROUND_HALF_UP). */
export const MONEY_ROUNDING = Decimal.ROUND_HALF_UP;
/** Places of an amount (totals, line totals): the cent. */
export const MONEY_PLACES = 2;
/** Places of a unit price converted to the case currency, as an award line keeps it (numeric(18,4)). */
export const UNIT_PRICE_PLACES = 4;

/**
 * decimal.js with our own settings, so the library's global configuration is never touched. 100
 * significant digits hold every product and sum the columns allow (a 16-digit price × an 14-digit
 * quantity × an 18-digit rate) exactly; results are only rounded by the rules above.
 */
const Dec = Decimal.clone({ precision: 100, rounding: MONEY_ROUNDING, toExpNeg: -100, toExpPos: 100 });
type Dec = InstanceType<typeof Dec>;

/** A decimal string as money travels: optional minus, digits, optional `.` and digits. No exponent, no grouping. */
export const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/** Whether `value` is a decimal string ({@link DECIMAL_STRING}). */
export function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_STRING.test(value);
}

/**
 * `value` as a decimal.
 * @param what names the value in the error ("Amount", "The rate for USD").
 * @throws RangeError when `value` is not a decimal string.
 */
function parse(value: string, what: string): Dec {
  if (!isDecimal(value)) throw new RangeError(`${what} is not a decimal number: "${value}"`);
  return new Dec(value);
}

/**
 * An amount already as {@link roundMoney} writes it: two places, no padding zero in front, not "-0.00".
 * Rounding it to the cent gives it back unchanged, so no decimal is made for it (a comparison of
 * hundreds of quotes and lines rounds some hundred thousand of them).
 */
const CENTS = /^(?!-0\.00$)-?(0|[1-9]\d*)\.\d\d$/;

/** `amount` rounded to the cent, as {@link roundMoney} does, without parsing an amount that already is. */
function toCents(amount: string): string {
  return CENTS.test(amount) ? amount : roundMoney(amount);
}

/** A decimal rounded by {@link MONEY_ROUNDING} to `places`, as text; zero never carries a minus. */
function fixed(value: Dec, places: number): string {
  const rounded = value.toDecimalPlaces(places, MONEY_ROUNDING);
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(places);
}

/**
 * An amount rounded to the cent by the rule: `roundMoney('2.345')` is "2.35", `roundMoney('7')` "7.00".
 * @throws RangeError when `amount` is not a decimal string.
 */
export function roundMoney(amount: string): string {
  return fixed(parse(amount, 'Amount'), MONEY_PLACES);
}

/**
 * A unit price brought to {@link UNIT_PRICE_PLACES} by the rule: `roundUnitPrice('1.23456')` is "1.2346".
 * @throws RangeError when `price` is not a decimal string.
 */
export function roundUnitPrice(price: string): string {
  return fixed(parse(price, 'Unit price'), UNIT_PRICE_PLACES);
}

/** What a line is priced with: both null or absent when the line is not quoted. */
export interface PricedLine {
  unitPrice: string | null;
  quantity: string | null;
}

/**
 * Rule: a line's total is unit price × quantity, exact, rounded to the cent. Null when the line is
 * not quoted (no price or no quantity).
 * @throws RangeError when the price or the quantity is not a decimal string.
 */
export function lineTotal(line: PricedLine): string | null {
  if (line.unitPrice === null || line.quantity === null) return null;
  return fixed(parse(line.unitPrice, 'Unit price').times(parse(line.quantity, 'Quantity')), MONEY_PLACES);
}

/**
 * Rule: a quote's total is the sum of its line totals ({@link lineTotal}, each rounded to the
 * cent); lines not quoted are left out. Null when no line is quoted.
 */
export function quoteTotal(lines: readonly PricedLine[]): string | null {
  const totals = lines.map(lineTotal).filter((t): t is string => t !== null);
  return totals.length === 0 ? null : sumMoney(totals);
}

/**
 * The sum of amounts, each rounded to the cent first: "12.30" + "0.70" = "13.00"; none: "0.00".
 * @throws RangeError when an amount is not a decimal string.
 */
export function sumMoney(amounts: readonly string[]): string {
  const sum = amounts.reduce((acc, a) => acc.plus(new Dec(toCents(a))), new Dec(0));
  return fixed(sum, MONEY_PLACES);
}

/** `a − b` to the cent (each rounded to the cent first, as {@link sumMoney} does). */
export function subtractMoney(a: string, b: string): string {
  return fixed(new Dec(roundMoney(a)).minus(new Dec(roundMoney(b))), MONEY_PLACES);
}

/**
 * `percent` % of `value`, rounded by the rule to `places` (the cent by default; 4 for a unit
 * price): `percentAmount('1200.00', '2.5')` is "30.00".
 * @throws RangeError when either is not a decimal string.
 */
export function percentAmount(value: string, percent: string, places = MONEY_PLACES): string {
  return fixed(parse(value, 'A value').times(parse(percent, 'A percentage')).dividedBy(100), places);
}

/**
 * The highest price at `places` that lies at least `percent` % of `value` (or `amount`) below it:
 * the exact difference, cut (rounded toward −∞) to `places`, so rounding never makes the step
 * smaller than asked. 6502.40 less 0.5 % is 6469.888, so "6469.88", not 6469.89 (a step of 0.49998 %).
 * @throws RangeError when a value is not a decimal string.
 */
export function lessByAtLeast(value: string, by: { percent: string } | { amount: string }, places = MONEY_PLACES): string {
  const from = parse(value, 'A value');
  const step = 'percent' in by ? from.times(parse(by.percent, 'A percentage')).dividedBy(100) : parse(by.amount, 'An amount');
  return fixed(from.minus(step).toDecimalPlaces(places, Dec.ROUND_FLOOR), places);
}

/**
 * `unitPrice × to / from`, cut (never rounded up) to {@link UNIT_PRICE_PLACES}: a quote's unit
 * prices scaled down to a lower total, so the scaled total never lies above the one asked for.
 * @throws RangeError when a value is not a decimal string or `from` is 0.
 */
export function scaleUnitPriceDown(unitPrice: string, to: string, from: string): string {
  const whole = parse(from, 'A total');
  if (whole.isZero()) throw new RangeError('Cannot scale from a total of 0');
  return parse(unitPrice, 'Unit price').times(parse(to, 'A total')).dividedBy(whole).toDecimalPlaces(UNIT_PRICE_PLACES, Dec.ROUND_DOWN).toFixed(UNIT_PRICE_PLACES);
}

/**
 * Compares two decimal strings exactly ("4" equals "4.000"): below 0, 0 or above 0.
 * @throws RangeError when either is not a decimal string.
 */
export function compareDecimals(a: string, b: string): number {
  return parse(a, 'A decimal').comparedTo(parse(b, 'A decimal'));
}

/** The lower of two decimal strings (the first on a tie). */
export const lowerDecimal = (a: string, b: string): string => (compareDecimals(b, a) < 0 ? b : a);

/**
 * Which of `values` equal the lowest of them, exactly ("4" equals "4.00"); each is parsed once.
 * @throws RangeError when a value is not a decimal string.
 */
export function atLowest(values: readonly string[]): boolean[] {
  const parsed = values.map((v) => parse(v, 'A decimal'));
  if (parsed.length === 0) return [];
  const lowest = parsed.reduce((low, v) => (v.lessThan(low) ? v : low));
  return parsed.map((v) => v.equals(lowest));
}

/** A decimal without padding zeros after the point, as a person writes it: "2.000" → "2", "0.92310000" → "0.9231". */
export function trimDecimal(value: string): string {
  return /^-?\d+\.\d+$/.test(value) ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

// ---- currencies ---------------------------------------------------------------------------------

/** A rate as a decimal above 0. */
function parseRate(rate: string, currency: string): Dec {
  const value = parse(rate, `The rate for ${currency}`);
  if (!value.greaterThan(0)) throw new RangeError(`The rate for ${currency} must be above 0, got "${rate}"`);
  return value;
}

/**
 * Rule: an amount in another currency in the case currency: amount × rate, exact, rounded to the
 * cent (a negative amount rounds away from zero too). `rate` is the value of 1 unit of the other
 * currency in the case currency.
 * @throws RangeError when the amount or the rate is not a decimal string, or the rate is not above 0.
 */
export function convertMoney(amount: string, rate: string, currency = 'the currency'): string {
  return fixed(parse(amount, 'Amount').times(parseRate(rate, currency)), MONEY_PLACES);
}

/**
 * A unit price in the case currency, as an award line keeps it: price × rate, rounded to
 * {@link UNIT_PRICE_PLACES}. A null rate: the price is in the case currency already.
 */
export function convertUnitPrice(unitPrice: string, rate: string | null): string {
  return rate === null ? roundUnitPrice(unitPrice) : fixed(parse(unitPrice, 'Unit price').times(parseRate(rate, 'the currency')), UNIT_PRICE_PLACES);
}

/**
 * Rule: an awarded line's total in the case currency is its line total in the quote currency
 * ({@link lineTotal}) converted at the rate ({@link convertMoney}); a null rate: the quote is in
 * the case currency. Null when the line is not quoted.
 */
export function convertedLineTotal(line: PricedLine, rate: string | null): string | null {
  const total = lineTotal(line);
  return total === null || rate === null ? total : convertMoney(total, rate);
}

/** Thrown by {@link toCaseCurrency} when no rate is given for a quote's currency. */
export class MissingRateError extends Error {
  constructor(
    readonly currency: string,
    readonly caseCurrency: string,
  ) {
    super(`No exchange rate from ${currency} to ${caseCurrency}: give the value of 1 ${currency} in ${caseCurrency}`);
    this.name = 'MissingRateError';
  }
}

/**
 * Rule: quotes in another currency are made comparable by converting them to the case currency.
 * `rates[currency]` is the value of 1 unit of that currency in the case currency, as a decimal
 * string (e.g. `{ USD: '0.9231' }` for a EUR case); the amount is converted by {@link convertMoney}.
 * An amount already in the case currency is only rounded to the cent.
 *
 * @throws MissingRateError when `rates` has no rate for `currency`.
 * @throws RangeError when the amount or the rate is not a decimal string, or the rate is not above 0.
 */
export function toCaseCurrency(amount: string, currency: string, caseCurrency: string, rates: Readonly<Record<string, string>>): string {
  if (!isDecimal(amount)) throw new RangeError(`Amount is not a decimal number: "${amount}"`);
  if (currency === caseCurrency) return toCents(amount);
  const rate = Object.prototype.hasOwnProperty.call(rates, currency) ? rates[currency] : undefined;
  if (rate === undefined) throw new MissingRateError(currency, caseCurrency);
  return convertMoney(amount, rate, currency);
}

// ---- shares -------------------------------------------------------------------------------------

/**
 * `100 × part / whole` rounded to 2 places by the rule, as a number: a share in percent points
 * (a price score, a saving). The quotient is carried to 100 significant digits, so the rounding
 * is that of the exact quotient.
 * @throws RangeError when either is not a decimal string or `whole` is 0.
 */
export function percentOf(part: string, whole: string, places = 2): number {
  const w = parse(whole, 'A whole');
  if (w.isZero()) throw new RangeError('A share of 0 is not defined');
  return parse(part, 'A part').times(100).dividedBy(w).toDecimalPlaces(places, MONEY_ROUNDING).toNumber();
}
