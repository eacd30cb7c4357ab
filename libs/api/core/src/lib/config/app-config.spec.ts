import { ConfigError, loadConfig } from './app-config';

describe('configuration from the environment', () => {
  it('starts on the embedded database with demo data by default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ environment: 'development', port: 3000, databaseUrl: undefined, seedDemo: true, secureCookies: false });
  });

  it('turns demo data off and secure cookies on in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ seedDemo: false, secureCookies: true });
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
  });

  it('keeps mail in the outbox without SMTP_URL, and sends from a default address', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'Buying Center <no-reply@localhost>' });
    expect(loadConfig({ SMTP_URL: 'smtp://user:pass@mail.example.com:587', MAIL_FROM: 'Einkauf <einkauf@nordwind.example>' })).toMatchObject({
      smtpUrl: 'smtp://user:pass@mail.example.com:587',
      mailFrom: 'Einkauf <einkauf@nordwind.example>',
    });
  });
});
