/*
 * Starts the BUILT app once for the whole suite: `node dist/apps/api/main.js`, which serves the
 * built web app same-origin at `/`, on a free port and a database of its own:
 *  - TEST_DATABASE_URL set: a new database `bc_e2e_<random>` on that server (dropped afterwards);
 *  - otherwise: the app's embedded PostgreSQL in a fresh temp folder (removed afterwards).
 * The demo organizations and users are seeded by the app itself (SEED_DEMO=true).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const workspaceRoot = resolve(__dirname, '../../../..');
export const resultsDir = join(workspaceRoot, 'test-results', 'web-e2e');

/**
 * The built app: `dist/` unless E2E_DIST names another folder inside the workspace (a copy of a
 * build, so that a rebuild by someone else in the same working tree cannot change it mid-run).
 */
const DIST = resolve(workspaceRoot, process.env['E2E_DIST'] ?? 'dist');
const API_MAIN = join(DIST, 'apps/api/main.js');
const WEB_ROOT = join(DIST, 'apps/web/browser');
/** How long the app may take to start and seed (E2E_START_TIMEOUT_SECONDS): minutes on a busy 2-core machine. */
const HEALTH_TIMEOUT_MS = Number(process.env['E2E_START_TIMEOUT_SECONDS'] ?? 240) * 1000;

export interface E2eServer {
  child: ChildProcess;
  output: () => string;
  /** Drops the database or removes the embedded PostgreSQL's folder. */
  cleanUp: () => Promise<void>;
}

declare global {
  var __bcE2eServer: E2eServer | undefined;
}

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the TEST_DATABASE_URL server; the app runs its migrations into it. */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bc_e2e_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: withDatabase(serverUrl, name),
    drop: () =>
      onServer(serverUrl, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}

/** Keeps the last lines the child printed, to show them when something goes wrong. */
function captureOutput(child: ChildProcess): () => string {
  const chunks: string[] = [];
  let size = 0;
  const keep = (chunk: Buffer) => {
    chunks.push(chunk.toString('utf8'));
    size += chunk.length;
    while (size > 200_000 && chunks.length > 1) size -= chunks.shift()?.length ?? 0;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => chunks.join('');
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The app exited (code ${child.exitCode}, signal ${child.signalCode}) before /health answered.\n--- app output ---\n${output()}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 500)}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `GET ${baseUrl}/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${last}).\n--- app output ---\n${output()}`,
  );
}

/**
 * The app answers /health while it still seeds the demo data (the showcase directory takes a
 * while); it prints its start banner once the seed is committed, so the specs wait for that.
 */
async function waitForSeeded(child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (output().includes('Buying Center is running at')) return;
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The app exited (code ${child.exitCode}) while seeding the demo data.\n--- app output ---\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not finish seeding the demo data within ${HEALTH_TIMEOUT_MS / 1000} s.\n--- app output ---\n${output()}`);
}

export default async function globalSetup(): Promise<void> {
  const missing = [API_MAIN, join(WEB_ROOT, 'index.html')].filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(
      `The e2e suite runs against the built app, and ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.\n` +
        'Build it first:  npx nx run-many -t build -p api web',
    );
  }
  mkdirSync(resultsDir, { recursive: true });

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    NODE_ENV: 'development',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    WEB_ROOT,
    // The RFQ scenario waits for the closing job: look for due jobs every second.
    JOB_POLL_INTERVAL_SECONDS: '1',
  };
  delete env['DATABASE_URL'];

  let cleanUp: () => Promise<void>;
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) {
    const db = await createDatabase(serverUrl);
    env['DATABASE_URL'] = db.url;
    cleanUp = db.drop;
  } else {
    // The app starts an embedded PostgreSQL; as root it runs it as a `postgres` user, which must
    // be able to reach the folder: hence 0755, under the (world-readable) temp directory.
    const folder = mkdtempSync(join(tmpdir(), 'bc-e2e-'));
    chmodSync(folder, 0o755);
    env['EMBEDDED_PG_DIR'] = join(folder, 'pgdata');
    env['EMBEDDED_PG_PORT'] = String(await freePort());
    cleanUp = async () => rmSync(folder, { recursive: true, force: true });
  }

  const child = spawn(process.execPath, [API_MAIN], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = captureOutput(child);
  globalThis.__bcE2eServer = { child, output, cleanUp };
  try {
    await waitForHealth(baseUrl, child, output);
    await waitForSeeded(child, output);
  } catch (e) {
    await stopServer();
    throw e;
  }
  process.env['E2E_BASE_URL'] = baseUrl;
  process.stdout.write(`\nweb-e2e: the built app is up at ${baseUrl} (${serverUrl ? 'TEST_DATABASE_URL' : 'embedded PostgreSQL'})\n`);
}

/** SIGTERM, wait for the exit (SIGKILL after 20 s), then drop the database or its folder. */
export async function stopServer(): Promise<void> {
  const server = globalThis.__bcE2eServer;
  if (!server) return;
  globalThis.__bcE2eServer = undefined;
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
  try {
    await server.cleanUp();
  } catch (e) {
    process.stderr.write(`web-e2e: clean-up failed: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
