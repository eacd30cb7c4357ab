/**
 * Pure helpers of the comparison view (`rfq-comparison.ts`): which currencies need a rate, the
 * rate as typed (either decimal mark) and why a line has no best value. The API decides every
 * value shown; these only explain and pre-check.
 */

/** The foreign currencies of a comparison: those of the quotes and those still missing a rate, sorted. */
export function foreignCurrencies(comparison: { currency: string; missingRates: readonly string[]; suppliers: readonly { currency: string }[] }): string[] {
  const codes = new Set<string>(comparison.missingRates);
  for (const s of comparison.suppliers) if (s.currency !== comparison.currency) codes.add(s.currency);
  return [...codes].sort();
}

/** A rate as typed, with a decimal comma taken as the point ("0,9231" → "0.9231"); no grouping. */
export function normalizeRate(text: string): string {
  return text.trim().replace(',', '.');
}

/** The server's rule checked first: a positive decimal with up to 8 places. Null when fine. */
export function rateInputError(text: string): 'required' | 'invalid' | null {
  const rate = normalizeRate(text);
  if (rate === '') return 'required';
  return /^\d+(\.\d{1,8})?$/.test(rate) && /[1-9]/.test(rate) ? null : 'invalid';
}

export type UndecidedReason = 'noOffers' | 'noFullQuantity' | 'rateMissing';

/**
 * Why a line has no best value (`bestDecided` false): nobody quoted it, nobody quoted the full
 * quantity, or a full-quantity offer cannot be converted for a missing rate. Null when decided.
 */
export function undecidedReason(line: {
  bestDecided: boolean;
  offers: readonly { unitPrice: string | null; fullQuantity: boolean; lineTotalConverted: string | null }[];
}): UndecidedReason | null {
  if (line.bestDecided) return null;
  const quoted = line.offers.filter((o) => o.unitPrice !== null);
  if (quoted.length === 0) return 'noOffers';
  const full = quoted.filter((o) => o.fullQuantity);
  if (full.length === 0) return 'noFullQuantity';
  return 'rateMissing';
}
