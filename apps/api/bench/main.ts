/**
 * `npm run bench`: the benchmark suite of issue 14. Builds (once, then cached as template databases)
 * a buyer's volume, starts the built API and a hand-written SQL server on the same data, and measures
 * each operation the web sends on both: p50/p95 at concurrency 8 and one at a time, API CPU and SQL
 * statements per request, memory. Prints one table and writes dist/bench/results.json. A benchmark,
 * not a test: it asserts no times. BENCH_SCALE=0.1 runs a tenth of the volume. Last, the live auction's
 * load and fairness (auction-bench.ts, issue 15; BENCH_AUCTION=0 leaves it out), whose correctness checks
 * do fail the run; the award optimizer (issue 16; BENCH_OPTIMIZER=0) and the analytics charts and bulk OCDS
 * export at 10 000 cases (analytics-bench.ts, issue 17; BENCH_ANALYTICS=0).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '@bc/api/demo';
import { ApiProcess, freePort, sleep } from './api-process';
import { analyticsSection } from './analytics-bench';
import { auctionSection } from './auction-bench';
import { awardOptimizerSection } from './award-optimizer';
import { type ComparisonResult, measureComparison, printComparison } from './comparison';
import { benchTemplates, BUYER_ORG, scratchCopy, VOLUME } from './data';
import { once, rssMiB, run, type Target } from './measure';
import { OPERATIONS, SIGN_IN, webDocument, type Operation } from './operations';
import { type Row, printTable } from './report';
import { StatementCounter } from './statement-counter';
import { supplierSearchBench } from './supplier-search.bench';

const LOAD_REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 400);
const SINGLE_REQUESTS = Number(process.env['BENCH_SINGLE_REQUESTS'] ?? 100);
const USERS = { buyer: 'buyer@nordwind.example', decider: 'decider@nordwind.example', admin: 'admin@nordwind.example' };

/** The API and the SQL server on one scratch copy of a template, each behind its own statement counter. */
class Stage {
  readonly api: ApiProcess;
  sql?: ChildProcess;
  sqlPort = 0;
  cookies: Record<string, string> = {};
  ids = { org: '', decider: '', caseId: '' };

  private constructor(
    readonly db: { url: string; drop(): Promise<void> },
    readonly apiCounter: StatementCounter,
    readonly sqlCounter: StatementCounter,
    readonly sqlUrl: string,
    apiUrl: string,
  ) {
    this.api = new ApiProcess(apiUrl, false);
  }

  static async open(templateName: string): Promise<Stage> {
    const db = await scratchCopy(templateName);
    const apiCounter = new StatementCounter();
    const sqlCounter = new StatementCounter();
    const stage = new Stage(db, apiCounter, sqlCounter, await sqlCounter.front(db.url), await apiCounter.front(db.url));
    await stage.start();
    return stage;
  }

  private async start(): Promise<void> {
    const db = new Client({ connectionString: this.db.url });
    await db.connect();
    this.ids.org = (await db.query(`SELECT id FROM organization WHERE name = $1`, [BUYER_ORG])).rows[0].id;
    this.ids.decider = (await db.query(`SELECT id FROM app_user WHERE email = $1`, [USERS.decider])).rows[0].id;
    // The seeded case (not a copy) that has gone furthest: specification, shortlist, RFQ, quotes, award.
    this.ids.caseId = (
      await db.query(
        `SELECT id FROM purchase_case WHERE organization_id = $1 AND reference NOT LIKE '%-%-%-%'
          ORDER BY array_position(ARRAY['AWARDED','DECISION','NEGOTIATION','EVALUATION','RFQ'], stage) NULLS LAST LIMIT 1`,
        [this.ids.org],
      )
    ).rows[0].id;
    await db.end();
    await this.api.start();
    for (const [who, email] of Object.entries(USERS)) this.cookies[who] = await this.api.signIn(email, DEMO_PASSWORD, webDocument(SIGN_IN));
    this.sqlPort = await freePort();
    this.sql = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(__dirname, 'sql-server.ts'), this.sqlUrl, String(this.sqlPort), this.ids.org, this.ids.decider], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((ready, fail) => {
      this.sql?.stdout?.once('data', () => ready());
      this.sql?.once('exit', (code) => fail(new Error(`the SQL server exited with ${code}`)));
    });
  }

  graphql(op: Operation): Target {
    return {
      url: `${this.api.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookies[op.as] },
      body: JSON.stringify({ query: webDocument(op.document), variables: op.variables({ caseId: this.ids.caseId }), operationName: op.document }),
      pid: this.api.pid,
    };
  }

  plain(op: Operation): Target {
    const path = op.sql.endsWith('=') ? `${op.sql}${this.ids.caseId}` : op.sql;
    return { url: `http://127.0.0.1:${this.sqlPort}${path}`, method: 'GET', pid: this.sql?.pid as number };
  }

  async close(): Promise<void> {
    await this.api.stop();
    this.sql?.kill('SIGTERM');
    await this.apiCounter.stop();
    await this.sqlCounter.stop();
    await this.db.drop();
  }
}

/** Statements per request one at a time, less what the process sends when idle over as long. */
async function single(target: Target, counter: StatementCounter) {
  const idle0 = counter.statements;
  const t0 = Date.now();
  await sleep(1000);
  const idlePerMs = (counter.statements - idle0) / (Date.now() - t0);
  const before = counter.statements;
  const t1 = Date.now();
  const result = await run(target, 1, SINGLE_REQUESTS);
  const background = idlePerMs * (Date.now() - t1);
  return { ...result, statementsPerRequest: (counter.statements - before - background) / result.requests };
}

/** The data check the product itself offers: the organization's audit chain, copies included, verifies. */
async function auditChain(stage: Stage): Promise<unknown> {
  const res = await fetch(`${stage.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: stage.cookies['admin'] },
    body: JSON.stringify({ query: webDocument('VerifyAuditChain'), operationName: 'VerifyAuditChain' }),
  });
  return ((await res.json()) as { data?: { verifyAuditChain?: unknown } }).data?.verifyAuditChain;
}

async function measureOperation(stage: Stage, op: Operation): Promise<Row> {
  const gql = stage.graphql(op);
  const sql = stage.plain(op);
  const check = await once(gql);
  const parsed = JSON.parse(check.body) as { errors?: unknown[] };
  if (check.status !== 200 || parsed.errors?.length) throw new Error(`${op.name}: GraphQL answered ${check.status} ${check.body.slice(0, 500)}`);
  const sqlCheck = await once(sql);
  if (sqlCheck.status !== 200) throw new Error(`${op.name}: SQL server answered ${sqlCheck.status} ${sqlCheck.body.slice(0, 500)}`);
  await run(gql, 2, 20); // warm-up
  await run(sql, 2, 20);
  const gqlSingle = await single(gql, stage.apiCounter);
  const sqlSingle = await single(sql, stage.sqlCounter);
  const gqlLoad = await run(gql, 8, LOAD_REQUESTS);
  const sqlLoad = await run(sql, 8, LOAD_REQUESTS);
  return {
    operation: op.name,
    graphql: { load: gqlLoad, single: gqlSingle, bytes: check.bytes },
    sql: { load: sqlLoad, single: sqlSingle, bytes: sqlCheck.bytes },
    apiRssMiB: rssMiB(stage.api.pid),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`Volume: ${JSON.stringify(VOLUME)}; ${LOAD_REQUESTS} requests at concurrency 8, ${SINGLE_REQUESTS} one at a time`);
  const templates = await benchTemplates();
  const rows: Row[] = [];
  const one = await Stage.open(templates.one);
  const idleRss = rssMiB(one.api.pid);
  const chain = await auditChain(one);
  let comparison: ComparisonResult | undefined;
  try {
    for (const op of OPERATIONS) {
      rows.push(await measureOperation(one, op));
      console.log(`measured ${op.name}`);
    }
    comparison = await measureComparison({ url: one.api.url, pid: one.api.pid, cookie: one.cookies['buyer'] }, one.db.url, one.ids.org);
  } finally {
    await one.close();
  }
  const many = await Stage.open(templates.many);
  let tenants: Row | undefined;
  try {
    tenants = { ...(await measureOperation(many, OPERATIONS[0])), operation: `${OPERATIONS[0].name}, 51 organizations` };
    rows.push(tenants);
  } finally {
    await many.close();
  }
  const oneOrg = rows[0];
  const tenantRatio = tenants ? tenants.graphql.load.p95 / oneOrg.graphql.load.p95 : NaN;
  printTable(rows);
  console.log(`\nAPI RSS idle after start: ${idleRss.toFixed(0)} MiB`);
  console.log(`Audit chain of the bench data (verifyAuditChain): ${JSON.stringify(chain)}`);
  console.log(`Case list p95 at concurrency 8, 51 organizations / 1 organization: ${tenantRatio.toFixed(2)}×`);
  if (comparison) printComparison(comparison);
  const out = resolve('dist/bench/results.json');
  mkdirSync(resolve('dist/bench'), { recursive: true });
  writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), volume: VOLUME, loadRequests: LOAD_REQUESTS, singleRequests: SINGLE_REQUESTS, idleRssMiB: idleRss, tenantRatio, rows, comparison }, null, 2));
  console.log(`Results: ${out} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (process.env['BENCH_SEARCH'] !== '0') {
    console.log('\n## Supplier search, statement by statement\n');
    await supplierSearchBench();
  }
  // Issue 15: the live auction under 50 bidders (auction-bench.ts); a failed correctness check fails the run.
  if (process.env['BENCH_AUCTION'] !== '0' && !(await auctionSection())) process.exitCode = 1;
  // Issue 16: an award scenario of 200 suppliers × 500 lines under five rules (award-optimizer.ts).
  if (process.env['BENCH_OPTIMIZER'] !== '0') await awardOptimizerSection();
  // Issue 17: the analytics charts at 10 000 cases and 50 000 suppliers, and the bulk OCDS export (analytics-bench.ts).
  if (process.env['BENCH_ANALYTICS'] !== '0') await analyticsSection();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
