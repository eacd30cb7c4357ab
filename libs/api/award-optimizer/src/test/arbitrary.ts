import fc from 'fast-check';
import type { ConditionalDiscount, LineGroup, ScenarioProblem, ScenarioRule, ScenarioSupplier } from '../lib/model';
import { enumerationSize } from './brute-force';

/** Allocations the brute force may enumerate per instance; lines are made smaller above it. */
const MAX_ENUMERATION = 3000;

const score = fc.constantFrom<number | null>(null, 40, 60, 75, 90);

function supplierArb(id: string): fc.Arbitrary<ScenarioSupplier> {
  return fc.record({
    id: fc.constant(id),
    name: fc.constant(`Supplier ${id}`),
    reliabilityScore: score,
    technicalScore: score,
    totalScore: fc.integer({ min: 0, max: 100 }),
    mustHavesMet: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    incumbent: fc.boolean(),
  });
}

function ruleArb(supplierIds: string[], lineIds: string[], groupIds: string[]): fc.Arbitrary<ScenarioRule> {
  const some = <T>(items: T[]) => fc.subarray(items, { minLength: 1 });
  const basis = fc.constantFrom<'VALUE' | 'QUANTITY'>('VALUE', 'QUANTITY');
  const percent = fc.integer({ min: 1, max: 9 }).map((n) => n * 10);
  const group = groupIds.length ? fc.option(fc.constantFrom(...groupIds), { nil: undefined }) : fc.constant(undefined);
  return fc.oneof(
    fc.record({ kind: fc.constant('maxSuppliers' as const), max: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('minSuppliers' as const), min: fc.integer({ min: 1, max: 3 }) }),
    fc.record(
      { kind: fc.constant('share' as const), basis, supplierIds: fc.option(some(supplierIds), { nil: undefined }), lineGroupId: group, minPercent: fc.option(percent, { nil: undefined }), maxPercent: fc.option(percent, { nil: undefined }) },
      { requiredKeys: ['kind', 'basis'] },
    ),
    fc.record({ kind: fc.constant('capacity' as const) }),
    fc.record({ kind: fc.constant('excludeSuppliers' as const), supplierIds: some(supplierIds) }),
    fc.record({ kind: fc.constant('minReliability' as const), min: fc.constantFrom(50, 70) }),
    fc.record({ kind: fc.constant('minTechnical' as const), min: fc.constantFrom(50, 70) }),
    fc.record({ kind: fc.constant('mustHavesRequired' as const) }),
    fc.record({ kind: fc.constant('incumbentRetention' as const), basis, minPercent: fc.integer({ min: 1, max: 5 }).map((n) => n * 10) }),
    fc.record({ kind: fc.constant('wholeLines' as const), lineIds: fc.option(some(lineIds), { nil: undefined }) }, { requiredKeys: ['kind'] }),
    fc.record({ kind: fc.constant('lotsTogether' as const), lineGroupIds: groupIds.length ? fc.option(some(groupIds), { nil: undefined }) : fc.constant(undefined) }, { requiredKeys: ['kind'] }),
  ) as fc.Arbitrary<ScenarioRule>;
}

function discountArb(supplierIds: string[], lineIds: string[]): fc.Arbitrary<Omit<ConditionalDiscount, 'id'>> {
  return fc.record({
    supplierId: fc.constantFrom(...supplierIds),
    type: fc.constantFrom<'PERCENT' | 'AMOUNT'>('PERCENT', 'AMOUNT'),
    value: fc.integer({ min: 1, max: 30 }).map(String),
    condition: fc.oneof(fc.record({ minValue: fc.integer({ min: 0, max: 80 }).map(String) }), fc.record({ lineIds: fc.subarray(lineIds, { minLength: 1, maxLength: Math.min(2, lineIds.length) }) })),
  });
}

/**
 * Random small scenarios (up to 4 suppliers × 6 lines): whole-number prices (so every total is
 * exact to the cent), quantities of 1–3, offers missing now and then, capacities, conditional
 * discounts, line groups, up to four rules, either objective.
 */
export const problemArb: fc.Arbitrary<ScenarioProblem> = fc
  .record({ suppliers: fc.integer({ min: 1, max: 4 }), lines: fc.integer({ min: 1, max: 6 }) })
  .chain(({ suppliers: ns, lines: nl }) => {
    const supplierIds = ['A', 'B', 'C', 'D'].slice(0, ns);
    const lineIds = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'].slice(0, nl);
    const groups = fc.array(fc.subarray(lineIds, { minLength: 1 }), { maxLength: 2 }).map((sets): LineGroup[] => sets.map((lineIds, i) => ({ id: `G${i + 1}`, name: `Group ${i + 1}`, lineIds })));
    return groups.chain((lineGroups) =>
      fc.record({
        lines: fc.tuple(...lineIds.map((id) => fc.integer({ min: 1, max: 3 }).map((q) => ({ id, quantity: String(q), unit: 'pcs' })))),
        suppliers: fc.tuple(...supplierIds.map(supplierArb)),
        offers: fc.tuple(
          ...lineIds.flatMap((lineId) =>
            supplierIds.map((supplierId) =>
              fc.option(fc.record({ lineId: fc.constant(lineId), supplierId: fc.constant(supplierId), unitPrice: fc.integer({ min: 1, max: 20 }).map(String), capacity: fc.option(fc.integer({ min: 1, max: 3 }).map(String), { nil: null }) }), { freq: 5, nil: null }),
            ),
          ),
        ),
        discounts: fc.array(discountArb(supplierIds, lineIds), { maxLength: 2 }),
        rules: fc.array(ruleArb(supplierIds, lineIds, lineGroups.map((g) => g.id)), { maxLength: 4 }),
        objective: fc.oneof(
          { weight: 3, arbitrary: fc.constant({ kind: 'MIN_COST' as const }) },
          { weight: 1, arbitrary: fc.record({ kind: fc.constant('MAX_SCORE' as const), budget: fc.option(fc.integer({ min: 10, max: 150 }).map(String), { nil: null }) }) },
        ),
      }).map(
        (p): ScenarioProblem => shrinkToEnumerable({
          lines: [...p.lines],
          suppliers: [...p.suppliers],
          offers: p.offers.filter((o) => o !== null),
          discounts: p.discounts.map((d, i) => ({ ...d, id: `D${i + 1}` })),
          lineGroups,
          objective: p.objective,
          rules: p.rules.map((r, i) => ({ ...r, id: `R${i + 1}` })),
        }),
      ),
    );
  });

/** Lines brought to a quantity of 1, last first, until the brute force can enumerate the instance. */
function shrinkToEnumerable(problem: ScenarioProblem): ScenarioProblem {
  const lines = [...problem.lines];
  for (let i = lines.length - 1; i >= 0 && enumerationSize({ ...problem, lines }) > MAX_ENUMERATION; i--) lines[i] = { ...lines[i], quantity: '1' };
  return { ...problem, lines };
}
