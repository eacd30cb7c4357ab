module.exports = {
  displayName: 'api-tasks',
  // The tasks are proven through the built API (apps/api/test/my-tasks.spec.ts); the urgency rule in shared/domain.
  passWithNoTests: true,
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/tasks'
};
