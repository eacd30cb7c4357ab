import { solveOver, type Found, type Others, type Run, type Steps } from './large-run';

/**
 * 4. of the large scenarios' method (decompose.ts): whole split steps. First the best allocation
 * with continuous units, rounded: the lines it awards in whole steps stay as they are and the
 * integer program over its suppliers settles only the others (a small solve). Unless that is
 * within the gap of the bound, the integer program over those suppliers follows, then over the
 * kept suppliers and every other one not bounded out, until the gap closes (with all suppliers
 * kept, the whole integer program). The bound; null when proven infeasible.
 */
export function* wholeSteps(run: Run, kept: Uint8Array, others: Others, bound: number): Steps<number | null> {
  let lower = bound;
  const best = run.found.best;
  const chosen = new Uint8Array(kept.length);
  run.formulation.awarded.forEach((y, s) => {
    if (y >= 0 && best && best.values[y] > 0.5) chosen[s] = 1;
  });
  const closed = () => {
    const exact = run.found.exact;
    return exact !== null && exact.objective - lower <= run.accepted(exact.objective);
  };
  if (best && run.left() > 0) yield* solveOver(run, chosen, true, wholeLinesOf(run, best));
  if (!closed() && run.left() > 0) yield* solveOver(run, chosen, true);
  for (let round = 0; ; round++) {
    const exact = run.found.exact;
    if (run.left() <= 0 || closed()) break;
    const target = exact?.objective ?? Infinity;
    const fails = others().filter((o) => !(o.lower >= target - run.accepted(target)));
    if (round > 0 && fails.length === 0) break;
    for (const o of fails) kept[o.s] = 1;
    const mip = yield* solveOver(run, kept, true);
    // Over the kept suppliers the integer program's own bound holds (none when they cannot be awarded in whole steps).
    const keptBound = !mip || mip.status === 'INFEASIBLE' ? Infinity : (mip.bound ?? -Infinity);
    lower = Math.max(lower, Math.min(keptBound, ...others().map((o) => o.lower)));
    if (others().length === 0 && keptBound === Infinity) return null;
    if (mip?.status === 'TIME_LIMIT') break;
  }
  return lower;
}

/** Per full column: the units of each line `found` awards in whole steps only (fixed there), NaN for all else. */
function wholeLinesOf(run: Run, found: Found): Float64Array {
  const { prep, formulation } = run;
  const fixed = new Float64Array(formulation.model.numCols).fill(NaN);
  const whole = (v: number) => Math.abs(v - Math.round(v)) <= 1e-6;
  for (const pairs of prep.pairsByLine) {
    if (!pairs.every((p) => whole(found.values[formulation.x[p]]))) continue;
    for (const p of pairs) fixed[formulation.x[p]] = Math.round(found.values[formulation.x[p]]);
  }
  return fixed;
}
