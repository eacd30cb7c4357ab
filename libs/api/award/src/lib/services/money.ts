/** Exact sum of decimal strings with at most two places (numeric(18,2) amounts), in cents: no floating point. */
export function sumMoney(values: readonly string[]): string {
  let cents = 0n;
  for (const v of values) {
    const negative = v.trim().startsWith('-');
    const [whole, fraction = ''] = v.trim().replace('-', '').split('.');
    const c = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
    cents += negative ? -c : c;
  }
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
