import { addDiscounts, addLots, addShares } from './formulation-rules';
import { MipBuilder, type MipModel } from './mip';
import type { Prepared } from './prepare';

/**
 * What a model optimises: the cost (optionally with a floor on the score, the second phase of
 * `MAX_SCORE`), the score, or nothing (a feasibility check).
 */
export type Goal = { kind: 'COST'; minScore?: number } | { kind: 'SCORE' } | { kind: 'FEASIBLE' };

/** The columns the result is read from, and the cost of the units each pair takes. */
export interface Formulation {
  model: MipModel;
  /** The column of each pair: units of the line awarded to the supplier. */
  x: number[];
  /** y[s], the column "supplier s is awarded something", −1 when no rule needed it. */
  awarded: Int32Array;
  /** Per pair, the row x_p ≤ u_p·y_s (−1 without y_s). */
  linkRows: Int32Array;
}

/** The model's shared state while rules add to it. */
export interface FormulationContext {
  prep: Prepared;
  mip: MipBuilder;
  x: number[];
  /** y[s]: supplier s is awarded something (created on demand). */
  awardedCol(supplier: number): number;
  /** −D columns of the discounts, and their weight in the cost. */
  discountCols: number[];
}

/** The score a unit of a pair brings: the supplier's total score × the unit's part of its line. */
export function unitScore(prep: Prepared, pair: number): number {
  const p = prep.pairs[pair];
  return (prep.problem.suppliers[p.supplier].totalScore ?? 0) / prep.lines[p.line].units;
}

/**
 * The mixed-integer program of a scenario (see the README's "Formulation"): x[p] units per pair,
 * each line awarded whole, the rules' rows, the conditional discounts, the budget. With
 * `continuousUnits` the units are continuous (a relaxation: the large scenarios' method).
 */
export function formulate(prep: Prepared, goal: Goal, budget: number | null, continuousUnits = false): Formulation {
  const mip = new MipBuilder();
  const x = prep.pairs.map((p, i) => {
    mip.owner = p.supplier;
    return mip.col(0, p.maxUnits, !continuousUnits, goal.kind === 'COST' ? p.unitCost : goal.kind === 'SCORE' ? -unitScore(prep, i) : 0);
  });
  mip.owner = -1;
  const awardedCols = new Int32Array(prep.problem.suppliers.length).fill(-1);
  const linkRows = new Int32Array(prep.pairs.length).fill(-1);
  prep.pairsByLine.forEach((pairs, l) => {
    const units = prep.lines[l].units;
    mip.row(units, units, pairs.map((p) => x[p]), pairs.map(() => 1));
  });
  const ctx: FormulationContext = {
    prep,
    mip,
    x,
    discountCols: [],
    awardedCol(s) {
      if (awardedCols[s] >= 0) return awardedCols[s];
      const outer = mip.owner;
      mip.owner = s;
      const y = mip.binary();
      mip.owner = outer;
      for (const p of prep.pairsBySupplier[s]) linkRows[p] = mip.row(-Infinity, 0, [x[p], y], [1, -prep.pairs[p].maxUnits]);
      // y only when something is awarded: a minimum of suppliers counts suppliers awarded. (Without
      // these rows the rest still holds, but HiGHS's presolve of a 200 × 500 scenario took 55 s
      // instead of 1.)
      const pairs = prep.pairsBySupplier[s];
      mip.row(-Infinity, 0, [y, ...pairs.map((p) => x[p])], [1, ...pairs.map(() => -1)]);
      awardedCols[s] = y;
      return y;
    },
  };
  addSupplierCounts(ctx);
  addShares(ctx);
  addLots(ctx);
  addDiscounts(ctx, goal.kind === 'COST');
  if (budget !== null) addCostRow(ctx, -Infinity, budget);
  if (goal.kind === 'COST' && goal.minScore !== undefined) {
    const cols = prep.pairs.map((_, i) => x[i]);
    mip.row(goal.minScore, Infinity, cols, prep.pairs.map((_, i) => unitScore(prep, i)));
  }
  return { model: mip.build(), x, awarded: awardedCols, linkRows };
}

/** lower ≤ Σ unit cost × x − Σ discounts ≤ upper. */
function addCostRow(ctx: FormulationContext, lower: number, upper: number): void {
  const cols = [...ctx.x, ...ctx.discountCols];
  const coefficients = [...ctx.prep.pairs.map((p) => p.unitCost), ...ctx.discountCols.map(() => -1)];
  ctx.mip.row(lower, upper, cols, coefficients);
}

function addSupplierCounts(ctx: FormulationContext): void {
  const suppliers = ctx.prep.problem.suppliers.map((_, s) => s).filter((s) => ctx.prep.pairsBySupplier[s].length > 0);
  for (const rule of ctx.prep.rules) {
    if (rule.kind !== 'maxSuppliers' && rule.kind !== 'minSuppliers') continue;
    const ys = suppliers.map((s) => ctx.awardedCol(s));
    if (rule.kind === 'maxSuppliers') ctx.mip.row(-Infinity, rule.max, ys, ys.map(() => 1));
    else ctx.mip.row(rule.min, Infinity, ys, ys.map(() => 1));
  }
}
