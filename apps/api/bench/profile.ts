/**
 * A quick CPU profile of the built API under the bench's hottest operations (issue 14): where the
 * milliseconds of a GraphQL request go, not how fast it is against its SQL twin (that is main.ts).
 *
 *   npx nx build api --configuration=production
 *   TS_NODE_PROJECT=apps/api/bench/tsconfig.json TS_NODE_TRANSPILE_ONLY=true TS_NODE_BASEURL=../../.. \
 *     node -r ts-node/register -r tsconfig-paths/register apps/api/bench/profile.ts
 *
 * Knobs: PROF_DB (database on TEST_DATABASE_URL's server, made and seeded once: `prof_cpu`),
 * PROF_CASES (cases of the buying organization, 300), PROF_REQUESTS (per operation, 2000),
 * PROF_CONNECTIONS (4), PROF_ENV (NODE_ENV of the API, production), PROF_LOG_LEVEL (warn, as the bench),
 * PROF_OPS (operation names of operations.ts separated by | of operations.ts; the case list, detail and board by default),
 * PROF_DIR (write a .cpuprofile there and print its summary; none: CPU per request only),
 * PROF_MAINS (comma-separated built entry points, run in turn, PROF_ROUNDS times (2) in the same
 * order: a before/after comparison on the same data; default dist/apps/api/main.js, once).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { admin, BUYER_ORG, serverUrl, withDb } from './data';
import { DEMO_PASSWORD } from '@bc/api/demo';
import { ApiProcess, BENCH_SEALING_KEY, freePort, sleep } from './api-process';
import { copyAuditEvents } from './audit-copies';
import { caseTree, cloneRows } from './clone';
import { run, type Target } from './measure';
import { OPERATIONS, SIGN_IN, webDocument } from './operations';
import { summarizeProfile } from './profile-summary';
import { resealQuotes } from './reseal';
import { stopChild } from '../test/support/child-process';

const env = process.env;
const DB = env['PROF_DB'] ?? 'prof_cpu';
const CASES = Number(env['PROF_CASES'] ?? 300);
const REQUESTS = Number(env['PROF_REQUESTS'] ?? 2000);
const CONNECTIONS = Number(env['PROF_CONNECTIONS'] ?? 4);
const PROFILED = env['PROF_OPS']?.split('|') ?? ['case list, 20 rows', 'case detail', 'case board, default view'];
/** The database: migrated and seeded by the built API (development, SEED_DEMO), then grown to CASES cases by copies. */
async function prepare(): Promise<{ caseId: string }> {
  const exists = await admin(async (db) => {
    if ((await db.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB])).rowCount) return true;
    await db.query(`CREATE DATABASE ${DB}`);
    return false;
  });
  if (!exists) {
    const seeding = new ApiProcess(serverUrl(DB), true);
    await seeding.start();
    await seeding.stop();
  }
  return withDb(DB, async (db) => {
    const org = (await db.query(`SELECT id FROM organization WHERE name = $1`, [BUYER_ORG])).rows[0].id as string;
    const n = Number((await db.query(`SELECT count(*) AS n FROM purchase_case WHERE organization_id = $1`, [org])).rows[0].n);
    if (n < CASES) {
      await cloneRows(db, caseTree(`s.organization_id = $1 AND s.reference NOT LIKE '%-%-%-%'`), Math.ceil(CASES / n) - 1, [org], async (tx) => {
        await resealQuotes(tx);
        await copyAuditEvents(tx, org);
      });
      await db.query('VACUUM ANALYZE');
    }
    const caseId = (
      await db.query(
        `SELECT id FROM purchase_case WHERE organization_id = $1 AND reference NOT LIKE '%-%-%-%'
          ORDER BY array_position(ARRAY['AWARDED','DECISION','NEGOTIATION','EVALUATION','RFQ'], stage) NULLS LAST LIMIT 1`,
        [org],
      )
    ).rows[0].id as string;
    return { caseId };
  });
}

/** System (kernel) CPU time of the process so far, in ms: socket reads and writes, mostly. */
function systemMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[12]) * 1000) / 100;
}

/** The built API at `main`, optionally under --cpu-prof; answers once /health does. */
async function startApi(main: string, profileDir?: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const args = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, main] : [main];
  const child = spawn(process.execPath, args, {
    env: {
      ...env,
      NODE_ENV: env['PROF_ENV'] ?? 'production',
      DATABASE_URL: serverUrl(DB),
      PORT: String(port),
      SEED_DEMO: 'false',
      LOG_LEVEL: env['PROF_LOG_LEVEL'] ?? 'warn',
      QUOTE_SEALING_KEY: BENCH_SEALING_KEY,
      MAIL_POLL_INTERVAL_MS: '3600000',
      JOB_POLL_INTERVAL_SECONDS: '3600',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return { child, url };
    await sleep(250);
  }
  throw new Error('the API did not start');
}

/** Signs in as the buyer, then measures CPU per request of each profiled operation (after a warm-up). */
async function measure(main: string, caseId: string, profileDir?: string): Promise<Record<string, number>> {
  const { child, url } = await startApi(main, profileDir);
  const signer = Object.assign(new ApiProcess('', false), { port: Number(new URL(url).port) });
  const cookie = await signer.signIn('buyer@nordwind.example', DEMO_PASSWORD, webDocument(SIGN_IN));
  const result: Record<string, number> = {};
  try {
    for (const op of OPERATIONS.filter((o) => PROFILED.includes(o.name))) {
      const target: Target = {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: webDocument(op.document), variables: op.variables({ caseId }), operationName: op.document }),
        pid: child.pid as number,
      };
      await run(target, CONNECTIONS, Math.min(300, REQUESTS));
      const sys0 = systemMs(target.pid);
      const r = await run(target, CONNECTIONS, REQUESTS);
      if (r.errors) throw new Error(`${op.name}: ${r.errors} failed requests`);
      result[op.name] = r.cpuMsPerRequest;
      result[`${op.name} (of it system)`] = (systemMs(target.pid) - sys0) / r.requests;
    }
  } finally {
    // SIGTERM: the API shuts down and exits, and Node writes the profile on the way out.
    await stopChild(child, 30_000);
  }
  return result;
}

async function main(): Promise<void> {
  const { caseId } = await prepare();
  const mains = (env['PROF_MAINS'] ?? 'dist/apps/api/main.js').split(',');
  const profileDir = env['PROF_DIR'];
  const rows: Record<string, Record<string, number[]>> = {};
  const rounds = Number(env['PROF_ROUNDS'] ?? 2);
  for (let round = 1; round <= rounds; round++) {
    for (const main of mains) {
      const dir = profileDir ? join(profileDir, `${mains.indexOf(main)}-${round}`) : undefined;
      if (dir) mkdirSync(dir, { recursive: true });
      const r = await measure(main, caseId, dir);
      for (const [op, ms] of Object.entries(r)) ((rows[op] ??= {})[main] ??= []).push(ms);
      if (dir && round === 1) {
        for (const f of readdirSync(dir).filter((x) => x.endsWith('.cpuprofile'))) console.log(`\n# ${main}\n${summarizeProfile(join(dir, f), 40)}`);
      }
    }
    if (mains.length === 1 && !env['PROF_ROUNDS']) break;
  }
  console.log(`\nCPU ms per request (${REQUESTS} requests, ${CONNECTIONS} connections; median [each run]):`);
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)];
  for (const [op, byMain] of Object.entries(rows)) {
    const cells = Object.entries(byMain).map(([m, v]) => `${m}: ${median(v).toFixed(2)} [${v.map((x) => x.toFixed(2)).join(' ')}]`);
    console.log(`${op.padEnd(40)} ${cells.join('   ')}`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
