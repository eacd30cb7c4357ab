import { formulate, type Goal } from './formulation';
import { noAnswer, solveOver, type LargeAnswer, type Others, type Run, type Steps } from './large-run';
import type { MipAnswer, MipOptions } from './mip';
import type { Prepared } from './prepare';
import { boundWith, lagrangian, restrict, type LagrangeBound } from './restrict';
import { wholeSteps } from './whole-steps';

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
 * 4. Whole split steps (whole-steps.ts): that optimum rounded (its lines awarded in whole steps
 *    kept, the others settled by a small integer program), else the integer program over its
 *    suppliers; if its total is not within the gap of the bound, the integer program over R
 *    follows, warm-started with it.
 *
 * The bound is the smallest of the restricted MIP's bound and the bounds of the suppliers outside
 * R: every allocation awards only suppliers of R or at least one outside. It bounds the integer
 * program too (continuous units only relax it).
 */

/** HiGHS's basis statuses. */
const AT_LOWER = 0;
const BASIC = 1;

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

/** The method (above) as steps; `options.relativeGap` is the gap accepted, `timeLimitSeconds` its whole budget. */
export function* solveLarge(prep: Prepared, options: MipOptions): Steps<LargeAnswer> {
  const started = Date.now();
  const order = candidates(prep);
  const run: Run = {
    prep,
    options,
    formulation: formulate(prep, { kind: 'COST' }, null, true),
    order,
    incumbentsNeeded: prep.rules.some((r) => r.kind === 'incumbentRetention') ? order.filter((s) => prep.problem.suppliers[s].incumbent) : [],
    left: () => options.timeLimitSeconds - (Date.now() - started) / 1000,
    accepted: (objective) => Math.max(1e-6 + 1e-9 * Math.abs(objective), options.relativeGap * Math.abs(objective)),
    found: { best: null, exact: null },
  };
  const priced = yield* priceSuppliers(run);
  if ('status' in priced) return priced;
  const { bound, awardedByLp } = priced;
  // 2. A first allocation: the suppliers the LP awards most, as many as the rule allows.
  const most = Math.min(...prep.rules.map((r) => (r.kind === 'maxSuppliers' ? r.max : Infinity)));
  const byLp = order.filter((s) => awardedByLp[s] > 1e-9).sort((a, b) => awardedByLp[b] - awardedByLp[a]);
  const kept = new Uint8Array(prep.problem.suppliers.length);
  for (const s of [...run.incumbentsNeeded, ...byLp].slice(0, Math.max(most, run.incumbentsNeeded.length))) kept[s] = 1;
  if (run.left() > 0) yield* solveOver(run, kept, false);
  const others = () => order.filter((s) => !kept[s]).map((s) => ({ s, lower: boundWith(bound, s) }));
  const relaxed = yield* solveKept(run, kept, others);
  if ('status' in relaxed) return relaxed;
  const lower = yield* wholeSteps(run, kept, others, relaxed.lower);
  const exact = run.found.exact;
  if (lower === null) return noAnswer('INFEASIBLE');
  if (!exact) return { ...noAnswer('TIME_LIMIT'), bound: Number.isFinite(lower) ? lower : null };
  const units = Float64Array.from(run.formulation.x, (col) => exact.values[col]);
  return { status: exact.objective - lower <= run.accepted(exact.objective) ? 'OPTIMAL' : 'TIME_LIMIT', units, objective: exact.objective, bound: Number.isFinite(lower) ? lower : null };
}

/** 1. The LP over R, R grown until no supplier outside would lower it: its duals' bound, and the LP's y. */
function* priceSuppliers(run: Run): Steps<LargeAnswer | { bound: LagrangeBound; awardedByLp: Float64Array }> {
  const { formulation, order, options } = run;
  const full = formulation.model;
  const inR = new Uint8Array(run.prep.problem.suppliers.length);
  const grow = (suppliers: readonly number[]) => suppliers.forEach((s) => (inR[s] = 1));
  const outside = () => order.filter((s) => !inR[s]);
  grow([...run.incumbentsNeeded, ...order.slice(0, FIRST)]);
  // The last LP's basis over the full model's columns and rows (new columns at 0, new rows' slacks basic): the next LP starts from it.
  const basis = { colStatus: new Int32Array(full.numCols).fill(AT_LOWER), rowStatus: new Int32Array(full.numRows).fill(BASIC) };
  for (;;) {
    if (run.left() <= 0) return noAnswer('TIME_LIMIT');
    const sub = restrict(full, (s) => inR[s] === 1);
    const start = sub ? { colStatus: Int32Array.from(sub.cols, (j) => basis.colStatus[j]), rowStatus: Int32Array.from(sub.rows, (i) => basis.rowStatus[i]) } : undefined;
    const lp: MipAnswer | null = sub ? yield { model: sub.model, options: { ...options, timeLimitSeconds: run.left(), relaxed: true, basis: start } } : null;
    if (sub && lp?.basis) {
      sub.cols.forEach((j, k) => (basis.colStatus[j] = lp.basis?.colStatus[k] ?? AT_LOWER));
      sub.rows.forEach((i, k) => (basis.rowStatus[i] = lp.basis?.rowStatus[k] ?? BASIC));
    }
    if (!sub || lp?.status === 'INFEASIBLE') {
      const out = outside();
      if (out.length === 0) return noAnswer('INFEASIBLE');
      grow(out.slice(0, ADD * 2));
      continue;
    }
    if (!lp?.rowDuals || !lp.values) return noAnswer('TIME_LIMIT');
    const duals = new Float64Array(full.numRows);
    sub.rows.forEach((i, k) => (duals[i] = lp.rowDuals?.[k] ?? 0));
    const bound = lagrangian(formulation, duals);
    const lowering = outside()
      .filter((s) => bound.forced[s] < -1e-9 * Math.max(1, Math.abs(bound.value)))
      .sort((a, b) => bound.forced[a] - bound.forced[b]);
    if (lowering.length > 0) {
      grow(lowering.slice(0, ADD));
      continue;
    }
    const awardedByLp = new Float64Array(inR.length);
    sub.cols.forEach((j, k) => {
      const s = full.owner[j];
      if (s >= 0 && formulation.awarded[s] === j) awardedByLp[s] = lp.values?.[k] ?? 0;
    });
    return { bound, awardedByLp };
  }
}

/**
 * 3. The MIP (continuous units) over the kept suppliers: the first allocation's and every one not
 * bounded out by the best allocation found, grown until all others are. The bound so far.
 */
function* solveKept(run: Run, kept: Uint8Array, others: Others): Steps<LargeAnswer | { lower: number }> {
  for (const s of run.incumbentsNeeded) kept[s] = 1;
  const failing = () => {
    const target = run.found.best?.objective ?? Infinity;
    return others().filter((o) => !(o.lower >= target - run.accepted(target))).sort((a, b) => a.lower - b.lower);
  };
  for (const o of failing()) kept[o.s] = 1;
  let lower = -Infinity;
  for (;;) {
    if (run.left() <= 0) break;
    const mip = yield* solveOver(run, kept, false);
    // No allocation over the kept suppliers: nothing bounds them but +∞.
    lower = Math.min(!mip || mip.status === 'INFEASIBLE' ? Infinity : (mip.bound ?? -Infinity), ...others().map((o) => o.lower));
    if (mip?.status === 'TIME_LIMIT') break;
    const fails = failing();
    if (fails.length === 0) {
      if (!run.found.best) return noAnswer('INFEASIBLE'); // every supplier kept or bounded out
      break;
    }
    for (const o of fails.slice(0, ADD)) kept[o.s] = 1;
  }
  if (!run.found.best) return { ...noAnswer('TIME_LIMIT'), bound: Number.isFinite(lower) ? lower : null };
  return { lower };
}

