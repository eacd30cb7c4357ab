import fc from 'fast-check';
import type { Highs } from 'highs';
import { checkAllocation } from './check';
import { Dec } from './decimal';
import type { ScenarioProblem } from './model';
import { loadSolverRuntime, solveScenario } from './solve-sync';
import { problemArb } from '../test/arbitrary';
import { bruteForce } from '../test/brute-force';

/** FUZZ_RUNS raises the number of random instances (default 60, about a minute). */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 60);

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolverRuntime();
});

const withRules = (problem: ScenarioProblem, ids: readonly string[], budget = true): ScenarioProblem => ({
  ...problem,
  rules: problem.rules.filter((r) => ids.includes(r.id)),
  objective: budget || problem.objective.kind === 'MIN_COST' ? problem.objective : { ...problem.objective, budget: null },
});

describe('the solver against brute-force enumeration', () => {
  it('finds the optimum to the cent, keeps every rule, and explains infeasibility by a minimal conflicting set', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const solved = solveScenario(problem, highs);
        const best = bruteForce(problem);
        if (best === null) {
          expect(solved.status).toBe('INFEASIBLE');
          const conflict = solved.conflict;
          if (conflict === null) throw new Error('no conflict');
          if (conflict.linesWithoutOffers.length > 0) return;
          // Conflicting: the set alone (with the budget if named) has no allocation ...
          expect(bruteForce(withRules(problem, conflict.ruleIds, conflict.budget))).toBeNull();
          // ... and minimal: without any one of its rules (or the budget) there is one.
          for (const id of conflict.ruleIds) expect(bruteForce(withRules(problem, conflict.ruleIds.filter((r) => r !== id), conflict.budget))).not.toBeNull();
          if (conflict.budget && conflict.ruleIds.length > 0) expect(bruteForce(withRules(problem, conflict.ruleIds, false))).not.toBeNull();
          return;
        }
        expect(solved.status).toBe('OPTIMAL');
        expect(checkAllocation(problem, solved.allocation)).toEqual([]);
        expect(solved.violations).toEqual([]);
        expect(solved.totalCost).toBe(best.totalCost);
        expect(solved.score).toBe(best.score);
        if (problem.objective.kind === 'MAX_SCORE' && problem.objective.budget !== null) expect(new Dec(solved.totalCost).lessThanOrEqualTo(problem.objective.budget)).toBe(true);
      }),
      { numRuns: RUNS, seed: process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined },
    );
  });
});

/** The same instances under a maximum number of suppliers, at the lowest cost: what the large scenarios' method takes. */
const largeMethodArb = fc.tuple(problemArb, fc.integer({ min: 1, max: 3 })).map(([problem, max]): ScenarioProblem => ({
  ...problem,
  objective: { kind: 'MIN_COST' },
  rules: problem.rules.some((r) => r.kind === 'maxSuppliers') ? problem.rules : [...problem.rules, { id: 'RMAX', kind: 'maxSuppliers', max }],
}));

describe('the large scenarios\' method (forced on small instances) against brute-force enumeration', () => {
  it('finds the optimum to the cent with the gap closed, or says infeasible', () => {
    fc.assert(
      fc.property(largeMethodArb, (problem) => {
        const solved = solveScenario(problem, highs, { largeFrom: 0, relativeGap: 0 });
        const best = bruteForce(problem);
        if (best === null) {
          expect(solved.status).toBe('INFEASIBLE');
          return;
        }
        expect(solved.status).toBe('OPTIMAL');
        expect(solved.violations).toEqual([]);
        expect(solved.totalCost).toBe(best.totalCost);
        expect(solved).toMatchObject({ gap: 0, provenOptimal: true });
      }),
      { numRuns: RUNS, seed: process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined },
    );
  });
});
