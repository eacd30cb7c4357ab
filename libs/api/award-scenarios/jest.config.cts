module.exports = {
  displayName: 'api-award-scenarios',
  // Scenarios are proven through the built API (apps/api/test/award-scenarios*.spec.ts, decision-record-scenario.spec.ts).
  passWithNoTests: true,
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/award-scenarios'
};
