import { Dec } from './decimal';
import type { FormulationContext } from './formulation';
import type { ShareBasis } from './model';

/**
 * An upper bound the rows already imply, a little above it so a sum in floats never collides
 * with it: bounded columns keep the Lagrangian bound of the decomposition finite (decompose.ts).
 */
const loose = (bound: number): number => bound * (1 + 1e-9) + 1e-6;

/** Per unit of a pair: its value (price × unit size) or its quantity (the unit size). */
function measure(ctx: FormulationContext, pair: number, basis: ShareBasis): number {
  const p = ctx.prep.pairs[pair];
  return basis === 'VALUE' ? p.unitCost : ctx.prep.lines[p.line].unitSize.toNumber();
}

interface Scope {
  /** The pairs of the scope's lines. */
  pairs: number[];
  /** T: the scope's total by the basis (a column equal to Σ measure × x). */
  total: number;
  /** The most T can be. */
  maxTotal: number;
}

function scope(ctx: FormulationContext, basis: ShareBasis, groupId: string | undefined, cache: Map<string, Scope>): Scope {
  const key = `${basis}\u0000${groupId ?? ''}`;
  const known = cache.get(key);
  if (known) return known;
  const { prep, mip, x } = ctx;
  const group = groupId === undefined ? null : (prep.problem.lineGroups ?? []).find((g) => g.id === groupId);
  const lines = prep.lines.map((_, l) => l).filter((l) => !group || group.lineIds.includes(prep.lines[l].id));
  const pairs = lines.flatMap((l) => prep.pairsByLine[l]);
  const maxTotal = lines.reduce((sum, l) => sum + Math.max(0, ...prep.pairsByLine[l].map((p) => measure(ctx, p, basis))) * prep.lines[l].units, 0);
  const total = mip.col(0, loose(maxTotal), false);
  mip.row(0, 0, [total, ...pairs.map((p) => x[p])], [1, ...pairs.map((p) => -measure(ctx, p, basis))]);
  const made = { pairs, total, maxTotal };
  cache.set(key, made);
  return made;
}

/** The binary "supplier s is awarded something in the scope" (the supplier's y for all lines). */
function awardedIn(ctx: FormulationContext, supplier: number, groupId: string | undefined, mine: number[]): number {
  if (groupId === undefined) return ctx.awardedCol(supplier);
  ctx.mip.owner = supplier;
  const u = ctx.mip.binary();
  ctx.mip.owner = -1;
  for (const p of mine) ctx.mip.row(-Infinity, 0, [ctx.x[p], u], [1, -ctx.prep.pairs[p].maxUnits]);
  return u;
}

/**
 * Shares: for each supplier named, its part A = Σ measure × x over the scope's pairs; at most
 * max % of T (A − max/100·T ≤ 0); when awarded in the scope at least min % (A − min/100·T ≥
 * −M(1 − u), M = min/100 × the most T can be). Incumbent retention: A − min/100·T ≥ 0, always.
 */
export function addShares(ctx: FormulationContext): void {
  const { prep, mip, x } = ctx;
  const scopes = new Map<string, Scope>();
  for (const rule of prep.rules) {
    if (rule.kind !== 'share' && rule.kind !== 'incumbentRetention') continue;
    const groupId = rule.kind === 'share' ? rule.lineGroupId : undefined;
    const { pairs, total, maxTotal } = scope(ctx, rule.basis, groupId, scopes);
    const inScope = new Set(pairs);
    prep.problem.suppliers.forEach((supplier, s) => {
      const named = rule.kind === 'incumbentRetention' ? supplier.incumbent : !rule.supplierIds || rule.supplierIds.includes(supplier.id);
      if (!named) return;
      const mine = prep.pairsBySupplier[s].filter((p) => inScope.has(p));
      const cols = [...mine.map((p) => x[p]), total];
      const part = mine.map((p) => measure(ctx, p, rule.basis));
      if (rule.kind === 'incumbentRetention') {
        mip.row(0, Infinity, cols, [...part, -rule.minPercent / 100]);
        return;
      }
      if (mine.length === 0) return;
      if (rule.maxPercent !== undefined) mip.row(-Infinity, 0, cols, [...part, -rule.maxPercent / 100]);
      if (rule.minPercent !== undefined && rule.minPercent > 0) {
        const big = (rule.minPercent / 100) * maxTotal;
        const u = awardedIn(ctx, s, groupId, mine);
        mip.row(-big, Infinity, [...cols, u], [...part, -rule.minPercent / 100, -big]);
      }
    });
  }
}

/** Lots together: z[G,s] binary, Σ_s z = 1, and x[p] = units × z for each pair of the lot's lines. */
export function addLots(ctx: FormulationContext): void {
  const { prep, mip, x } = ctx;
  for (const rule of prep.rules) {
    if (rule.kind !== 'lotsTogether') continue;
    for (const group of prep.problem.lineGroups ?? []) {
      if (rule.lineGroupIds && !rule.lineGroupIds.includes(group.id)) continue;
      const lines = prep.lines.map((_, l) => l).filter((l) => group.lineIds.includes(prep.lines[l].id));
      const suppliers = [...new Set(lines.flatMap((l) => prep.pairsByLine[l].map((p) => prep.pairs[p].supplier)))];
      const zs = suppliers.map((s) => {
        mip.owner = s;
        const z = mip.binary();
        mip.owner = -1;
        for (const l of lines) {
          const pair = prep.pairsByLine[l].find((p) => prep.pairs[p].supplier === s);
          if (pair === undefined || prep.pairs[pair].maxUnits < prep.lines[l].units) mip.setUpper(z, 0);
        }
        return z;
      });
      mip.row(1, 1, zs, zs.map(() => 1));
      for (const l of lines) {
        for (const p of prep.pairsByLine[l]) mip.row(0, 0, [x[p], zs[suppliers.indexOf(prep.pairs[p].supplier)]], [1, -prep.lines[l].units]);
      }
    }
  }
}

/**
 * Conditional discounts of a supplier s (see the README): V = Σ unit cost × x; per discount
 * w binary (its condition holds: V ≥ minValue·w, or x ≥ units·w on each named line), D ≥ 0 its
 * amount (percent: D ≤ p/100·V and D ≤ p/100·Vmax·w; amount: D ≤ a·w and D ≤ V); Σ w ≤ 1.
 * D is subtracted from the cost.
 */
export function addDiscounts(ctx: FormulationContext, inObjective: boolean): void {
  const { prep, mip, x } = ctx;
  prep.problem.suppliers.forEach((supplier, s) => {
    const discounts = (prep.problem.discounts ?? []).filter((d) => d.supplierId === supplier.id);
    const mine = prep.pairsBySupplier[s];
    if (discounts.length === 0 || mine.length === 0) return;
    const maxValue = mine.reduce((sum, p) => sum + prep.pairs[p].unitCost * prep.pairs[p].maxUnits, 0);
    mip.owner = s;
    const value = mip.col(0, loose(maxValue), false);
    mip.row(0, 0, [value, ...mine.map((p) => x[p])], [1, ...mine.map((p) => -prep.pairs[p].unitCost)]);
    const ws = discounts.map((d) => {
      const w = mip.binary();
      const v = Number(d.value);
      // Bounded by what it can be at most (implied by its rows), so no column is unbounded.
      const amount = mip.col(0, loose(d.type === 'PERCENT' ? (v / 100) * maxValue : v), false, inObjective ? -1 : 0);
      ctx.discountCols.push(amount);
      if ('minValue' in d.condition) mip.row(0, Infinity, [value, w], [1, -new Dec(d.condition.minValue).toNumber()]);
      else {
        for (const lineId of d.condition.lineIds) {
          const l = prep.lines.findIndex((line) => line.id === lineId);
          const pair = mine.find((p) => prep.pairs[p].line === l);
          if (pair === undefined || prep.pairs[pair].maxUnits < prep.lines[l].units) mip.setUpper(w, 0);
          else mip.row(0, Infinity, [x[pair], w], [1, -prep.lines[l].units]);
        }
      }
      if (d.type === 'PERCENT') {
        mip.row(-Infinity, 0, [amount, value], [1, -v / 100]);
        mip.row(-Infinity, 0, [amount, w], [1, -(v / 100) * maxValue]);
      } else {
        mip.row(-Infinity, 0, [amount, w], [1, -v]);
        mip.row(-Infinity, 0, [amount, value], [1, -1]);
      }
      return w;
    });
    mip.row(-Infinity, 1, ws, ws.map(() => 1));
    mip.owner = -1;
  });
}
