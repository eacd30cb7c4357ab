/**
 * The comparison at volume alone, quickly (issue 14: comparison and scoring of 200 suppliers × 500
 * lines within 1 s), without the whole bench: one database with the demo seed and the big RFQ of
 * big-rfq.ts only (kept as the template `bench_quick_<hash>` of the migrations and the generators, built in ~30 s), one or more builds of
 * the API started side by side on a scratch copy of it, and the web's RfqComparison and RfqScoring
 * documents sent to each in turn, one at a time. Per call: wall time, the API's CPU time, answer size.
 * A benchmark, not a test: it asserts no times.
 *
 *   nx build api --configuration=production   # then, e.g. to compare with an earlier build copied to dist/before/api:
 *   BENCH_QUICK_APIS=before=dist/before/api/main.js,after=dist/apps/api/main.js npm run bench:comparison
 *
 * Knobs: BENCH_QUICK_APIS (name=entry[@commit], comma-separated; default the current build; with a commit,
 * that build is sent the web's documents as they were at that commit), BENCH_QUICK_RUNS (5),
 * BENCH_QUICK_COLD=1 (before each call a new USD rate is entered, as a buyer does, so that nothing computed
 * before for the RFQ is current), BENCH_CPU_PROF=<dir> (each API under `node --cpu-prof`, profiles
 * written there when it stops),
 * BENCH_RFQ_SUPPLIERS / BENCH_RFQ_LINES (big-rfq.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DefinitionNode, DocumentNode, Kind, parse, print, visit } from 'graphql';
import { DEMO_PASSWORD } from '@bc/api/demo';
import { MIGRATIONS } from '@bc/migrations';
import { createTestDatabase } from '../test/support/test-database';
import { ApiProcess } from './api-process';
import { BIG_RFQ, bigRfq, bigRfqIds } from './big-rfq';
import { admin, BUYER_ORG, scratchCopy, withDb } from './data';
import { cpuMs } from './measure';
import { SIGN_IN, webDocument } from './operations';
import { generateSuppliers } from './suppliers-data';

const RUNS = Number(process.env['BENCH_QUICK_RUNS'] ?? 5);
const COLD = process.env['BENCH_QUICK_COLD'] === '1';
/** Enough generated suppliers that 200 of them are approved or qualified (about half are). */
const DIRECTORY = Math.max(1000, BIG_RFQ.suppliers * 4);

/** The template: the demo seed (by the current build's real services), a directory, and the big RFQ. */
async function quickTemplate(): Promise<string> {
  const sources = ['clone.ts', 'big-rfq.ts', 'reseal.ts', 'suppliers-data.ts'].map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
  const hash = createHash('sha256').update(MIGRATIONS.map((m) => m.name).join(',') + sources + JSON.stringify(BIG_RFQ)).digest('hex').slice(0, 12);
  const name = `bench_quick_${hash}`;
  if (await admin(async (db) => (await db.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1)) return name;
  const t0 = Date.now();
  const fresh = await createTestDatabase();
  const seeding = new ApiProcess(fresh.url, true);
  await seeding.start();
  await seeding.stop();
  await withDb(fresh.name, async (db) => {
    const org = (await db.query(`SELECT id FROM organization WHERE name = $1`, [BUYER_ORG])).rows[0].id as string;
    await generateSuppliers(db, org, DIRECTORY);
    await bigRfq(db, org);
    await db.query('VACUUM ANALYZE');
  });
  await admin(async (db) => {
    await db.query(`CREATE DATABASE ${name} TEMPLATE ${fresh.name}`);
  });
  await fresh.drop();
  console.log(`Built ${name} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return name;
}

interface Call {
  ms: number;
  cpuMs: number;
  bytes: number;
}

const OPERATIONS_PATH = 'libs/web/data-access/src/lib/graphql/operations';

/** The web's operation `name` with its fragments as the files were at `commit` (for an earlier build, which knows only the schema of then). */
function webDocumentAt(commit: string, name: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const files = git('ls-tree', '--name-only', `${commit}:${OPERATIONS_PATH}`).split('\n').filter((f) => f.endsWith('.graphql'));
  const defs = new Map<string, DefinitionNode>();
  for (const f of files) {
    for (const d of parse(git('show', `${commit}:${OPERATIONS_PATH}/${f}`)).definitions) {
      if ((d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) && d.name) defs.set(d.name.value, d);
    }
  }
  const needed = new Map<string, DefinitionNode>([[name, defs.get(name)!]]);
  const queue = [defs.get(name)!];
  while (queue.length) {
    visit(queue.pop()!, {
      FragmentSpread(node) {
        if (needed.has(node.name.value)) return;
        const def = defs.get(node.name.value)!;
        needed.set(node.name.value, def);
        queue.push(def);
      },
    });
  }
  return print({ kind: Kind.DOCUMENT, definitions: [...needed.values()] } as DocumentNode);
}

/** One document sent once: wall time to the parsed answer, the API's CPU time meanwhile, and the answer's size. */
async function call(api: ApiProcess, cookie: string, document: string, variables: Record<string, unknown>, commit?: string): Promise<Call> {
  const query = commit ? webDocumentAt(commit, document) : webDocument(document);
  const cpu0 = cpuMs(api.pid);
  const t0 = performance.now();
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables, operationName: document }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { errors?: unknown[] };
  const ms = performance.now() - t0;
  if (body.errors?.length) throw new Error(`${document}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { ms, cpuMs: cpuMs(api.pid) - cpu0, bytes: Buffer.byteLength(text) };
}

let rateSeq = 0;

/** Enters another USD rate through the web's mutation: what the RFQ's comparison is computed from changes. */
async function newRate(api: ApiProcess, cookie: string, rfqId: string): Promise<void> {
  const rate = (0.9 + ++rateSeq / 10_000).toFixed(4);
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'idempotency-key': `bench-rate-${process.pid}-${rateSeq}` },
    body: JSON.stringify({ query: webDocument('SetRfqExchangeRate'), variables: { rfqId, currency: 'USD', rate }, operationName: 'SetRfqExchangeRate' }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors?.length) throw new Error(`SetRfqExchangeRate: ${JSON.stringify(body.errors).slice(0, 500)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function report(name: string, document: string, calls: Call[]): void {
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
  console.log(
    `${name.padEnd(8)} ${document.padEnd(26)} wall ms ${list(calls.map((c) => c.ms))} (median ${median(calls.map((c) => c.ms)).toFixed(0)}); ` +
      `API CPU ms ${list(calls.map((c) => c.cpuMs))} (median ${median(calls.map((c) => c.cpuMs)).toFixed(0)}); answer ${(calls[0].bytes / 1024).toFixed(0)} KB`,
  );
}

async function main(): Promise<void> {
  const builds = (process.env['BENCH_QUICK_APIS'] ?? 'current=dist/apps/api/main.js').split(',').map((s) => {
    const [name, built] = s.split('=');
    const [entry, commit] = built.split('@');
    return { name, entry, commit };
  });
  const profileDir = process.env['BENCH_CPU_PROF'] ? resolve(process.env['BENCH_CPU_PROF']) : null;
  const db = await scratchCopy(await quickTemplate());
  const apis: Array<{ name: string; api: ApiProcess; cookie: string; commit?: string }> = [];
  try {
    for (const b of builds) {
      const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${b.name}-${process.pid}.cpuprofile`] : [];
      const api = new ApiProcess(db.url, false, { entry: b.entry, nodeArgs });
      await api.start();
      apis.push({ name: b.name, api, commit: b.commit, cookie: await api.signIn('buyer@nordwind.example', DEMO_PASSWORD, webDocument(SIGN_IN)) });
    }
    const org = await withDb(new URL(db.url).pathname.slice(1), async (c) => (await c.query(`SELECT id FROM organization WHERE name = $1`, [BUYER_ORG])).rows[0].id as string);
    const { caseId, rfqId } = await withDb(new URL(db.url).pathname.slice(1), (c) => bigRfqIds(c, org));
    const calls = new Map<string, Call[]>();
    const add = (key: string, c: Call) => calls.set(key, [...(calls.get(key) ?? []), c]);
    // The first call of each reads everything (nothing computed is kept yet, the JIT is cold): shown apart.
    for (const { name, api, cookie, commit } of apis) {
      add(`${name}\u0000RfqComparison, first call`, await call(api, cookie, 'RfqComparison', { rfqId }, commit));
      add(`${name}\u0000RfqScoring, first call`, await call(api, cookie, 'RfqScoring', { caseId, rfqId }, commit));
    }
    // Side by side: the builds take turns, so that a load on the machine weighs on each alike.
    for (let i = 0; i < RUNS; i++) {
      for (const { name, api, cookie, commit } of apis) {
        if (COLD) await newRate(api, cookie, rfqId);
        add(`${name}\u0000RfqComparison`, await call(api, cookie, 'RfqComparison', { rfqId }, commit));
        if (COLD) await newRate(api, cookie, rfqId);
        add(`${name}\u0000RfqScoring`, await call(api, cookie, 'RfqScoring', { caseId, rfqId }, commit));
      }
    }
    console.log(`\n${BIG_RFQ.suppliers} suppliers × ${BIG_RFQ.lines} lines, ${RUNS} runs each, one at a time${COLD ? ', a new rate entered before each call' : ''}:`);
    for (const [key, list] of calls) {
      const [name, document] = key.split('\u0000');
      report(name, document, list);
    }
  } finally {
    for (const { api } of apis) await api.stop();
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
