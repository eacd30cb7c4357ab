import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type Environment = 'production' | 'development' | 'test';

export interface AppConfig {
  environment: Environment;
  port: number;
  /** Where users reach the portal; used in links sent to people (invitations). */
  publicUrl: string;
  /** Absent: the app starts an embedded PostgreSQL under `embeddedDataDir`. */
  databaseUrl?: string;
  embeddedDataDir: string;
  embeddedPort: number;
  /** Seed demo data into an empty database. Never in production. */
  seedDemo: boolean;
  sessionTtlHours: number;
  invitationTtlHours: number;
  /** Send the session cookie over HTTPS only. On by default in production. */
  secureCookies: boolean;
  /** Folder of the built web app served at `/`, if present. */
  webRoot: string;
  logLevel: string;
  /** Trust X-Forwarded-For from this many proxies (for the client address in rate limits). */
  trustProxy: number;
  /** `smtp://user:pass@host:587` (or `smtps://`). Absent: mail stays in the outbox until it is set. */
  smtpUrl?: string;
  /** The From of every email: `Buying Center <no-reply@example.com>`. */
  mailFrom: string;
  /**
   * How often the mail queue's pg-boss worker looks for a due run (at least 500 ms); a run also starts
   * right after a commit that enqueued mail, at each retry's time, and every minute.
   */
  mailPollIntervalMs: number;
  /** The first retry's delay after a failed send; it doubles each time, up to `mailRetryMaxMs`. */
  mailRetryBaseMs: number;
  /** The longest delay between two attempts: after an SMTP outage, mail resumes at most this long after the server is back. */
  mailRetryMaxMs: number;
  /** Attempts that may have reached the server (not those that found it unreachable) before a message is FAILED. */
  mailMaxAttempts: number;
  /** How often the job workers (RFQ closing, reminders) look for due jobs, in seconds (pg-boss polling). */
  jobPollIntervalSeconds: number;
  /** The key that seals quote content at rest (AES-256-GCM), 32 bytes. */
  quoteSealingKey: Buffer;
  /** The time zone in which emails and documents show times (they also give UTC). */
  displayTimeZone: string;
  /** Hours before closing at which invitees are reminded. */
  rfqReminderHours: number;
  /** The bearer token that reads `/metrics` (Prometheus); absent: metrics are not served. */
  metricsToken?: string;
  /**
   * `redis://[:password@]host:6379[/db]` (or `rediss://`): live events (GraphQL subscriptions) reach
   * every instance through its pub/sub. Absent: they stay in the process, enough for one instance.
   */
  redisUrl?: string;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

const MAIL_FROM = /^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

/**
 * The quote sealing key: QUOTE_SEALING_KEY (32 bytes, base64), required in production. Without
 * it, development keeps a generated key next to the embedded database (losing it loses every
 * sealed quote of that database) and tests use a fixed one.
 */
function sealingKey(env: NodeJS.ProcessEnv, environment: Environment, embeddedDataDir: string): Buffer {
  const raw = env['QUOTE_SEALING_KEY'];
  if (raw) {
    const key = Buffer.from(raw, 'base64');
    if (key.length !== 32) throw new ConfigError('QUOTE_SEALING_KEY must be 32 bytes in base64 (openssl rand -base64 32)');
    return key;
  }
  if (environment === 'production') {
    throw new ConfigError('QUOTE_SEALING_KEY is required in production: generate one with openssl rand -base64 32 and keep it safe');
  }
  if (environment === 'test') return createHash('sha256').update('buying-center test sealing key').digest();
  const file = join(dirname(embeddedDataDir), 'quote-sealing.key');
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new ConfigError(`${file} does not hold a 32-byte key`);
  return key;
}

/** Reads the configuration from the environment once, at start; fails fast on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const environment: Environment =
    env['NODE_ENV'] === 'production' ? 'production' : env['NODE_ENV'] === 'test' ? 'test' : 'development';
  const port = int(env, 'PORT', 3000, 1);
  const production = environment === 'production';
  const seedDemo = bool(env, 'SEED_DEMO', !production);
  if (production && seedDemo) {
    throw new ConfigError('SEED_DEMO cannot be on in production: demo users have a published password');
  }
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL');
  }
  const smtpUrl = env['SMTP_URL'] || undefined;
  if (smtpUrl) {
    let url: URL | undefined;
    try {
      url = new URL(smtpUrl);
    } catch {
      url = undefined;
    }
    if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
      throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:password@mail.example.com:587');
    }
  }
  const mailFrom = (env['MAIL_FROM'] || 'Buying Center <no-reply@localhost>').trim();
  if (!MAIL_FROM.test(mailFrom)) {
    throw new ConfigError(`MAIL_FROM must be an address or "Name <address>", got "${mailFrom}"`);
  }
  const displayTimeZone = env['TIME_ZONE'] || 'Europe/Berlin';
  try {
    new Intl.DateTimeFormat('en', { timeZone: displayTimeZone });
  } catch {
    throw new ConfigError(`TIME_ZONE must be an IANA time zone such as Europe/Berlin, got "${displayTimeZone}"`);
  }
  const metricsToken = env['METRICS_TOKEN'] || undefined;
  if (metricsToken && !/^[A-Za-z0-9._~+/=-]{24,256}$/.test(metricsToken)) {
    throw new ConfigError('METRICS_TOKEN must be 24 to 256 characters of a bearer token (letters, digits, ._~+/=-), e.g. openssl rand -hex 24');
  }
  const redisUrl = env['REDIS_URL'] || undefined;
  if (redisUrl && !/^rediss?:\/\/[^/?#]/.test(redisUrl)) {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL with a host, e.g. redis://redis:6379');
  }
  const embeddedDataDir = env['EMBEDDED_PG_DIR'] || join(process.cwd(), '.data', 'postgres');
  return {
    environment,
    port,
    publicUrl: (env['PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/+$/, ''),
    databaseUrl,
    embeddedDataDir,
    embeddedPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1),
    seedDemo,
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 12, 1),
    invitationTtlHours: int(env, 'INVITATION_TTL_HOURS', 72, 1),
    secureCookies: bool(env, 'SECURE_COOKIES', production),
    // Absolute: express's sendFile refuses a relative path (WEB_ROOT=dist/apps/web/browser).
    webRoot: resolve(env['WEB_ROOT'] || join(process.cwd(), 'dist', 'apps', 'web', 'browser')),
    logLevel: env['LOG_LEVEL'] || (environment === 'test' ? 'warn' : 'info'),
    trustProxy: int(env, 'TRUST_PROXY', 0, 0),
    smtpUrl,
    mailFrom,
    mailPollIntervalMs: int(env, 'MAIL_POLL_INTERVAL_MS', 10_000, 50),
    mailRetryBaseMs: int(env, 'MAIL_RETRY_BASE_MS', 15_000, 10),
    mailRetryMaxMs: int(env, 'MAIL_RETRY_MAX_MS', 60_000, 10),
    mailMaxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 10, 1),
    jobPollIntervalSeconds: int(env, 'JOB_POLL_INTERVAL_SECONDS', 5, 1),
    quoteSealingKey: sealingKey(env, environment, embeddedDataDir),
    displayTimeZone,
    rfqReminderHours: int(env, 'RFQ_REMINDER_HOURS', 24, 1),
    metricsToken,
    redisUrl,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
