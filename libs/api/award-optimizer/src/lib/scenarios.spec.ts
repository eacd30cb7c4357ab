import type { Highs } from 'highs';
import { join } from 'node:path';
import { checkAllocation } from './check';
import type { ConditionalDiscount, ScenarioRule } from './model';
import { ScenarioSolver } from './scenario-solver';
import { asProposedScenario, bestPricePerLineProblem, singleSupplierScenario } from './scenarios';
import { analyseScenario, loadSolverRuntime, solveScenario } from './solve-sync';
import { ScenarioInputError } from './validate';
import { makeProblem, type ProblemSpec } from '../test/fixtures';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolverRuntime();
});

const base: ProblemSpec = {
  lines: { L1: 10, L2: 10, L3: 10 },
  prices: { A: { L1: 1, L2: 3, L3: 3 }, B: { L1: 2, L2: 1, L3: 3 }, C: { L1: 3, L2: 3, L3: 1 } },
};
const solve = (spec: ProblemSpec) => solveScenario(makeProblem(spec), highs);

describe('conditional discounts', () => {
  it('an amount off for an awarded value: B takes everything (60) for 35 off', () => {
    const discounts: ConditionalDiscount[] = [{ id: 'd', supplierId: 'B', type: 'AMOUNT', value: '35', condition: { minValue: '60' } }];
    const result = solve({ ...base, discounts });
    expect(result).toMatchObject({ totalBeforeDiscounts: '60.00', totalCost: '25.00', discounts: [{ discountId: 'd', supplierId: 'B', amount: '35.00' }], supplierCount: 1 });
    expect(result.suppliers[0]).toMatchObject({ supplierId: 'B', value: '60.00', net: '25.00' });
  });

  it('a percentage for a set of lines: C takes L1 and L3 for 60 % off, B L2', () => {
    const discounts: ConditionalDiscount[] = [{ id: 'd', supplierId: 'C', type: 'PERCENT', value: '60', condition: { lineIds: ['L1', 'L3'] } }];
    const result = solve({ ...base, discounts });
    expect(result.totalCost).toBe('26.00');
    expect(result.allocation.map((a) => `${a.lineId}:${a.supplierId}`)).toEqual(['L1:C', 'L2:B', 'L3:C']);
    expect(result.discounts).toEqual([{ discountId: 'd', supplierId: 'C', amount: '24.00' }]);
  });

  it('a discount not worth its condition is left alone', () => {
    const discounts: ConditionalDiscount[] = [{ id: 'd', supplierId: 'B', type: 'AMOUNT', value: '25', condition: { minValue: '60' } }];
    expect(solve({ ...base, discounts })).toMatchObject({ totalCost: '30.00', discounts: [] });
  });

  it('of two discounts whose conditions hold, only the best one applies', () => {
    const discounts: ConditionalDiscount[] = [
      { id: 'tier1', supplierId: 'B', type: 'PERCENT', value: '50', condition: { minValue: '10' } },
      { id: 'tier2', supplierId: 'B', type: 'PERCENT', value: '60', condition: { minValue: '60' } },
    ];
    // B everything: 60 − 36 = 24; B on L1+L2 (30) − 15 + C 10 = 25; stacking would give 60 − 66.
    const result = solve({ ...base, discounts });
    expect(result).toMatchObject({ totalCost: '24.00', discounts: [{ discountId: 'tier2', amount: '36.00' }] });
  });

  it('a discount needs the whole of its lines: under a capacity it cannot be earned', () => {
    const discounts: ConditionalDiscount[] = [{ id: 'd', supplierId: 'C', type: 'PERCENT', value: '60', condition: { lineIds: ['L1', 'L3'] } }];
    const result = solve({ ...base, discounts, capacities: { C: { L1: 9 } }, rules: [{ id: 'c', kind: 'capacity' }] });
    expect(result).toMatchObject({ totalCost: '30.00', discounts: [] });
  });
});

describe('best weighted score within a budget', () => {
  const scored: ProblemSpec = { ...base, suppliers: { A: { totalScore: 90 }, B: { totalScore: 70 }, C: { totalScore: 50 } } };

  it('without a budget the best-scored supplier takes all', () => {
    expect(solve({ ...scored, objective: { kind: 'MAX_SCORE', budget: null } })).toMatchObject({ totalCost: '70.00', score: 90 });
  });

  it('within 50: L1 and L3 to A, L2 to B (the best score per unit of money), then the cheapest such', () => {
    const result = solve({ ...scored, objective: { kind: 'MAX_SCORE', budget: '50' } });
    expect(result).toMatchObject({ status: 'OPTIMAL', totalCost: '50.00', score: 83.3333 });
    expect(result.allocation.map((a) => `${a.lineId}:${a.supplierId}:${a.quantity}`)).toEqual(['L1:A:10', 'L2:B:10', 'L3:A:10']);
  });
});

describe('infeasible scenarios name a minimal conflicting set', () => {
  const rules: ScenarioRule[] = [
    { id: 'one', kind: 'maxSuppliers', max: 1 },
    { id: 'notC', kind: 'excludeSuppliers', supplierIds: ['C'] },
    { id: 'reliable', kind: 'minReliability', min: 10 },
    { id: 'cap', kind: 'capacity' },
  ];
  const spec: ProblemSpec = { ...base, capacities: { A: { L1: 4 }, B: { L2: 4 } }, rules };

  it('one supplier, C excluded and the capacities conflict; the reliability rule is not part of it', () => {
    const result = solve(spec);
    expect(result).toMatchObject({ status: 'INFEASIBLE', allocation: [], conflict: { ruleIds: ['one', 'notC', 'cap'], budget: false, linesWithoutOffers: [] } });
    // Conflicting: the set alone is infeasible; minimal: without any one of its rules it is feasible.
    const only = (ids: string[]) => solveScenario(makeProblem({ ...spec, rules: rules.filter((r) => ids.includes(r.id)) }), highs).status;
    expect(only(['one', 'notC', 'cap'])).toBe('INFEASIBLE');
    for (const dropped of ['one', 'notC', 'cap']) expect(only(['one', 'notC', 'cap'].filter((id) => id !== dropped))).toBe('OPTIMAL');
  });

  it('lines nobody offered are named, whatever the rules', () => {
    const result = solve({ ...base, lines: { ...base.lines, L4: 1 } });
    expect(result.conflict).toEqual({ ruleIds: [], budget: false, linesWithoutOffers: ['L4'] });
  });

  it('a budget below every allocation conflicts alone; with a rule, both are named', () => {
    expect(solve({ ...base, objective: { kind: 'MAX_SCORE', budget: '29.99' } }).conflict).toEqual({ ruleIds: [], budget: true, linesWithoutOffers: [] });
    const withRule = solve({ ...base, objective: { kind: 'MAX_SCORE', budget: '50' }, rules: [{ id: 'onlyB', kind: 'excludeSuppliers', supplierIds: ['A', 'C'] }, { id: 'two', kind: 'maxSuppliers', max: 2 }] });
    expect(withRule.conflict).toEqual({ ruleIds: ['onlyB'], budget: true, linesWithoutOffers: [] });
  });
});

describe('the price of each rule', () => {
  it('is the optimum without that one rule and the difference', () => {
    // Both: only A or C covers everything (70). Without one supplier: L2 is split, 5 to B, 5 to A (40). Without capacities: B alone (60).
    const problem = makeProblem({ ...base, capacities: { B: { L2: 5 } }, rules: [{ id: 'one', kind: 'maxSuppliers', max: 1 }, { id: 'cap', kind: 'capacity' }] });
    const { result, rulePrices } = analyseScenario(problem, highs);
    expect(result.totalCost).toBe('70.00');
    expect(rulePrices).toEqual([
      { ruleId: 'one', kind: 'maxSuppliers', status: 'OPTIMAL', totalCostWithout: '40.00', costOfRule: '30.00', scoreWithout: null, scoreDifference: null },
      { ruleId: 'cap', kind: 'capacity', status: 'OPTIMAL', totalCostWithout: '60.00', costOfRule: '10.00', scoreWithout: null, scoreDifference: null },
    ]);
  });

  it('is unknown (null) for a rule whose removal leaves the scenario infeasible', () => {
    const problem = makeProblem({ ...base, rules: [{ id: 'x', kind: 'excludeSuppliers', supplierIds: ['A', 'B', 'C'] }, { id: 'one', kind: 'maxSuppliers', max: 1 }] });
    const { result, rulePrices } = analyseScenario(problem, highs);
    expect(result.status).toBe('INFEASIBLE');
    expect(rulePrices.map((p) => [p.ruleId, p.status, p.totalCostWithout, p.costOfRule])).toEqual([
      ['x', 'OPTIMAL', '60.00', null],
      ['one', 'INFEASIBLE', null, null],
    ]);
  });
});

describe('built-in scenarios', () => {
  it('best price per line drops the rules', () => {
    const problem = makeProblem({ ...base, rules: [{ id: 'one', kind: 'maxSuppliers', max: 1 }] });
    expect(solveScenario(bestPricePerLineProblem(problem), highs).totalCost).toBe('30.00');
  });

  it('single supplier: the cheapest that covers every line within its capacity', () => {
    expect(singleSupplierScenario(makeProblem(base))).toMatchObject({ status: 'OPTIMAL', totalCost: '60.00', supplierCount: 1, suppliers: [{ supplierId: 'B' }] });
    expect(singleSupplierScenario(makeProblem({ ...base, capacities: { B: { L2: 5 } } })).suppliers[0].supplierId).toBe('A');
    expect(singleSupplierScenario(makeProblem({ lines: { L1: 1, L2: 1 }, prices: { A: { L1: 1 }, B: { L2: 1 } } })).status).toBe('INFEASIBLE');
  });

  it('as proposed: an allocation evaluated, with the rules it breaks', () => {
    const problem = makeProblem({ ...base, rules: [{ id: 'cap60', kind: 'share', basis: 'VALUE', maxPercent: 60 }] });
    const result = asProposedScenario(problem, [
      { lineId: 'L1', supplierId: 'A', quantity: '10' },
      { lineId: 'L2', supplierId: 'A', quantity: '10' },
      { lineId: 'L3', supplierId: 'C', quantity: '10' },
    ]);
    expect(result).toMatchObject({ status: 'EVALUATED', totalCost: '50.00', supplierCount: 2 });
    expect(result.violations).toEqual([{ ruleId: 'cap60', kind: 'share', message: 'A has more than 60 %' }]);
    expect(checkAllocation(problem, [{ lineId: 'L1', supplierId: 'A', quantity: '5' }]).map((v) => v.message)).toEqual([
      'line L1: 5 of 10 awarded',
      'line L2: 0 of 10 awarded',
      'line L3: 0 of 10 awarded',
      'A has more than 60 %',
    ]);
  });
});

describe('input', () => {
  it('names the bad field', () => {
    const problem = makeProblem(base);
    problem.offers[1].unitPrice = '1,5';
    expect(() => solveScenario(problem, highs)).toThrow(new ScenarioInputError('offers.1.unitPrice', 'not a decimal number: "1,5"'));
  });
});

describe('ScenarioSolver', () => {
  it('solves in a worker thread with the same answer, and closes', async () => {
    const solver = new ScenarioSolver({ timeLimitSeconds: 10 });
    try {
      const problem = makeProblem({ ...base, rules: [{ id: 'two', kind: 'maxSuppliers', max: 2 }] });
      const [result, analysed] = await Promise.all([solver.solve(problem), solver.analyse(problem)]);
      expect(result).toEqual(solveScenario(problem, highs));
      expect(analysed.rulePrices[0]).toMatchObject({ ruleId: 'two', costOfRule: '10.00' });
    } finally {
      await solver.close();
    }
  });

  it('ends a worker that runs past its time limit and reports TIME_LIMIT', async () => {
    const solver = new ScenarioSolver({ timeLimitSeconds: 0.1, workerFile: join(__dirname, '../test/stuck.worker.js') });
    try {
      const started = Date.now();
      const result = await solver.solve(makeProblem(base));
      expect(result).toMatchObject({ status: 'TIME_LIMIT', allocation: [], conflict: null });
      expect(Date.now() - started).toBeLessThan(9000);
    } finally {
      await solver.close();
    }
  }, 20_000);
});
