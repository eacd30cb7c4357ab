module.exports = {
  displayName: 'api-analytics',
  // The pure statistics and the Kraljic rule here; the measures through the built API (apps/api/test/analytics.spec.ts).
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/analytics'
};
