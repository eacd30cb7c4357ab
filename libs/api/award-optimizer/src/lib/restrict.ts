import type { Formulation } from './formulation';
import type { MipModel } from './mip';

/**
 * The two tools of the large scenarios' method (decompose.ts): a model restricted to some
 * suppliers, and a Lagrangian lower bound of the whole model from any row multipliers.
 *
 * The Lagrangian: every row is relaxed with its multiplier π (clamped to the sign its bound
 * allows, so any π gives a valid bound) except the rows x_p ≤ u_p·y_s, which stay: per supplier
 * the minimum over y_s ∈ {0, 1}, 0 ≤ x_p ≤ u_p·y_s is 0 or B_s = d(y_s) + Σ_p u_p·min(0, d(x_p))
 * with d the reduced costs c − Aᵀπ; every other column takes the better of its bounds. The bound
 * is computed here from the model's own numbers, so its validity never depends on the solver's
 * accuracy (only on π's signs, which are enforced): it holds for the integer program and for
 * its relaxation with continuous units alike.
 */

/** The model restricted to some suppliers: their columns and the columns of no supplier. */
export interface Restricted {
  model: MipModel;
  /** Per column of the restricted model, the full model's column. */
  cols: Int32Array;
  /** Per row of the restricted model, the full model's row. */
  rows: Int32Array;
}

/** The full model without the columns of suppliers not kept (and rows left empty); null when a left-out row cannot hold at zero. */
export function restrict(full: MipModel, kept: (supplier: number) => boolean): Restricted | null {
  const colOf = new Int32Array(full.numCols).fill(-1);
  const cols: number[] = [];
  for (let j = 0; j < full.numCols; j++) {
    const owner = full.owner[j];
    if (owner < 0 || kept(owner)) {
      colOf[j] = cols.length;
      cols.push(j);
    }
  }
  const rows: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < full.numRows; i++) {
    const before = indices.length;
    for (let k = full.starts[i]; k < full.starts[i + 1]; k++) {
      const c = colOf[full.indices[k]];
      if (c < 0) continue;
      indices.push(c);
      values.push(full.values[k]);
    }
    if (indices.length === before) {
      if (full.rowLower[i] > 1e-9 || full.rowUpper[i] < -1e-9) return null;
      continue;
    }
    rows.push(i);
    starts.push(indices.length);
  }
  const pick = <T extends Float64Array | Int32Array>(from: T, at: readonly number[], make: (n: number) => T): T => {
    const out = make(at.length);
    at.forEach((j, k) => (out[k] = from[j]));
    return out;
  };
  const f64 = (n: number) => new Float64Array(n);
  const i32 = (n: number) => new Int32Array(n);
  return {
    model: {
      numCols: cols.length,
      numRows: rows.length,
      colCost: pick(full.colCost, cols, f64),
      colLower: pick(full.colLower, cols, f64),
      colUpper: pick(full.colUpper, cols, f64),
      integrality: pick(full.integrality, cols, i32),
      rowLower: pick(full.rowLower, rows, f64),
      rowUpper: pick(full.rowUpper, rows, f64),
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
      owner: pick(full.owner, cols, i32),
    },
    cols: Int32Array.from(cols),
    rows: Int32Array.from(rows),
  };
}

/** A Lagrangian bound of the full model and, per supplier, the bound when it is forced in. */
export interface LagrangeBound {
  /** A lower bound of every allocation (−Infinity when a column is unbounded the wrong way). */
  value: number;
  /** B_s: what forcing supplier s in adds to `value` when B_s ≥ 0 (NaN for suppliers without y_s). */
  forced: Float64Array;
}

/** The Lagrangian bound for the multipliers `duals` (one per row of the full model). */
export function lagrangian(formulation: Formulation, duals: Float64Array): LagrangeBound {
  const { model, x, awarded, linkRows } = formulation;
  const kept = new Uint8Array(model.numRows);
  for (const r of linkRows) if (r >= 0) kept[r] = 1;
  const reduced = Float64Array.from(model.colCost);
  let value = 0;
  for (let i = 0; i < model.numRows; i++) {
    if (kept[i]) continue;
    let pi = duals[i];
    if ((pi > 0 && !Number.isFinite(model.rowLower[i])) || (pi < 0 && !Number.isFinite(model.rowUpper[i]))) pi = 0;
    if (pi === 0) continue;
    value += pi > 0 ? pi * model.rowLower[i] : pi * model.rowUpper[i];
    for (let k = model.starts[i]; k < model.starts[i + 1]; k++) reduced[model.indices[k]] -= pi * model.values[k];
  }
  const inBlock = new Uint8Array(model.numCols);
  const forced = new Float64Array(awarded.length).fill(NaN);
  awarded.forEach((y, s) => {
    if (y < 0) return;
    inBlock[y] = 1;
    forced[s] = reduced[y];
  });
  x.forEach((col, p) => {
    if (linkRows[p] < 0) return;
    inBlock[col] = 1;
    const s = model.owner[col];
    forced[s] += Math.min(0, reduced[col]) * model.colUpper[col];
  });
  for (let j = 0; j < model.numCols; j++) {
    if (inBlock[j] || reduced[j] === 0) continue;
    value += reduced[j] > 0 ? reduced[j] * model.colLower[j] : reduced[j] * model.colUpper[j];
  }
  for (const b of forced) if (b < 0) value += b;
  return { value: Number.isNaN(value) ? -Infinity : value, forced };
}

/** A lower bound of every allocation that awards supplier s. */
export function boundWith(bound: LagrangeBound, s: number): number {
  const b = bound.forced[s];
  return Number.isNaN(b) ? -Infinity : bound.value - Math.min(0, b) + b;
}
