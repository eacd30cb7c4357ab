// The Jest configuration of an Angular library under libs/web; its jest.config.cts names the library:
// `module.exports = require('../jest.lib.cjs')('web-rfq', 'rfq');`.
module.exports = (name, folder) => ({
  displayName: name,
  preset: '../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts', `${__dirname}/i18n/src/test-translations.ts`],
  coverageDirectory: `../../../coverage/libs/web/${folder}`,
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        stringifyContentPathRegex: '\\.(html|svg)$',
      },
    ],
  },
  // Angular's locale data ships as ESM .js, so it is transformed too.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@angular/common/locales/))'],
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ],
});
