import { AppError, validationFailed } from '@bc/api/core';
import { Decimal } from 'decimal.js';
import { buildComparison } from '@bc/api/evaluation';
import { AMOUNT_RULE, AMOUNT_TOO_LARGE, AWARD_UNIT_PRICE_RULE, compareDecimals, convertedLineTotal, convertUnitPrice, decimalProblem, ErrorCode, sumMoney } from '@bc/shared/domain';

/** One line of a proposal as it will be stored: amounts in the case currency. */
export interface PlannedLine {
  lineKey: string;
  invitationId: string;
  supplierId: string;
  supplierName: string;
  quantity: string;
  /** The quoted unit price converted at the entered rate, 4 places (`convertUnitPrice`). */
  unitPrice: string;
  /** The comparison's line total in the case currency (`convertedLineTotal`: line total, then converted). */
  total: string;
}

/** Every line to one supplier, or a supplier per line (or per part of a line: `quantity`). */
export type AwardChoice = { invitationId: string } | { lines: ReadonlyArray<{ lineKey: string; invitationId: string; quantity?: string | null }> };

/** `details.rule` of a split line whose parts do not add up, or that names a supplier twice. */
export const SPLIT_QUANTITIES = 'SPLIT_QUANTITIES';

type Comparison = ReturnType<typeof buildComparison>;

/**
 * The lines and total of an award of `choice` on `comparison` (no I/O): per line the awarded
 * supplier's quantity, unit price and line total in the case currency, and the total as the sum of
 * the line totals (`sumMoney`): the money rules of @bc/shared/domain, the same the web's award
 * dialog shows. Refused with VALIDATION_FAILED naming the input: an unknown line or invitation, a
 * line awarded twice or not at all, an offer short of the requested quantity, a missing rate, and
 * amounts beyond their columns (AMOUNT_TOO_LARGE).
 *
 * A line given a `quantity` (a split, issue 16) is awarded that part, at the supplier's unit price:
 * its total is unit price × part, then converted (`convertedLineTotal`); the offer must quote at
 * least the part. A line without one is awarded whole, as before: at the quantity the supplier quoted.
 */
export function planAward(comparison: Comparison, choice: AwardChoice): { lines: PlannedLine[]; totalValue: string } {
  const wanted = wantedLines(comparison, choice);
  const lines: PlannedLine[] = wanted.map(({ line, supplier, field, quantity }) => {
    const offer = line.offers.find((o) => o.invitationId === supplier.invitationId);
    const enough = offer && offer.unitPrice !== null && offer.quantity !== null && (quantity === null ? offer.fullQuantity : compareDecimals(offer.quantity, quantity) >= 0);
    if (!offer || !enough || offer.unitPrice === null || offer.quantity === null) {
      throw validationFailed(field, `${supplier.supplierName} does not offer line ${line.position} (${line.description}) at the requested quantity`);
    }
    const foreign = supplier.currency !== comparison.currency;
    if (offer.lineTotalConverted === null || (foreign && supplier.rate === null)) {
      throw validationFailed(field, `Enter the rate of ${supplier.currency} first: line ${line.position} cannot be converted to ${comparison.currency}`);
    }
    const rate = foreign ? supplier.rate : null;
    return {
      lineKey: line.key,
      invitationId: supplier.invitationId,
      supplierId: supplier.supplierId,
      supplierName: supplier.supplierName,
      quantity: quantity ?? offer.quantity,
      unitPrice: convertUnitPrice(offer.unitPrice, rate),
      total: quantity === null ? offer.lineTotalConverted : convertedLineTotal({ unitPrice: offer.unitPrice, quantity }, rate)!,
    };
  });
  const totalValue = sumMoney(lines.map((l) => l.total));
  assertAmountsFit(lines, totalValue, wanted, 'invitationId' in choice ? 'input.invitationId' : 'input.lines', comparison.currency);
  return { lines, totalValue };
}

type ComparisonLine = Comparison['lines'][number];
type ComparisonSupplier = Comparison['suppliers'][number];

interface WantedLine {
  line: ComparisonLine;
  supplier: ComparisonSupplier;
  field: string;
  /** The part awarded (a split); null: the whole line. */
  quantity: string | null;
}

/** Which supplier gets which line (or part of it), with the input field that named it. */
function wantedLines(comparison: Comparison, choice: AwardChoice): WantedLine[] {
  const suppliers = new Map(comparison.suppliers.map((s) => [s.invitationId, s]));
  if ('invitationId' in choice) {
    const supplier = suppliers.get(choice.invitationId);
    if (!supplier) throw validationFailed('input.invitationId', 'That invitation has no submitted quote on this RFQ');
    return comparison.lines.map((line) => ({ line, supplier, field: 'input.invitationId', quantity: null }));
  }
  const lineByKey = new Map(comparison.lines.map((l) => [l.key, l]));
  const seen = new Set<string>();
  const wanted = choice.lines.map((l, i): WantedLine => {
    const line = lineByKey.get(l.lineKey);
    if (!line) throw validationFailed(`input.lines.${i}.lineKey`, `${comparison.reference} has no line ${l.lineKey}`);
    const quantity = l.quantity ?? null;
    if (seen.has(l.lineKey) && quantity === null) throw validationFailed(`input.lines.${i}.lineKey`, `Line ${l.lineKey} is awarded twice: a split line names each supplier's quantity`);
    seen.add(l.lineKey);
    const supplier = suppliers.get(l.invitationId);
    if (!supplier) throw validationFailed(`input.lines.${i}.invitationId`, 'That invitation has no submitted quote on this RFQ');
    return { line, supplier, field: `input.lines.${i}.invitationId`, quantity };
  });
  assertSplitsAddUp(wanted);
  const missing = comparison.lines.filter((l) => !seen.has(l.key)).map((l) => l.key);
  if (missing.length > 0) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, `Every line is awarded: ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no supplier`, {
      field: 'input.lines',
      details: { missing },
    });
  }
  return wanted;
}

/**
 * A line named with quantities (a split) is named so for every supplier, once each, and the parts
 * add up to the line's quantity exactly.
 */
function assertSplitsAddUp(wanted: readonly WantedLine[]): void {
  const byLine = new Map<string, WantedLine[]>();
  for (const w of wanted) byLine.set(w.line.key, [...(byLine.get(w.line.key) ?? []), w]);
  for (const parts of byLine.values()) {
    if (parts.every((p) => p.quantity === null)) continue;
    const { line } = parts[0];
    const field = parts[parts.length - 1].field.replace(/invitationId$/, 'quantity');
    const fail = (message: string) => new AppError(ErrorCode.VALIDATION_FAILED, message, { field, details: { rule: SPLIT_QUANTITIES, lineKey: line.key } });
    if (parts.some((p) => p.quantity === null)) throw fail(`Line ${line.position} (${line.description}) is split: give every supplier's quantity`);
    if (new Set(parts.map((p) => p.supplier.invitationId)).size < parts.length) throw fail(`Line ${line.position} (${line.description}) names a supplier twice`);
    const sum = sumQuantities(parts.map((p) => p.quantity!));
    if (compareDecimals(sum, line.quantity) !== 0) throw fail(`The parts of line ${line.position} (${line.description}) add up to ${sum}, not its quantity ${line.quantity}`);
  }
}

const sumQuantities = (quantities: readonly string[]): string => quantities.reduce((a, b) => new Decimal(a).plus(b).toString(), '0');

/**
 * An award keeps its unit prices as numeric(18,4) and its totals as numeric(18,2): an amount
 * beyond that (a huge quote, converted at a high rate, or split lines adding up) is refused with
 * VALIDATION_FAILED naming the line, before anything is written.
 */
function assertAmountsFit(planned: PlannedLine[], totalValue: string, wanted: ReadonlyArray<{ field: string }>, totalField: string, currency: string): void {
  const tooLarge = (field: string, message: string) =>
    new AppError(ErrorCode.VALIDATION_FAILED, message, { field, details: { rule: AMOUNT_TOO_LARGE, maxDigits: AMOUNT_RULE.digits } });
  planned.forEach((l, i) => {
    if (decimalProblem(l.unitPrice, AWARD_UNIT_PRICE_RULE) !== null) {
      throw tooLarge(wanted[i].field, `${l.supplierName}'s unit price in ${currency} (${l.unitPrice}) has more than ${AWARD_UNIT_PRICE_RULE.digits} digits before the point: it cannot be awarded`);
    }
    if (decimalProblem(l.total, AMOUNT_RULE) !== null) {
      throw tooLarge(wanted[i].field, `${l.supplierName}'s line total in ${currency} (${l.total}) has more than ${AMOUNT_RULE.digits} digits before the point: it cannot be awarded`);
    }
  });
  if (decimalProblem(totalValue, AMOUNT_RULE) !== null) {
    throw tooLarge(totalField, `The award total (${totalValue} ${currency}) has more than ${AMOUNT_RULE.digits} digits before the point: it cannot be awarded`);
  }
}
