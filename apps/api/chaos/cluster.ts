import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@bc/api/core';
import { freePort, sleep, stopChild } from '../test/support/child-process';

export { freePort, sleep };

/** Polls `probe` until it answers truthy, or throws after `timeoutMs` naming `what`. */
export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs: number, everyMs = 200): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** The suite's own PostgreSQL in a temp folder; restartable (its data stays in the folder). */
export class ChaosDatabase {
  readonly dir = mkdtempSync(join(tmpdir(), 'bc-chaos-'));
  port = 0;
  private running?: EmbeddedDatabase;

  async start(): Promise<void> {
    // As root, PostgreSQL runs as the `postgres` system user, which must reach this folder.
    chmodSync(this.dir, 0o755);
    if (!this.port) this.port = await freePort();
    this.running = await startEmbeddedPostgres({ dataDir: join(this.dir, 'pg'), port: this.port, database: 'chaos' });
  }

  get url(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/chaos`;
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    await running?.stop();
  }

  async restart(downMs: number): Promise<void> {
    await this.stop();
    await sleep(downMs);
    await this.start();
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** An SMTP sink on a fixed loopback port that counts what arrives by Message-ID; stoppable for an outage. */
export class SmtpSink {
  readonly byMessageId = new Map<string, number>();
  port = 0;
  private server?: SMTPServer;

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 500,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            const id = mail.messageId ?? '(none)';
            this.byMessageId.set(id, (this.byMessageId.get(id) ?? 0) + 1);
            callback();
          })
          .catch((e: Error) => callback(e));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  get delivered(): number {
    let total = 0;
    for (const n of this.byMessageId.values()) total += n;
    return total;
  }
}

/** One API process (`node dist/apps/api/main.js`); killed with SIGKILL for the crash fault. */
export class ApiInstance {
  port = 0;
  /** Exits the suite did not cause (a crash on a fault the process should have survived). */
  readonly unexpectedExits: string[] = [];
  /**
   * Like a supervisor (systemd, Docker's restart policy): a crashed instance is started again, and
   * the crash reported. Cleared at the end of the run: then nothing starts any more.
   */
  supervise = true;
  private child?: ChildProcess;
  private starts = 0;

  constructor(
    readonly name: string,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get logFile(): string {
    return join(this.logDir, `${this.name}.log`);
  }

  async start(timeoutMs = 120_000): Promise<void> {
    if (!this.supervise) return;
    if (!this.port) this.port = await freePort();
    this.starts += 1;
    const log = createWriteStream(this.logFile, { flags: 'a' });
    log.write(`\n==== start ${this.starts} at ${new Date().toISOString()} ====\n`);
    const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
      env: { ...process.env, ...this.env, PORT: String(this.port), PUBLIC_URL: this.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    let exited: number | null | undefined;
    child.once('exit', (code, signal) => {
      exited = code;
      if (this.child !== child) return;
      this.child = undefined;
      this.unexpectedExits.push(`${new Date().toISOString()} code ${code} signal ${signal}`);
      setTimeout(() => void this.start().catch(() => undefined), 1000);
    });
    await waitUntil(
      `${this.name} to answer /health`,
      async () => {
        if (exited !== undefined) throw new Error(`${this.name} exited with ${exited} while starting; see ${this.logFile}`);
        return this.healthy();
      },
      timeoutMs,
      250,
    );
  }

  async healthy(): Promise<boolean> {
    try {
      const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2000) });
      return res.ok;
    } catch {
      return false;
    }
  }

  /** kill -9: no shutdown hooks, open transactions and claimed mail are left as they are. */
  async kill9(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    await stopChild(child, 0);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    await stopChild(child);
  }
}

/** Settings both instances share: one database, one SMTP sink, one sealing key, fast mail and job polling. */
export function instanceEnv(databaseUrl: string, smtpPort: number): Record<string, string> {
  return {
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'true',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Buying Center <no-reply@chaos.example>',
    MAIL_POLL_INTERVAL_MS: '500',
    MAIL_RETRY_BASE_MS: '500',
    MAIL_RETRY_MAX_MS: '2000',
    JOB_POLL_INTERVAL_SECONDS: '2',
    LOG_LEVEL: 'warn',
    QUOTE_SEALING_KEY: randomBytes(32).toString('base64'),
  };
}
