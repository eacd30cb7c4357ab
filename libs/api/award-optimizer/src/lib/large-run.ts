import type { Formulation } from './formulation';
import type { MipAnswer, MipOptions, MipRequest } from './mip';
import type { Prepared } from './prepare';
import { restrict } from './restrict';

/** What the large scenarios' method (decompose.ts) found: units per pair of `prep`, and the proven lower bound. */
export interface LargeAnswer {
  status: 'OPTIMAL' | 'INFEASIBLE' | 'TIME_LIMIT';
  /** Units per pair (prep.pairs), or null when no allocation was found. */
  units: Float64Array | null;
  objective: number | null;
  bound: number | null;
}

export const noAnswer = (status: LargeAnswer['status']): LargeAnswer => ({ status, units: null, objective: null, bound: null });

/** An allocation found: every column of the full model, and its objective. */
export interface Found {
  values: Float64Array;
  objective: number;
}

/** One run of the method: the full model with continuous units, the clock, the allocations found. */
export interface Run {
  prep: Prepared;
  options: MipOptions;
  formulation: Formulation;
  /** Suppliers in the order `candidates` gives. */
  order: number[];
  incumbentsNeeded: number[];
  left(): number;
  accepted(objective: number): number;
  /** The best allocations found (full model columns): with continuous units, and in whole steps. */
  found: { best: Found | null; exact: Found | null };
}

/** The suppliers not kept, each with the bound on every allocation that awards it. */
export type Others = () => { s: number; lower: number }[];

export type Steps<T> = Generator<MipRequest, T, MipAnswer>;

/**
 * The MIP over the suppliers `kept` (units continuous or whole), warm-started; keeps the best
 * allocation found. `fixed` (per full column; NaN: free) pins columns to values. With a start
 * the solve is about the bound, so HiGHS's solution search is left out.
 */
export function* solveOver(run: Run, kept: Uint8Array, integer: boolean, fixed?: Float64Array): Steps<MipAnswer | null> {
  const { formulation, found } = run;
  const full = formulation.model;
  const sub = restrict(full, (s) => kept[s] === 1);
  if (!sub) return null;
  let model = sub.model;
  if (integer) {
    const units = new Uint8Array(full.numCols);
    for (const col of formulation.x) units[col] = 1;
    model = { ...model, integrality: Int32Array.from(sub.cols, (j, k) => (units[j] ? 1 : sub.model.integrality[k])) };
  }
  if (fixed) {
    const pin = (bounds: Float64Array) => Float64Array.from(sub.cols, (j, k) => (Number.isNaN(fixed[j]) ? bounds[k] : fixed[j]));
    model = { ...model, colLower: pin(model.colLower), colUpper: pin(model.colUpper) };
  }
  const from = integer ? found.exact : found.best;
  const start = from ? Float64Array.from(sub.cols, (j) => from.values[j]) : undefined;
  const answer: MipAnswer = yield { model, options: { timeLimitSeconds: run.left(), relativeGap: run.options.relativeGap, start, searchSolutions: !start } };
  if (answer.values && answer.objective !== null && (!from || answer.objective < from.objective)) {
    const values = new Float64Array(full.numCols);
    sub.cols.forEach((j, k) => (values[j] = answer.values?.[k] ?? 0));
    found[integer ? 'exact' : 'best'] = { values, objective: answer.objective };
  }
  return answer;
}
