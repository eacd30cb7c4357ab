/**
 * `npm run chaos`: the fault suite (issue 13). Builds the API, starts its own PostgreSQL (embedded,
 * in a temp folder), an SMTP sink and two API instances on one database, publishes one RFQ to the
 * two demo supplier companies and sends bounded bursts of quotes at both instances while it kills
 * an instance with SIGKILL, restarts PostgreSQL, takes the SMTP server away and throws responses
 * away. Clients behave as the web client does: every change carries an Idempotency-Key and is
 * retried under it on network errors and UNAVAILABLE. Then it checks from the database that every
 * acknowledged receipt is stored once, that no refused request stored anything, that no retry made
 * a duplicate, that every sent mail reached the sink (and at most twice), and that the audit chains
 * verify. Prints tables; exits 1 on any loss or duplicate. Not part of `npm test` (it takes minutes).
 *
 * CHAOS_SCALE multiplies the burst sizes (default 1: about 200 submissions).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type Submission, submitWithRetries } from './client';
import { ApiInstance, ChaosDatabase, instanceEnv, SmtpSink, sleep, waitUntil } from './cluster';
import { judge, type MailTally, readStored, type Row, table, tallyMail, verifyAuditChains } from './checks';
import { type Bidder, buildWorld, type World } from './setup';

const SCALE = Number(process.env['CHAOS_SCALE'] ?? 1);
/** The whole run is bounded: past this the suite cleans up and fails. */
const WATCHDOG_MS = Number(process.env['CHAOS_TIMEOUT_MS'] ?? 15 * 60_000);
/** Workers per supplier company (two submit concurrently for the same invitation). */
const WORKERS_PER_BIDDER = 2;
/** A submission not acknowledged or refused within this long is counted as unresolved. */
const SUBMISSION_BUDGET_MS = 90_000;
/** No new submission starts once a phase has run this long (the rest are not sent). */
const PHASE_BUDGET_MS = 150_000;
/** Mail claimed by a killed instance is due again after the claim lease (2 min): wait a little longer. */
const MAIL_DRAIN_MS = 200_000;
/** The instances' logs, kept after the run (the database folder is removed). */
const LOG_DIR = mkdtempSync(join(tmpdir(), 'bc-chaos-logs-'));

interface Cluster {
  db: ChaosDatabase;
  sink: SmtpSink;
  instances: ApiInstance[];
}

interface Phase {
  fault: string;
  count: number;
  /** The fault starts once this share of the phase's submissions has been sent. */
  at?: number;
  inject?: (c: Cluster) => Promise<void>;
  /** Runs once the burst is over (e.g. the SMTP server comes back). */
  after?: (c: Cluster) => Promise<void>;
  /** Abort every submission's first request after a random 5–400 ms, then retry under the same key. */
  loseResponses?: boolean;
  /** Every n-th acknowledged submission is sent once more under its key. */
  replayEvery: number;
}

const PHASES: Phase[] = [
  { fault: 'none (baseline)', count: 30, replayEvery: 5 },
  {
    fault: 'kill -9 of instance a',
    count: 50,
    at: 0.3,
    replayEvery: 5,
    inject: async (c) => {
      await c.instances[0].kill9();
      await sleep(2000);
      await c.instances[0].start().catch((e: Error) => log(`  restart of instance a failed: ${e.message}`));
    },
  },
  { fault: 'PostgreSQL restart', count: 50, at: 0.3, replayEvery: 5, inject: (c) => c.db.restart(3000) },
  {
    fault: 'SMTP outage',
    count: 40,
    at: 0,
    replayEvery: 5,
    inject: (c) => c.sink.stop(),
    after: async (c) => {
      await sleep(3000);
      await c.sink.start();
    },
  },
  { fault: 'lost responses + retries', count: 40, loseResponses: true, replayEvery: 1 },
];

function log(message: string): void {
  process.stdout.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function startCluster(cluster: Cluster): Promise<void> {
  await cluster.db.start();
  log(`PostgreSQL on port ${cluster.db.port} in ${cluster.db.dir}`);
  await cluster.sink.start();
  log(`SMTP sink on port ${cluster.sink.port}`);
  const env = instanceEnv(cluster.db.url, cluster.sink.port);
  cluster.instances.push(new ApiInstance('a', env, LOG_DIR), new ApiInstance('b', env, LOG_DIR));
  // One after the other: the first migrates and seeds the demo data.
  for (const instance of cluster.instances) {
    await instance.start();
    log(`instance ${instance.name} up at ${instance.url} (log: ${instance.logFile})`);
  }
}

/** Each phase starts with both instances up (one that crashed in the phase before is being restarted). */
async function bothHealthy(cluster: Cluster): Promise<void> {
  try {
    await waitUntil('both instances to be healthy', async () => (await Promise.all(cluster.instances.map((i) => i.healthy()))).every(Boolean), 120_000, 500);
  } catch (e) {
    log((e as Error).message);
  }
}

/** Sends one phase's submissions from all bidders at both instances; the fault starts at its point. */
async function runPhase(cluster: Cluster, world: World, phase: Phase, index: number): Promise<Submission[]> {
  const count = Math.max(1, Math.round(phase.count * SCALE));
  const subs: Submission[] = [];
  let next = 0;
  let fault: Promise<void> | undefined;
  const trigger = Math.floor((phase.at ?? 0) * count);
  const startFault = () => {
    if (!fault && phase.inject && next >= trigger) {
      log(`  injecting: ${phase.fault}`);
      fault = phase.inject(cluster).then(() => log(`  fault over: ${phase.fault}`));
    }
  };
  const until = Date.now() + PHASE_BUDGET_MS;
  const worker = async (bidder: Bidder, w: number) => {
    for (;;) {
      startFault();
      if (next >= count || Date.now() > until) return;
      const n = next++;
      const key = `chaos-${index}-${bidder.name}-${n}-${randomUUID().slice(0, 8)}`;
      const sub: Submission = { key, phase: phase.fault, supplier: bidder.name, invitationId: bidder.invitationId, attempts: 0, lost: 0, outcome: 'unresolved' };
      subs.push(sub);
      await submitWithRetries(bidder.session, sub, { ...bidder.quote, supplierReference: key }, {
        urls: () => cluster.instances.map((i) => i.url),
        loseFirstAfterMs: phase.loseResponses ? 5 + Math.random() * 395 : undefined,
        replay: n % phase.replayEvery === 0,
        budgetMs: SUBMISSION_BUDGET_MS,
      }, n + w);
    }
  };
  const workers = world.bidders.flatMap((b) => Array.from({ length: WORKERS_PER_BIDDER }, (_, w) => worker(b, w)));
  await Promise.all(workers);
  startFault();
  await fault;
  await phase.after?.(cluster);
  return subs;
}

/** Waits until the outbox has nothing pending and every SENT message reached the sink. */
async function drainMail(db: Client, sink: SmtpSink, rfqId: string): Promise<MailTally> {
  let last: MailTally | undefined;
  try {
    await waitUntil(
      'the mail outbox to drain',
      async () => {
        last = await tallyMail(db, sink, rfqId);
        return last.pending === 0 && last.missing === 0;
      },
      MAIL_DRAIN_MS,
      1000,
    );
  } catch (e) {
    log(`${(e as Error).message}: ${JSON.stringify(last)}`);
  }
  return tallyMail(db, sink, rfqId);
}

async function adminVerify(world: World, url: string): Promise<string> {
  const data = await world.admin.ok(url, `{ verifyAuditChain { ok checkedEvents firstBrokenSequence reason } }`);
  const v = data['verifyAuditChain'];
  return v.ok ? `ok (${v.checkedEvents} entries)` : `BROKEN at ${v.firstBrokenSequence}: ${v.reason}`;
}

function rowCells(r: Row): Array<string | number> {
  return [r.fault, r.sent, r.acked, r.storedOnce, r.duplicates, r.lost, r.failed, r.failedStored, r.unresolved, r.lostResponses, `${r.replays - r.replayMismatch}/${r.replays}`];
}

const HEADER = ['fault', 'sent', 'acked', 'stored once', 'duplicates', 'lost', 'refused', 'refused+stored', 'unresolved', 'responses lost', 'replays same'];

/** Prints the report; returns the problems found (none: the run passed). */
async function report(cluster: Cluster, world: World, results: Array<{ phase: Phase; subs: Submission[] }>): Promise<string[]> {
  const db = new Client({ connectionString: cluster.db.url });
  await db.connect();
  try {
    const url = cluster.instances[1].url;
    const mail = await drainMail(db, cluster.sink, world.rfqId);
    const all = results.flatMap((r) => r.subs);
    const stored = await readStored(db, world, url, new Set(all.map((s) => s.key)));
    const rows = results.map((r) => judge(r.phase.fault, r.subs, stored));
    const total = judge('total', all, stored);
    const chains = await verifyAuditChains(db);
    const viaApi = await adminVerify(world, url);
    process.stdout.write(`\n${table(HEADER, [...rows, total].map(rowCells))}\n\n`);
    process.stdout.write(
      `${table(
        ['mail', 'outbox', 'sent', 'delivered', 'missing', 'delivered twice', 'more than twice', 'pending', 'failed', 'receipts'],
        [['all', mail.outbox, mail.sent, mail.delivered, mail.missing, mail.twice, mail.tooMany, mail.pending, mail.failed, mail.receipts]],
      )}\n\n`,
    );
    const refusals = [...new Set(all.filter((s) => s.outcome !== 'acked').map((s) => `${s.outcome}: ${s.error}`))];
    if (refusals.length) process.stdout.write(`not acknowledged: ${refusals.join('; ')}\n`);
    process.stdout.write(`quote revisions in the database: ${stored.revisions} (not from a submission of this run: ${stored.unknown})\n`);
    process.stdout.write(`audit chains recomputed: ${chains.chains} chains, ${chains.events} entries, broken: ${chains.broken.length ? chains.broken.join('; ') : 'none'}\n`);
    process.stdout.write(`verifyAuditChain (admin, Nordwind): ${viaApi}\n`);
    const problems = [
      total.lost && `${total.lost} acknowledged submissions not stored as acknowledged`,
      total.duplicates && `${total.duplicates} duplicate revisions`,
      total.failedStored && `${total.failedStored} refused submissions stored something`,
      total.unresolved && `${total.unresolved} submissions never answered`,
      total.replayMismatch && `${total.replayMismatch} replays answered another receipt`,
      stored.unknown && `${stored.unknown} revisions that no submission made`,
      mail.missing && `${mail.missing} sent mails never arrived`,
      mail.pending && `${mail.pending} mails still pending`,
      mail.failed && `${mail.failed} mails FAILED`,
      mail.tooMany && `${mail.tooMany} mails arrived more than twice`,
      mail.receipts !== stored.revisions && `${mail.receipts} receipt mails for ${stored.revisions} revisions`,
      chains.broken.length && `audit chain broken: ${chains.broken.join('; ')}`,
      !viaApi.startsWith('ok') && `verifyAuditChain: ${viaApi}`,
      ...cluster.instances.flatMap((i) => i.unexpectedExits.map((e) => `instance ${i.name} exited on its own: ${e} (see ${i.logFile})`)),
    ].filter((p): p is string => typeof p === 'string');
    return problems;
  } finally {
    await db.end();
  }
}

async function cleanup(cluster: Cluster): Promise<void> {
  for (const i of cluster.instances) i.supervise = false;
  await Promise.all(cluster.instances.map((i) => i.kill9().catch(() => undefined)));
  await cluster.sink.stop().catch(() => undefined);
  await cluster.db.destroy().catch(() => undefined);
}

async function main(): Promise<number> {
  const cluster: Cluster = { db: new ChaosDatabase(), sink: new SmtpSink(), instances: [] };
  let cleaned: Promise<void> | undefined;
  const clean = () => (cleaned ??= cleanup(cluster));
  const abort = (why: string) => {
    log(why);
    void clean().finally(() => process.exit(2));
  };
  process.once('SIGINT', () => abort('interrupted'));
  process.once('SIGTERM', () => abort('terminated'));
  const watchdog = setTimeout(() => abort(`the run took longer than ${WATCHDOG_MS} ms`), WATCHDOG_MS);
  watchdog.unref();
  try {
    await startCluster(cluster);
    const world = await buildWorld(cluster.instances[0].url, cluster.db.url);
    log(`RFQ ${world.reference} published to ${world.bidders.map((b) => b.name).join(', ')}`);
    const results: Array<{ phase: Phase; subs: Submission[] }> = [];
    for (const [i, phase] of PHASES.entries()) {
      await bothHealthy(cluster);
      log(`phase ${i + 1}/${PHASES.length}: ${phase.fault}`);
      const subs = await runPhase(cluster, world, phase, i);
      log(`  ${subs.length} sent, ${subs.filter((s) => s.outcome === 'acked').length} acknowledged`);
      results.push({ phase, subs });
    }
    const problems = await report(cluster, world, results);
    process.stdout.write(problems.length ? `\nFAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` : '\nPASSED: no loss, no duplicate.\n');
    log(`instance logs (kept): ${join(LOG_DIR, '*.log')}`);
    return problems.length ? 1 : 0;
  } finally {
    clearTimeout(watchdog);
    await clean();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`chaos: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);
