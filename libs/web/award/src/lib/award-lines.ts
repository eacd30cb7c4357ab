import { AwardLineInput, awardTotals, compareDecimals, convertUnitPrice } from '@bc/shared/domain';

/**
 * The award dialog's lines and totals, by the money rules of @bc/shared/domain (`money.ts`) that
 * the server stores an award with (`planAward` in the award lib): per line the awarded supplier's
 * unit price in the case currency (4 places) and line total (quantity × unit price to the cent,
 * then converted to the cent), and the totals as sums of the line totals. Amounts are decimal
 * strings, as the API sends them. No Angular here: the API's tests run it against the server's.
 */

/** The parts of the comparison the award dialog reads (structural: the generated fragment fits). */
export interface ComparisonForAward {
  currency: string;
  suppliers: readonly { invitationId: string; supplierName: string; currency: string; rate: string | null; rateMissing: boolean }[];
  lines: readonly {
    key: string;
    position: number;
    description: string;
    quantity: string;
    unit: string;
    offers: readonly { invitationId: string; unitPrice: string | null; quantity: string | null; fullQuantity: boolean }[];
  }[];
}

/** One line of a proposed award as the dialog shows it; amounts in the case currency, null when not quoted or not convertible. */
export interface AwardLineView {
  lineKey: string;
  position: number;
  description: string;
  unit: string;
  /** The quantity awarded: the chosen supplier's, else the one requested. */
  quantity: string;
  invitationId: string | null;
  supplierName: string | null;
  unitPrice: string | null;
  total: string | null;
  /** The chosen supplier quoted this line at all. */
  quoted: boolean;
}

export interface AwardView {
  lines: AwardLineView[];
  bySupplier: Array<{ invitationId: string; supplierName: string; total: string; lines: number }>;
  total: string;
  /** Every line has a supplier with a price in the case currency. */
  complete: boolean;
}

type Supplier = { currency: string; rate: string | null };

/** The rate from the supplier's currency to the case currency: null when they are the same, undefined when missing. */
const rateOf = (supplier: Supplier, caseCurrency: string): string | null | undefined => (supplier.currency === caseCurrency ? null : (supplier.rate ?? undefined));

/**
 * A supplier's unit price for a line in the case currency (`convertUnitPrice`: 4 places, as the
 * server converts at the entered rate); null when the line is not quoted or the rate is missing.
 */
export function unitPriceInCaseCurrency(offer: { unitPrice: string | null } | undefined, supplier: Supplier | undefined, caseCurrency: string): string | null {
  if (!offer || offer.unitPrice === null || !supplier) return null;
  const rate = rateOf(supplier, caseCurrency);
  return rate === undefined ? null : convertUnitPrice(offer.unitPrice, rate);
}

/**
 * The award of `choice` (line key → invitation id): per line the supplier's unit price and total
 * in the case currency, the totals per supplier and in all (`awardTotals`).
 */
export function awardView(comparison: ComparisonForAward, choice: Readonly<Record<string, string | null | undefined>>): AwardView {
  const suppliers = new Map(comparison.suppliers.map((s) => [s.invitationId, s]));
  const chosen = [...comparison.lines]
    .sort((a, b) => a.position - b.position)
    .map((line) => {
      const invitationId = choice[line.key] ?? null;
      const supplier = invitationId ? suppliers.get(invitationId) : undefined;
      const offer = invitationId ? line.offers.find((o) => o.invitationId === invitationId) : undefined;
      const rate = supplier ? rateOf(supplier, comparison.currency) : undefined;
      const priced: AwardLineInput | null =
        invitationId && offer && offer.unitPrice !== null && offer.quantity !== null && rate !== undefined
          ? { lineKey: line.key, invitationId, unitPrice: offer.unitPrice, quantity: offer.quantity, rate }
          : null;
      return { line, invitationId, supplier, offer, priced };
    });
  const priced = chosen.flatMap((c) => (c.priced ? [c.priced] : []));
  const totals = awardTotals(priced);
  const lines: AwardLineView[] = chosen.map(({ line, invitationId, supplier, offer, priced: p }) => ({
    lineKey: line.key,
    position: line.position,
    description: line.description,
    unit: line.unit,
    quantity: offer?.quantity ?? line.quantity,
    invitationId,
    supplierName: supplier?.supplierName ?? null,
    unitPrice: unitPriceInCaseCurrency(offer, supplier, comparison.currency),
    total: p ? totals.lines[priced.indexOf(p)] : null,
    quoted: !!offer && offer.unitPrice !== null,
  }));
  return {
    lines,
    bySupplier: totals.bySupplier.map((s) => ({ ...s, supplierName: suppliers.get(s.invitationId)?.supplierName ?? '' })),
    total: totals.total,
    complete: lines.length > 0 && priced.length === lines.length,
  };
}

/** Every line to one supplier. */
export function singleChoice(comparison: Pick<ComparisonForAward, 'lines'>, invitationId: string | null): Record<string, string | null> {
  return Object.fromEntries(comparison.lines.map((l) => [l.key, invitationId]));
}

/**
 * The split the dialog starts from: per line the supplier with the lowest unit price in the case
 * currency among those that quoted it, else the ranking's first.
 */
export function cheapestChoice(comparison: ComparisonForAward, fallback: string | null): Record<string, string | null> {
  const suppliers = new Map(comparison.suppliers.map((s) => [s.invitationId, s]));
  return Object.fromEntries(
    comparison.lines.map((line) => {
      let best: { id: string; price: string } | null = null;
      for (const offer of line.offers) {
        const price = unitPriceInCaseCurrency(offer, suppliers.get(offer.invitationId), comparison.currency);
        if (price !== null && (!best || compareDecimals(price, best.price) < 0)) best = { id: offer.invitationId, price };
      }
      return [line.key, best?.id ?? fallback];
    }),
  );
}
