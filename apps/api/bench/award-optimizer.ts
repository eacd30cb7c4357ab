/**
 * Issue 16's speed target (the last section of `npm run bench`; `npm run bench:optimizer` alone): an award scenario of
 * 200 suppliers × 500 lines, every supplier quoting every line, under five rules (at most three
 * suppliers, nobody above 60 % of the value, the incumbent at 20 % or more, reliability 70 or
 * more, the quoted capacities), solved by ScenarioSolver's worker as the API will. Prints the
 * time of each run; the target is 5 s on 2 cores. A benchmark, not a test: it asserts no times.
 *
 *   TS_NODE_PROJECT=apps/api/bench/tsconfig.json TS_NODE_TRANSPILE_ONLY=true TS_NODE_BASEURL=../../.. \
 *     node -r ts-node/register -r tsconfig-paths/register apps/api/bench/award-optimizer.ts
 *
 * In `npm run bench`, BENCH_OPTIMIZER=0 leaves it out.
 * Knobs: BENCH_OPT_SUPPLIERS (200), BENCH_OPT_LINES (500), BENCH_OPT_RUNS (3), BENCH_OPT_TIME_LIMIT (seconds, 30), BENCH_OPT_GAP (the
 * relative gap accepted; the library's default when unset: 0.1 % for large scenarios), BENCH_OPT_DENSITY
 * (the share of lines each supplier quotes, 1), BENCH_OPT_NOISE=1 (quotes drawn independently, see below).
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ScenarioSolver, type ScenarioProblem } from '@bc/api/award-optimizer';
import { seededRandom } from '@bc/api/demo';

const SUPPLIERS = Number(process.env['BENCH_OPT_SUPPLIERS'] ?? 200);
const LINES = Number(process.env['BENCH_OPT_LINES'] ?? 500);
const RUNS = Number(process.env['BENCH_OPT_RUNS'] ?? 3);
const DENSITY = Number(process.env['BENCH_OPT_DENSITY'] ?? 1);
const NOISE = process.env['BENCH_OPT_NOISE'] === '1';
const TIME_LIMIT = Number(process.env['BENCH_OPT_TIME_LIMIT'] ?? 30);
const GAP = process.env['BENCH_OPT_GAP'] === undefined ? undefined : Number(process.env['BENCH_OPT_GAP']);

export function benchProblem(): ScenarioProblem {
  const rnd = seededRandom(16);
  const lines = Array.from({ length: LINES }, (_, l) => ({ id: `L${l}`, quantity: String(10 + Math.floor(rnd() * 990)), unit: 'pcs' }));
  const suppliers = Array.from({ length: SUPPLIERS }, (_, s) => ({
    id: `S${s}`,
    name: `Supplier ${s}`,
    reliabilityScore: 50 + Math.floor(rnd() * 50),
    technicalScore: 50 + Math.floor(rnd() * 50),
    totalScore: 50 + Math.floor(rnd() * 50),
    mustHavesMet: true,
    incumbent: s === 7,
  }));
  suppliers[7].reliabilityScore = 90;
  // A line's price level, a supplier's price level (some are dearer across the board) and a
  // little noise per quote, as quotes come; BENCH_OPT_NOISE=1 draws each quote independently
  // (every supplier alike on average: the hardest case for choosing three).
  const base = lines.map(() => 5 + rnd() * 200);
  const level = suppliers.map(() => (NOISE ? 1 : 0.85 + rnd() * 0.4));
  const offers = suppliers.flatMap((s, si) =>
    lines
      .filter(() => si === 7 || rnd() < DENSITY)
      .map((line) => {
        const l = Number(line.id.slice(1));
        const capacity = rnd() < 0.2 ? String(Math.ceil(Number(line.quantity) * (0.3 + rnd() * 0.6))) : null;
        return { supplierId: s.id, lineId: line.id, unitPrice: (base[l] * level[si] * (NOISE ? 0.8 + rnd() * 0.5 : 0.95 + rnd() * 0.1)).toFixed(2), capacity };
      }),
  );
  return {
    lines,
    suppliers,
    offers,
    discounts: [
      { id: 'D1', supplierId: 'S3', type: 'PERCENT', value: '3', condition: { minValue: '1000000' } },
      { id: 'D2', supplierId: 'S11', type: 'AMOUNT', value: '5000', condition: { lineIds: ['L1', 'L2', 'L3'] } },
    ],
    lineGroups: [],
    objective: { kind: 'MIN_COST' },
    rules: [
      { id: 'max3', kind: 'maxSuppliers', max: 3 },
      { id: 'share60', kind: 'share', basis: 'VALUE', maxPercent: 60 },
      { id: 'incumbent20', kind: 'incumbentRetention', basis: 'VALUE', minPercent: 20 },
      { id: 'reliable70', kind: 'minReliability', min: 70 },
      { id: 'capacity', kind: 'capacity' },
    ],
  };
}

/** Solves the bench problem BENCH_OPT_RUNS times in the solver's worker and prints each run (the first includes the WebAssembly warm-up). */
export async function awardOptimizerSection(): Promise<void> {
  const problem = benchProblem();
  console.log(`\n## Award optimizer (issue 16): ${SUPPLIERS} suppliers × ${LINES} lines, ${problem.offers.length} offers, ${problem.rules.length} rules, gap ${GAP ?? 'default'}, time limit ${TIME_LIMIT} s\n`);
  console.log('| run | wall | process CPU (worker included) | load | status | gap | total | suppliers (value share) | violations |');
  console.log('|---|---:|---:|---:|---|---|---:|---|---:|');
  const solver = new ScenarioSolver({ timeLimitSeconds: TIME_LIMIT, relativeGap: GAP, workerFile: join(__dirname, '../../../libs/api/award-optimizer/src/lib/scenario.worker.js') });
  try {
    for (let run = 1; run <= RUNS; run++) {
      const t0 = performance.now();
      const cpu = process.cpuUsage();
      const result = await solver.solve(problem);
      const seconds = (performance.now() - t0) / 1000;
      const used = process.cpuUsage(cpu);
      const cpuSeconds = (used.user + used.system) / 1e6; // every thread of the process, the solver's worker included
      const gap = result.gap === null ? 'none' : `${(result.gap * 100).toFixed(3)} %${result.provenOptimal ? ' (proven optimal)' : ''}`;
      const shares = result.suppliers.map((s) => `${s.supplierId} ${s.valueShare} %`).join(', ');
      console.log(`| ${run} | ${seconds.toFixed(2)} s | ${cpuSeconds.toFixed(2)} s | ${loadavg()[0].toFixed(1)} | ${result.status} | ${gap} | ${result.totalCost} | ${shares} | ${result.violations.length} |`);
    }
    console.log(`\nTarget: 5 s on 2 cores (wall). On a shared machine wall time is an upper bound; CPU time is the steadier figure.`);
  } finally {
    await solver.close();
  }
}

if (require.main === module) void awardOptimizerSection();
