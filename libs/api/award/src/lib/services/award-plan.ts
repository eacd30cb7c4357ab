import { AppError, validationFailed } from '@bc/api/core';
import { buildComparison } from '@bc/api/evaluation';
import { AMOUNT_RULE, AMOUNT_TOO_LARGE, AWARD_UNIT_PRICE_RULE, convertUnitPrice, decimalProblem, ErrorCode, sumMoney } from '@bc/shared/domain';

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

/** Every line to one supplier, or a supplier per line. */
export type AwardChoice = { invitationId: string } | { lines: ReadonlyArray<{ lineKey: string; invitationId: string }> };

type Comparison = ReturnType<typeof buildComparison>;

/**
 * The lines and total of an award of `choice` on `comparison` (no I/O): per line the awarded
 * supplier's quantity, unit price and line total in the case currency, and the total as the sum of
 * the line totals (`sumMoney`): the money rules of @bc/shared/domain, the same the web's award
 * dialog shows. Refused with VALIDATION_FAILED naming the input: an unknown line or invitation, a
 * line awarded twice or not at all, an offer short of the requested quantity, a missing rate, and
 * amounts beyond their columns (AMOUNT_TOO_LARGE).
 */
export function planAward(comparison: Comparison, choice: AwardChoice): { lines: PlannedLine[]; totalValue: string } {
  const wanted = wantedLines(comparison, choice);
  const lines: PlannedLine[] = wanted.map(({ line, supplier, field }) => {
    const offer = line.offers.find((o) => o.invitationId === supplier.invitationId);
    if (!offer || !offer.fullQuantity || offer.unitPrice === null || offer.quantity === null) {
      throw validationFailed(field, `${supplier.supplierName} does not offer line ${line.position} (${line.description}) at the requested quantity`);
    }
    const foreign = supplier.currency !== comparison.currency;
    if (offer.lineTotalConverted === null || (foreign && supplier.rate === null)) {
      throw validationFailed(field, `Enter the rate of ${supplier.currency} first: line ${line.position} cannot be converted to ${comparison.currency}`);
    }
    return {
      lineKey: line.key,
      invitationId: supplier.invitationId,
      supplierId: supplier.supplierId,
      supplierName: supplier.supplierName,
      quantity: offer.quantity,
      unitPrice: convertUnitPrice(offer.unitPrice, foreign ? supplier.rate : null),
      total: offer.lineTotalConverted,
    };
  });
  const totalValue = sumMoney(lines.map((l) => l.total));
  assertAmountsFit(lines, totalValue, wanted, 'invitationId' in choice ? 'input.invitationId' : 'input.lines', comparison.currency);
  return { lines, totalValue };
}

type ComparisonLine = Comparison['lines'][number];
type ComparisonSupplier = Comparison['suppliers'][number];

/** Which supplier gets which line, with the input field that named it. */
function wantedLines(comparison: Comparison, choice: AwardChoice): Array<{ line: ComparisonLine; supplier: ComparisonSupplier; field: string }> {
  const suppliers = new Map(comparison.suppliers.map((s) => [s.invitationId, s]));
  if ('invitationId' in choice) {
    const supplier = suppliers.get(choice.invitationId);
    if (!supplier) throw validationFailed('input.invitationId', 'That invitation has no submitted quote on this RFQ');
    return comparison.lines.map((line) => ({ line, supplier, field: 'input.invitationId' }));
  }
  const lineByKey = new Map(comparison.lines.map((l) => [l.key, l]));
  const seen = new Set<string>();
  const wanted = choice.lines.map((l, i) => {
    const line = lineByKey.get(l.lineKey);
    if (!line) throw validationFailed(`input.lines.${i}.lineKey`, `${comparison.reference} has no line ${l.lineKey}`);
    if (seen.has(l.lineKey)) throw validationFailed(`input.lines.${i}.lineKey`, `Line ${l.lineKey} is awarded twice: every line goes to one supplier`);
    seen.add(l.lineKey);
    const supplier = suppliers.get(l.invitationId);
    if (!supplier) throw validationFailed(`input.lines.${i}.invitationId`, 'That invitation has no submitted quote on this RFQ');
    return { line, supplier, field: `input.lines.${i}.invitationId` };
  });
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
