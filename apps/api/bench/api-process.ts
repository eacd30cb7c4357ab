import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { freePort, sleep, stopChild } from '../test/support/child-process';

export { freePort, sleep };

/** One sealing key for the whole run: the template's sealed quotes are read by every later API process. */
export const BENCH_SEALING_KEY = Buffer.alloc(32, 7).toString('base64');

/**
 * The built API (`node dist/apps/api/main.js`, from `nx build api --configuration=production`) as a
 * child process. Development mode only so that SEED_DEMO may seed the template; background polling is
 * slowed to once an hour so that it does not mix into the measured statements.
 */
export class ApiProcess {
  port = 0;
  private child?: ChildProcess;
  private log = '';

  constructor(
    private readonly databaseUrl: string,
    private readonly seedDemo: boolean,
    /**
     * Another build of the API (comparison-quick.ts runs two side by side), node flags such as
     * --cpu-prof, and environment settings over the bench's (the auction bench: REDIS_URL, the
     * production job polling).
     */
    private readonly build: { entry?: string; nodeArgs?: string[]; env?: Record<string, string> } = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    if (!this.child?.pid) throw new Error('the API is not running');
    return this.child.pid;
  }

  async start(timeoutMs = 600_000): Promise<void> {
    this.port = await freePort();
    const child = spawn(process.execPath, [...(this.build.nodeArgs ?? []), this.build.entry ?? 'dist/apps/api/main.js'], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: this.databaseUrl,
        PORT: String(this.port),
        PUBLIC_URL: this.url,
        SEED_DEMO: String(this.seedDemo),
        LOG_LEVEL: 'warn',
        QUOTE_SEALING_KEY: BENCH_SEALING_KEY,
        MAIL_POLL_INTERVAL_MS: '3600000',
        JOB_POLL_INTERVAL_SECONDS: '3600',
        ...this.build.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (b: Buffer) => (this.log = (this.log + b.toString()).slice(-20_000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} while starting:\n${this.log}`);
      const ok = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
      if (ok) return;
      if (Date.now() > until) throw new Error(`the API did not answer /health within ${timeoutMs} ms:\n${this.log}`);
      await sleep(250);
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    await stopChild(child);
  }

  /** Signs in through the real signIn mutation (the web's SignIn document) and returns the session cookie. */
  async signIn(email: string, password: string, signInDocument: string): Promise<string> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomBytes(8).toString('hex') },
      body: JSON.stringify({ query: signInDocument, variables: { input: { email, password } }, operationName: 'SignIn' }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (body.errors?.length || !cookie) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(body)}`);
    return cookie;
  }
}
