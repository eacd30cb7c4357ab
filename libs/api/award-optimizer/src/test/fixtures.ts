import type { ConditionalDiscount, LineGroup, ScenarioObjective, ScenarioProblem, ScenarioRule, ScenarioSupplier } from '../lib/model';

export interface ProblemSpec {
  /** line id → quantity */
  lines: Record<string, number | string>;
  /** supplier id → line id → unit price (a missing line: no offer) */
  prices: Record<string, Record<string, number | string>>;
  /** supplier id → line id → capacity */
  capacities?: Record<string, Record<string, number | string>>;
  suppliers?: Record<string, Partial<ScenarioSupplier>>;
  rules?: ScenarioRule[];
  discounts?: ConditionalDiscount[];
  lineGroups?: LineGroup[];
  objective?: ScenarioObjective;
  splitSteps?: Record<string, string>;
}

/** A problem from a compact table of prices. */
export function makeProblem(spec: ProblemSpec): ScenarioProblem {
  return {
    lines: Object.entries(spec.lines).map(([id, q]) => ({ id, quantity: String(q), unit: 'pcs', ...(spec.splitSteps?.[id] ? { splitStep: spec.splitSteps[id] } : {}) })),
    suppliers: Object.keys(spec.prices).map((id) => ({
      id,
      name: `Supplier ${id}`,
      reliabilityScore: 80,
      technicalScore: 80,
      totalScore: 50,
      mustHavesMet: true,
      incumbent: false,
      ...spec.suppliers?.[id],
    })),
    offers: Object.entries(spec.prices).flatMap(([supplierId, lines]) =>
      Object.entries(lines).map(([lineId, price]) => ({ supplierId, lineId, unitPrice: String(price), capacity: spec.capacities?.[supplierId]?.[lineId] === undefined ? null : String(spec.capacities[supplierId][lineId]) })),
    ),
    discounts: spec.discounts ?? [],
    lineGroups: spec.lineGroups ?? [],
    objective: spec.objective ?? { kind: 'MIN_COST' },
    rules: spec.rules ?? [],
  };
}
