import { lineTotal, percentAmount, percentOf, roundMoney, subtractMoney, sumMoney, trimDecimal } from '@bc/shared/domain';
import { checkAllocation } from './check';
import { Dec, ZERO, decOf } from './decimal';
import type { AllocationEntry, AppliedDiscount, AwardedLine, ScenarioConflict, ScenarioProblem, ScenarioResult, ScenarioStatus, SupplierShare } from './model';

/**
 * The exact figures of an allocation, computed with decimals from the allocation alone: each
 * awarded line's total (unit price × quantity, rounded to the cent as an award line), each
 * supplier's best applicable conditional discount, the totals, shares and (under `MAX_SCORE`)
 * the score. The solver's floats never reach the result.
 */
export function evaluateAllocation(problem: ScenarioProblem, allocation: readonly AllocationEntry[], status: ScenarioStatus = 'EVALUATED'): ScenarioResult {
  const lineOrder = new Map(problem.lines.map((l, i) => [l.id, i]));
  const supplierOrder = new Map(problem.suppliers.map((s, i) => [s.id, i]));
  const named = new Set(allocation.map((e) => e.supplierId));
  const prices = new Map(problem.offers.filter((o) => named.has(o.supplierId)).map((o) => [`${o.lineId}\u0000${o.supplierId}`, o.unitPrice]));
  const awarded: AwardedLine[] = allocation
    .filter((e) => !new Dec(e.quantity).isZero())
    .map((e) => {
      const unitPrice = prices.get(`${e.lineId}\u0000${e.supplierId}`) ?? '0';
      return { lineId: e.lineId, supplierId: e.supplierId, quantity: trimDecimal(e.quantity), unitPrice, total: lineTotal({ unitPrice, quantity: e.quantity }) ?? '0.00' };
    })
    .sort((a, b) => (lineOrder.get(a.lineId) ?? 0) - (lineOrder.get(b.lineId) ?? 0) || (supplierOrder.get(a.supplierId) ?? 0) - (supplierOrder.get(b.supplierId) ?? 0));
  const supplierIds = problem.suppliers.map((s) => s.id).filter((id) => awarded.some((a) => a.supplierId === id));
  const discounts = supplierIds.map((id) => bestDiscount(problem, id, awarded)).filter((d): d is AppliedDiscount => d !== null);
  const totalBeforeDiscounts = sumMoney(awarded.map((a) => a.total));
  const totalCost = subtractMoney(totalBeforeDiscounts, sumMoney(discounts.map((d) => d.amount)));
  const totalQuantity = awarded.reduce((sum, a) => sum.plus(a.quantity), ZERO);
  const suppliers: SupplierShare[] = supplierIds.map((supplierId) => {
    const mine = awarded.filter((a) => a.supplierId === supplierId);
    const value = sumMoney(mine.map((a) => a.total));
    const quantity = mine.reduce((sum, a) => sum.plus(a.quantity), ZERO);
    const discount = discounts.find((d) => d.supplierId === supplierId)?.amount ?? '0.00';
    return {
      supplierId,
      value,
      net: subtractMoney(value, discount),
      valueShare: Number(totalBeforeDiscounts) === 0 ? 0 : percentOf(value, totalBeforeDiscounts),
      quantity: trimDecimal(quantity.toFixed()),
      quantityShare: totalQuantity.isZero() ? 0 : percentOf(quantity.toFixed(), totalQuantity.toFixed()),
    };
  });
  return {
    status,
    allocation: awarded,
    totalBeforeDiscounts,
    discounts,
    totalCost,
    suppliers,
    supplierCount: supplierIds.length,
    score: problem.objective.kind === 'MAX_SCORE' ? allocationScore(problem, awarded).toDecimalPlaces(4).toNumber() : null,
    conflict: null,
    violations: checkAllocation(problem, awarded),
    gap: null,
    provenOptimal: false,
  };
}

/** A scenario without an allocation: infeasible (with why) or stopped before any was found. */
export function emptyResult(problem: ScenarioProblem, status: ScenarioStatus, conflict: ScenarioConflict | null): ScenarioResult {
  return { ...evaluateAllocation(problem, [], status), score: null, conflict, violations: [] };
}

/**
 * A supplier's exact awarded value before discounts, unrounded (Σ unit price × quantity): what a
 * value condition of a discount and a share by value are measured with.
 */
export function exactValue(awarded: readonly AwardedLine[], supplierId: string): Dec {
  return awarded.filter((a) => a.supplierId === supplierId).reduce((sum, a) => sum.plus(new Dec(a.unitPrice).times(a.quantity)), ZERO);
}

/**
 * The one discount a supplier gets: of its conditional discounts whose condition the allocation
 * meets, the one worth most (the first of equals). A percentage is of the supplier's value (its
 * lines' totals), rounded to the cent; an amount is at most that value.
 */
function bestDiscount(problem: ScenarioProblem, supplierId: string, awarded: readonly AwardedLine[]): AppliedDiscount | null {
  const mine = awarded.filter((a) => a.supplierId === supplierId);
  const value = sumMoney(mine.map((a) => a.total));
  const exact = exactValue(awarded, supplierId);
  let best: AppliedDiscount | null = null;
  for (const d of problem.discounts ?? []) {
    if (d.supplierId !== supplierId) continue;
    const met =
      'minValue' in d.condition
        ? exact.greaterThanOrEqualTo(d.condition.minValue)
        : d.condition.lineIds.every((lineId) => {
            const line = problem.lines.find((l) => l.id === lineId);
            const held = mine.filter((a) => a.lineId === lineId).reduce((sum, a) => sum.plus(a.quantity), ZERO);
            return line !== undefined && held.equals(line.quantity);
          });
    if (!met) continue;
    const amount = d.type === 'PERCENT' ? percentAmount(value, d.value) : Dec.min(roundMoney(d.value), value).toFixed(2);
    if (best === null || new Dec(amount).greaterThan(best.amount)) best = { discountId: d.id, supplierId, amount };
  }
  return best;
}

/**
 * The weighted total score of an allocation averaged over the lines: each line scores the total
 * scores of its suppliers weighted by the part of the line each gets (a supplier without a score
 * counts 0). Exact.
 */
export function allocationScore(problem: ScenarioProblem, allocation: readonly AllocationEntry[]): Dec {
  if (problem.lines.length === 0) return ZERO;
  const scores = new Map(problem.suppliers.map((s) => [s.id, decOf(s.totalScore ?? 0)]));
  const quantities = new Map(problem.lines.map((l) => [l.id, new Dec(l.quantity)]));
  const sum = allocation.reduce((acc, e) => acc.plus((scores.get(e.supplierId) ?? ZERO).times(e.quantity).dividedBy(quantities.get(e.lineId) ?? 1)), ZERO);
  return sum.dividedBy(problem.lines.length);
}
