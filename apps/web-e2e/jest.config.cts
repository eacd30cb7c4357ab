/*
 * The browser end-to-end suite: the BUILT app (dist/apps/api serving dist/apps/web) on a fresh
 * database, driven by Debian's Chromium through playwright-core, every page checked with axe.
 * Run it with `npx nx run web-e2e:e2e` after `npx nx run-many -t build -p api web`.
 */
module.exports = {
  displayName: 'web-e2e',
  testEnvironment: 'node',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
