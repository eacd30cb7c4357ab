import { Locale } from '@bc/shared/domain';

/**
 * An exact decimal string (`"12345.6000"`, `"-3.5"`) for reading: thousands grouped, at least
 * `minFraction` decimals, trailing zeros beyond them dropped. No floating point: amounts stay exact.
 * EN `12,345.60`, DE `12.345,60`. Every mail shows amounts through this, in the reader's locale.
 */
export function formatDecimal(value: string, locale: Locale, minFraction = 2): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, whole, fraction = ''] = m;
  let frac = fraction.replace(/0+$/, '');
  if (frac.length < minFraction) frac = frac.padEnd(minFraction, '0');
  const de = locale === Locale.DE;
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, de ? '.' : ',');
  return `${sign}${grouped}${frac ? (de ? ',' : '.') + frac : ''}`;
}

/** `12,345.60 EUR` / `12.345,60 EUR`. */
export function formatAmount(value: string, currency: string, locale: Locale): string {
  return `${formatDecimal(value, locale, 2)} ${currency}`;
}
