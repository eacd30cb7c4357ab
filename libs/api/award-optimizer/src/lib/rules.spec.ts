import type { Highs } from 'highs';
import { checkAllocation } from './check';
import type { ScenarioProblem, ScenarioResult, ScenarioRule } from './model';
import { loadSolverRuntime, solveScenario } from './solve-sync';
import { makeProblem, type ProblemSpec } from '../test/fixtures';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolverRuntime();
});

/** Three lines of 10; A is cheapest on L1, B on L2, C on L3. */
const base: ProblemSpec = {
  lines: { L1: 10, L2: 10, L3: 10 },
  prices: { A: { L1: 1, L2: 3, L3: 3 }, B: { L1: 2, L2: 1, L3: 3 }, C: { L1: 3, L2: 3, L3: 1 } },
};
/** A is cheapest everywhere, B costs twice as much. */
const cheapA: ProblemSpec = { lines: { L1: 10, L2: 10, L3: 10 }, prices: { A: { L1: 1, L2: 1, L3: 1 }, B: { L1: 2, L2: 2, L3: 2 } } };

function solve(spec: ProblemSpec, rules: ScenarioRule[] = []): ScenarioResult {
  const problem: ScenarioProblem = makeProblem({ ...spec, rules: [...(spec.rules ?? []), ...rules] });
  const result = solveScenario(problem, highs);
  expect(result.violations).toEqual([]);
  if (result.status === 'OPTIMAL') expect(checkAllocation(problem, result.allocation)).toEqual([]);
  return result;
}

const parts = (result: ScenarioResult) => result.allocation.map((a) => `${a.lineId}:${a.supplierId}:${a.quantity}`);

describe('rules, each on an example with a known answer', () => {
  it('without rules, each line goes to its cheapest offer', () => {
    const result = solve(base);
    expect(result).toMatchObject({ status: 'OPTIMAL', totalCost: '30.00', supplierCount: 3 });
    expect(parts(result)).toEqual(['L1:A:10', 'L2:B:10', 'L3:C:10']);
    expect(result.suppliers.map((s) => [s.supplierId, s.value, s.valueShare, s.quantityShare])).toEqual([
      ['A', '10.00', 33.33, 33.33],
      ['B', '10.00', 33.33, 33.33],
      ['C', '10.00', 33.33, 33.33],
    ]);
  });

  it('maxSuppliers: one supplier takes all (B, 60); two: B and C (40)', () => {
    expect(solve(base, [{ id: 'r', kind: 'maxSuppliers', max: 1 }]).totalCost).toBe('60.00');
    const two = solve(base, [{ id: 'r', kind: 'maxSuppliers', max: 2 }]);
    expect(two.totalCost).toBe('40.00');
    expect(parts(two)).toEqual(['L1:B:10', 'L2:B:10', 'L3:C:10']);
  });

  it('minSuppliers: a second supplier gets one unit of a splittable line, a whole line when lines are whole', () => {
    const split = solve(cheapA, [{ id: 'r', kind: 'minSuppliers', min: 2 }]);
    expect(split).toMatchObject({ totalCost: '31.00', supplierCount: 2 });
    expect(solve(cheapA, [{ id: 'r', kind: 'minSuppliers', min: 2 }, { id: 'w', kind: 'wholeLines' }]).totalCost).toBe('40.00');
  });

  it('share max by value and by quantity', () => {
    expect(solve(cheapA, [{ id: 'r', kind: 'share', basis: 'VALUE', maxPercent: 50 }]).totalCost).toBe('40.00');
    expect(solve(cheapA, [{ id: 'r', kind: 'share', basis: 'QUANTITY', maxPercent: 50 }]).totalCost).toBe('45.00');
  });

  it('share min applies to suppliers awarded in the scope (40 % by quantity once B has a unit)', () => {
    const result = solve(cheapA, [
      { id: 'm', kind: 'minSuppliers', min: 2 },
      { id: 'r', kind: 'share', basis: 'QUANTITY', minPercent: 40 },
    ]);
    expect(result.totalCost).toBe('42.00');
    // Without anyone else awarded, A alone at 100 % keeps the rule.
    expect(solve(cheapA, [{ id: 'r', kind: 'share', basis: 'QUANTITY', minPercent: 40 }]).totalCost).toBe('30.00');
  });

  it('share per line group: at most half of L1 to any one supplier', () => {
    const result = solve({ ...cheapA, lineGroups: [{ id: 'G', name: 'G', lineIds: ['L1'] }] }, [{ id: 'r', kind: 'share', basis: 'QUANTITY', lineGroupId: 'G', maxPercent: 50 }]);
    expect(result.totalCost).toBe('35.00');
    expect(parts(result)).toEqual(['L1:A:5', 'L1:B:5', 'L2:A:10', 'L3:A:10']);
  });

  it('capacity: A delivers at most 4 of L1 under the rule, ignored without it', () => {
    const spec = { ...base, capacities: { A: { L1: 4 } } };
    expect(solve(spec).totalCost).toBe('30.00');
    const result = solve(spec, [{ id: 'r', kind: 'capacity' }]);
    expect(result.totalCost).toBe('36.00');
    expect(parts(result)).toEqual(['L1:A:4', 'L1:B:6', 'L2:B:10', 'L3:C:10']);
  });

  it('excluded suppliers, minimum reliability and technical score, must-haves', () => {
    expect(solve(cheapA, [{ id: 'r', kind: 'excludeSuppliers', supplierIds: ['A'] }]).totalCost).toBe('60.00');
    expect(solve({ ...cheapA, suppliers: { A: { reliabilityScore: 60 } } }, [{ id: 'r', kind: 'minReliability', min: 70 }]).totalCost).toBe('60.00');
    expect(solve({ ...cheapA, suppliers: { A: { reliabilityScore: null } } }, [{ id: 'r', kind: 'minReliability', min: 70 }]).totalCost).toBe('60.00');
    expect(solve({ ...cheapA, suppliers: { A: { reliabilityScore: 70 } } }, [{ id: 'r', kind: 'minReliability', min: 70 }]).totalCost).toBe('30.00');
    expect(solve({ ...cheapA, suppliers: { A: { technicalScore: 3 } } }, [{ id: 'r', kind: 'minTechnical', min: 4 }]).totalCost).toBe('60.00');
    expect(solve({ ...cheapA, suppliers: { A: { mustHavesMet: false } } }, [{ id: 'r', kind: 'mustHavesRequired' }]).totalCost).toBe('60.00');
  });

  it('incumbent retention: B keeps 25 % of the value (A at most 25 units)', () => {
    const result = solve({ ...cheapA, suppliers: { B: { incumbent: true } } }, [{ id: 'r', kind: 'incumbentRetention', basis: 'VALUE', minPercent: 25 }]);
    expect(result.totalCost).toBe('35.00');
    expect(result.suppliers.find((s) => s.supplierId === 'B')).toMatchObject({ value: '10.00', valueShare: 28.57 });
  });

  it('whole lines: only the lines named are kept whole', () => {
    const spec = { ...cheapA, capacities: { A: { L1: 4, L2: 4 } } };
    const rules: ScenarioRule[] = [{ id: 'c', kind: 'capacity' }];
    expect(solve(spec, rules).totalCost).toBe('42.00');
    expect(solve(spec, [...rules, { id: 'w', kind: 'wholeLines', lineIds: ['L1'] }]).totalCost).toBe('46.00');
    expect(solve(spec, [...rules, { id: 'w', kind: 'wholeLines' }]).totalCost).toBe('50.00');
  });

  it('lots together: L1 and L2 go to one supplier (B), L3 to C', () => {
    const result = solve({ ...base, lineGroups: [{ id: 'lot', name: 'Lot', lineIds: ['L1', 'L2'] }] }, [{ id: 'r', kind: 'lotsTogether' }]);
    expect(result.totalCost).toBe('40.00');
    expect(parts(result)).toEqual(['L1:B:10', 'L2:B:10', 'L3:C:10']);
  });

  it('splits in whole split steps; a quantity off its step keeps its line whole', () => {
    // 14.5 in all, A at most 80 % (11.6): L2 (2.5, whole) and two steps of 4 of L1.
    const spec: ProblemSpec = { lines: { L1: '12', L2: '2.5' }, splitSteps: { L1: '4' }, prices: { A: { L1: 1, L2: 1 }, B: { L1: 2, L2: 2 } } };
    const result = solve(spec, [{ id: 'r', kind: 'share', basis: 'QUANTITY', maxPercent: 80 }]);
    expect(parts(result)).toEqual(['L1:A:8', 'L1:B:4', 'L2:A:2.5']);
    expect(result.totalCost).toBe('18.50');
  });
});
