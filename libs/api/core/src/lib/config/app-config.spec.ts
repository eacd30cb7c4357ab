import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('configuration from the environment', () => {
  it('starts on the embedded database with demo data by default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ environment: 'development', port: 3000, databaseUrl: undefined, seedDemo: true, secureCookies: false });
  });

  it('turns demo data off and secure cookies on in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', QUOTE_SEALING_KEY: KEY })).toMatchObject({ seedDemo: false, secureCookies: true });
  });

  it('needs QUOTE_SEALING_KEY (32 bytes) in production; development keeps a generated one next to the embedded database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/QUOTE_SEALING_KEY is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', QUOTE_SEALING_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/QUOTE_SEALING_KEY must be 32 bytes/);
    expect(loadConfig({ NODE_ENV: 'production', QUOTE_SEALING_KEY: KEY }).quoteSealingKey).toEqual(Buffer.alloc(32, 7));
    const folder = mkdtempSync(join(tmpdir(), 'bc-config-'));
    const first = loadConfig({ EMBEDDED_PG_DIR: join(folder, 'postgres') }).quoteSealingKey;
    expect(first).toHaveLength(32);
    expect(Buffer.from(readFileSync(join(folder, 'quote-sealing.key'), 'utf8'), 'base64')).toEqual(first);
    // The same key on the next start: sealed quotes stay readable.
    expect(loadConfig({ EMBEDDED_PG_DIR: join(folder, 'postgres') }).quoteSealingKey).toEqual(first);
  });

  it('refuses demo data in production, since the demo password is public', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' })).toThrow(ConfigError);
  });

  it('names the variable of a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SECURE_COOKIES: 'maybe' })).toThrow(/SECURE_COOKIES/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_POLL_INTERVAL_MS: '0' })).toThrow(/MAIL_POLL_INTERVAL_MS/);
    expect(() => loadConfig({ TIME_ZONE: 'Mars/Olympus' })).toThrow(/TIME_ZONE/);
    expect(() => loadConfig({ JOB_POLL_INTERVAL_SECONDS: '0' })).toThrow(/JOB_POLL_INTERVAL_SECONDS/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_TOKEN: 'a token with spaces in it, long enough' })).toThrow(/METRICS_TOKEN/);
  });

  it('keeps live events in the process without REDIS_URL, and refuses a REDIS_URL that is no redis:// URL', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://:secret@redis:6379/2' }).redisUrl).toBe('redis://:secret@redis:6379/2');
    expect(loadConfig({ REDIS_URL: 'rediss://cache.example.com:6380' }).redisUrl).toBe('rediss://cache.example.com:6380');
    expect(() => loadConfig({ REDIS_URL: 'http://redis:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis:6379' })).toThrow(/REDIS_URL/);
  });

  it('serves no metrics without METRICS_TOKEN', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'f'.repeat(48) }).metricsToken).toBe('f'.repeat(48));
  });

  it('keeps mail in the outbox without SMTP_URL, and sends from a default address', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'Buying Center <no-reply@localhost>' });
    expect(loadConfig({ SMTP_URL: 'smtp://user:pass@mail.example.com:587', MAIL_FROM: 'Einkauf <einkauf@nordwind.example>' })).toMatchObject({
      smtpUrl: 'smtp://user:pass@mail.example.com:587',
      mailFrom: 'Einkauf <einkauf@nordwind.example>',
    });
  });

  it('serves the web app from an absolute folder, also when WEB_ROOT is relative (sendFile needs one)', () => {
    expect(loadConfig({ WEB_ROOT: 'dist/apps/web/browser' }).webRoot).toBe(`${process.cwd()}/dist/apps/web/browser`);
    expect(loadConfig({ WEB_ROOT: '/srv/web' }).webRoot).toBe('/srv/web');
  });
});
