import { formulate, type Goal } from './formulation';
import type { MipAnswer, MipOptions, MipRequest } from './mip';
import type { Prepared } from './prepare';
import { boundWith, lagrangian, restrict, type LagrangeBound } from './restrict';

/**
 * Large scenarios with a maximum number of suppliers (see the README's "Large scenarios"): solved
 * over a few candidate suppliers R, and bounded for all of them.
 *
 * 1. The model with continuous units (a relaxation), restricted to R, is solved as an LP; its row
 *    duals price each supplier outside R (the Lagrangian of restrict.ts). Suppliers that would
 *    lower the LP join R until none would: the duals are then optimal for the whole LP.
 * 2. The restricted MIP (continuous units, binary "awarded") is solved to the accepted gap.
 * 3. For each supplier s outside R, the Lagrangian with s forced in bounds every allocation that
 *    awards s. Those whose bound is below the restricted optimum (less the accepted gap) join R,
 *    and 2 is repeated (warm-started).
 * 4. The suppliers of that optimum get the integer program (whole split steps) to themselves: an
 *    exact allocation. If its total is not within the gap of the bound, the integer program over
 *    R follows, warm-started with it.
 *
 * The bound is the smallest of the restricted MIP's bound and the bounds of the suppliers outside
 * R: every allocation awards only suppliers of R or at least one outside. It bounds the integer
 * program too (continuous units only relax it).
 */

/** What the method found: units per pair of `prep`, and the proven lower bound. */
export interface LargeAnswer {
  status: 'OPTIMAL' | 'INFEASIBLE' | 'TIME_LIMIT';
  /** Units per pair (prep.pairs), or null when no allocation was found. */
  units: Float64Array | null;
  objective: number | null;
  bound: number | null;
}

/** Suppliers first tried, and at most added per round. */
const FIRST = 8;
const ADD = 6;

/** Whether the method applies: minimum cost (no score floor) under a maximum number of suppliers. */
export function suitsLargeMethod(prep: Prepared, goal: Goal, budget: number | null): boolean {
  return goal.kind === 'COST' && goal.minScore === undefined && budget === null && prep.rules.some((r) => r.kind === 'maxSuppliers');
}

/**
 * Suppliers first tried: the cheapest against each line's best price over what they can take,
 * less for what they cannot cover, and the incumbents a retention rule needs.
 */
export function candidates(prep: Prepared): number[] {
  const best = prep.pairsByLine.map((pairs) => Math.min(...pairs.map((p) => prep.pairs[p].unitCost)));
  const total = prep.lines.reduce((sum, line, l) => sum + best[l] * line.units, 0) || 1;
  const score = prep.pairsBySupplier.map((pairs) => {
    if (pairs.length === 0) return Infinity;
    let mine = 0;
    let covered = 0;
    for (const p of pairs) {
      const { line, unitCost, maxUnits } = prep.pairs[p];
      mine += unitCost * maxUnits;
      covered += best[line] * maxUnits;
    }
    return mine / (covered || 1) + (1 - covered / total);
  });
  const order = score.map((_, s) => s).filter((s) => Number.isFinite(score[s])).sort((a, b) => score[a] - score[b]);
  if (prep.rules.some((r) => r.kind === 'incumbentRetention')) {
    const incumbents = order.filter((s) => prep.problem.suppliers[s].incumbent);
    return [...incumbents, ...order.filter((s) => !prep.problem.suppliers[s].incumbent)];
  }
  return order;
}

interface Found {
  values: Float64Array;
  objective: number;
}

const noAnswer = (status: LargeAnswer['status']): LargeAnswer => ({ status, units: null, objective: null, bound: null });

/** The method (above) as steps; `options.relativeGap` is the gap accepted, `timeLimitSeconds` its whole budget. */
export function* solveLarge(prep: Prepared, options: MipOptions): Generator<MipRequest, LargeAnswer, MipAnswer> {
  const formulation = formulate(prep, { kind: 'COST' }, null, true);
  const full = formulation.model;
  const started = Date.now();
  const left = () => options.timeLimitSeconds - (Date.now() - started) / 1000;
  const order = candidates(prep);
  const inR = new Uint8Array(prep.problem.suppliers.length);
  const grow = (suppliers: readonly number[]) => suppliers.forEach((s) => (inR[s] = 1));
  const outside = () => order.filter((s) => !inR[s]);
  const incumbentsNeeded = prep.rules.some((r) => r.kind === 'incumbentRetention') ? order.filter((s) => prep.problem.suppliers[s].incumbent) : [];
  grow([...incumbentsNeeded, ...order.slice(0, FIRST)]);

  // 1. The LP over R, R grown until no supplier outside would lower it.
  let bound: LagrangeBound | null = null;
  const awardedByLp = new Float64Array(inR.length);
  while (bound === null) {
    if (left() <= 0) return noAnswer('TIME_LIMIT');
    const sub = restrict(full, (s) => inR[s] === 1);
    const lp: MipAnswer | null = sub ? yield { model: sub.model, options: { ...options, timeLimitSeconds: left(), relaxed: true } } : null;
    if (!sub || lp?.status === 'INFEASIBLE') {
      const out = outside();
      if (out.length === 0) return noAnswer('INFEASIBLE');
      grow(out.slice(0, ADD * 2));
      continue;
    }
    if (!lp?.rowDuals || !lp.values) return noAnswer('TIME_LIMIT');
    const duals = new Float64Array(full.numRows);
    sub.rows.forEach((i, k) => (duals[i] = lp.rowDuals?.[k] ?? 0));
    const priced = lagrangian(formulation, duals);
    const lowering = outside()
      .filter((s) => priced.forced[s] < -1e-9 * Math.max(1, Math.abs(priced.value)))
      .sort((a, b) => priced.forced[a] - priced.forced[b]);
    if (lowering.length > 0) {
      grow(lowering.slice(0, ADD));
      continue;
    }
    bound = priced;
    sub.cols.forEach((j, k) => {
      const s = full.owner[j];
      if (s >= 0 && formulation.awarded[s] === j) awardedByLp[s] = lp.values?.[k] ?? 0;
    });
  }

  // 2. A first allocation: the suppliers the LP awards most, as many as the rule allows.
  /** The best allocations found: with continuous units, and in whole steps (full model columns). */
  const found: { best: Found | null; exact: Found | null } = { best: null, exact: null };
  const solveOver = function* (kept: Uint8Array, integer: boolean): Generator<MipRequest, MipAnswer | null, MipAnswer> {
    const sub = restrict(full, (s) => kept[s] === 1);
    if (!sub) return null;
    const model = integer ? { ...sub.model, integrality: Int32Array.from(sub.cols, (j, k) => (isUnits[j] ? 1 : sub.model.integrality[k])) } : sub.model;
    const from = integer ? found.exact : found.best;
    const start = from ? Float64Array.from(sub.cols, (j) => from.values[j]) : undefined;
    const answer: MipAnswer = yield { model, options: { ...options, timeLimitSeconds: left(), start } };
    if (answer.values && answer.objective !== null && (!from || answer.objective < from.objective)) {
      const values = new Float64Array(full.numCols);
      sub.cols.forEach((j, k) => (values[j] = answer.values?.[k] ?? 0));
      found[integer ? 'exact' : 'best'] = { values, objective: answer.objective };
    }
    return answer;
  };
  const isUnits = new Uint8Array(full.numCols);
  for (const col of formulation.x) isUnits[col] = 1;
  const most = Math.min(...prep.rules.map((r) => (r.kind === 'maxSuppliers' ? r.max : Infinity)));
  const first = new Uint8Array(inR.length);
  const byLp = order.filter((s) => inR[s] && awardedByLp[s] > 1e-9).sort((a, b) => awardedByLp[b] - awardedByLp[a]);
  for (const s of [...incumbentsNeeded, ...byLp].slice(0, Math.max(most, incumbentsNeeded.length))) first[s] = 1;
  if (left() > 0) yield* solveOver(first, false);

  // 3. The MIP over the suppliers not bounded out (R's included: the duals price every supplier),
  //    grown until every other supplier is bounded out by the best allocation found.
  const accepted = (objective: number) => Math.max(1e-6 + 1e-9 * Math.abs(objective), options.relativeGap * Math.abs(objective));
  const kept = Uint8Array.from(first);
  for (const s of incumbentsNeeded) kept[s] = 1;
  const others = () => order.filter((s) => !kept[s]).map((s) => ({ s, lower: boundWith(bound, s) }));
  const failing = () => {
    const target = found.best?.objective ?? Infinity;
    return others().filter((o) => !(o.lower >= target - accepted(target))).sort((a, b) => a.lower - b.lower);
  };
  let lower = -Infinity;
  let proven = false; // every other supplier bounded out (for "infeasible")
  for (const o of failing()) kept[o.s] = 1;
  for (;;) {
    if (left() <= 0) break;
    const mip = yield* solveOver(kept, false);
    if (!mip) return noAnswer('INFEASIBLE');
    lower = Math.min(mip.status === 'INFEASIBLE' ? Infinity : (mip.bound ?? -Infinity), ...others().map((o) => o.lower));
    if (mip.status === 'TIME_LIMIT') break;
    const fails = failing();
    if (fails.length === 0) {
      proven = true;
      break;
    }
    for (const o of fails.slice(0, ADD)) kept[o.s] = 1;
  }
  const best = found.best;
  if (!best) return { ...noAnswer(proven ? 'INFEASIBLE' : 'TIME_LIMIT'), bound: Number.isFinite(lower) ? lower : null };

  // 4. Whole split steps: the integer program over the suppliers awarded, then (if short of the gap) over all kept.
  const chosen = new Uint8Array(inR.length);
  formulation.awarded.forEach((y, s) => {
    if (y >= 0 && best.values[y] > 0.5) chosen[s] = 1;
  });
  if (left() > 0) yield* solveOver(chosen, true);
  // Then over the kept suppliers and every other one not bounded out by that allocation, until
  // the gap closes (with all suppliers kept this is the whole integer program).
  for (let round = 0; ; round++) {
    const exact = found.exact;
    if (left() <= 0 || (exact && exact.objective - lower <= accepted(exact.objective))) break;
    const target = exact?.objective ?? Infinity;
    const fails = others().filter((o) => !(o.lower >= target - accepted(target)));
    if (round > 0 && fails.length === 0) break;
    for (const o of fails) kept[o.s] = 1;
    const mip = yield* solveOver(kept, true);
    // Over the kept suppliers the integer program's own bound holds (none when they cannot be awarded in whole steps).
    const keptBound = !mip || mip.status === 'INFEASIBLE' ? Infinity : (mip.bound ?? -Infinity);
    lower = Math.max(lower, Math.min(keptBound, ...others().map((o) => o.lower)));
    if (others().length === 0 && keptBound === Infinity) return noAnswer('INFEASIBLE');
    if (mip?.status === 'TIME_LIMIT') break;
  }
  const exact = found.exact;
  if (!exact) return { ...noAnswer('TIME_LIMIT'), bound: Number.isFinite(lower) ? lower : null };
  const units = Float64Array.from(formulation.x, (col) => exact.values[col]);
  return { status: exact.objective - lower <= accepted(exact.objective) ? 'OPTIMAL' : 'TIME_LIMIT', units, objective: exact.objective, bound: Number.isFinite(lower) ? lower : null };
}
