import { Dec } from './decimal';
import type { ScenarioProblem, ScenarioRule, ScenarioSupplier } from './model';

/** A line as the formulation sees it: its quantity in units of `unitSize` (one unit when whole). */
export interface PreparedLine {
  id: string;
  quantity: Dec;
  unitSize: Dec;
  units: number;
}

/** A supplier that may be awarded a line under the rules: its offer, and at most `maxUnits` of it. */
export interface Pair {
  line: number;
  supplier: number;
  /** price × unit size, for the solver. */
  unitCost: number;
  maxUnits: number;
}

export interface Prepared {
  problem: ScenarioProblem;
  rules: readonly ScenarioRule[];
  lines: PreparedLine[];
  pairs: Pair[];
  pairsByLine: number[][];
  pairsBySupplier: number[][];
  /** Lines no eligible supplier can take: the scenario is infeasible without a solve. */
  linesWithoutPairs: string[];
}

/** Whether the rules let the supplier be awarded at all. */
export function eligible(supplier: ScenarioSupplier, rules: readonly ScenarioRule[]): boolean {
  return rules.every((rule) => {
    switch (rule.kind) {
      case 'excludeSuppliers':
        return !rule.supplierIds.includes(supplier.id);
      case 'minReliability':
        return supplier.reliabilityScore !== null && supplier.reliabilityScore >= rule.min;
      case 'minTechnical':
        return supplier.technicalScore !== null && supplier.technicalScore >= rule.min;
      case 'mustHavesRequired':
        return supplier.mustHavesMet;
      default:
        return true;
    }
  });
}

/**
 * A line's unit: the whole quantity when a `wholeLines` rule names it (or names none) or when its
 * quantity is not a whole multiple of its split step; the split step ("1") otherwise.
 */
function prepareLine(line: ScenarioProblem['lines'][number], rules: readonly ScenarioRule[]): PreparedLine {
  const quantity = new Dec(line.quantity);
  const whole = rules.some((r) => r.kind === 'wholeLines' && (!r.lineIds || r.lineIds.includes(line.id)));
  const step = new Dec(line.splitStep ?? '1');
  if (whole || !quantity.mod(step).isZero()) return { id: line.id, quantity, unitSize: quantity, units: 1 };
  return { id: line.id, quantity, unitSize: step, units: quantity.dividedBy(step).toNumber() };
}

/** The problem under a set of rules, ready to formulate: lines in units, the pairs that may be awarded. */
export function prepare(problem: ScenarioProblem, rules: readonly ScenarioRule[]): Prepared {
  const lines = problem.lines.map((line) => prepareLine(line, rules));
  const lineIndex = new Map(lines.map((l, i) => [l.id, i]));
  const supplierIndex = new Map(problem.suppliers.map((s, i) => [s.id, i]));
  const allowed = problem.suppliers.map((s) => eligible(s, rules));
  const capacity = rules.some((r) => r.kind === 'capacity');
  const unitOfOne = lines.map((line) => line.unitSize.equals(1));
  const pairs: Pair[] = [];
  for (const offer of problem.offers) {
    const l = lineIndex.get(offer.lineId);
    const s = supplierIndex.get(offer.supplierId);
    if (l === undefined || s === undefined || !allowed[s]) continue;
    const line = lines[l];
    const cap = capacity && offer.capacity != null ? new Dec(offer.capacity).dividedToIntegerBy(line.unitSize).toNumber() : line.units;
    const maxUnits = Math.min(cap, line.units);
    if (maxUnits <= 0) continue;
    // A unit of one is the common case: the price's float as it is, without a decimal per offer (100 000 at 200 × 500).
    const unitCost = unitOfOne[l] ? Number(offer.unitPrice) : new Dec(offer.unitPrice).times(line.unitSize).toNumber();
    pairs.push({ line: l, supplier: s, unitCost, maxUnits });
  }
  const pairsByLine = lines.map((): number[] => []);
  const pairsBySupplier = problem.suppliers.map((): number[] => []);
  pairs.forEach((p, i) => {
    pairsByLine[p.line].push(i);
    pairsBySupplier[p.supplier].push(i);
  });
  const linesWithoutPairs = lines.filter((_, i) => pairsByLine[i].length === 0).map((l) => l.id);
  return { problem, rules, lines, pairs, pairsByLine, pairsBySupplier, linesWithoutPairs };
}
