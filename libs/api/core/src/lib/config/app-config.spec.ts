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
  });
});
