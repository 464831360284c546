// Projects: pure unit tests beside the code, workflow tests on the time-skipping server (their
// activities on one shared Postgres), infrastructure checks, e2e tests and the contract test
// against the real stack. Slow projects run serially (--runInBand).
const base = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  moduleNameMapper: { '^#ktf/(.*)$': '<rootDir>/libs/$1/src' },
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/infra/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'workflow',
      testMatch: ['<rootDir>/test/workflows/**/*.spec.ts'],
      // One embedded Postgres for every workflow test file: their activities are the worker's own.
      globalSetup: '<rootDir>/test/workflows/support/postgres-global-setup.js',
      globalTeardown: '<rootDir>/test/workflows/support/postgres-global-teardown.js',
    },
    { ...base, displayName: 'infra', testMatch: ['<rootDir>/test/infra/**/*.spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // The production topology (Temporal's server on PostgreSQL) under faults: npm run test:cluster only.
    { ...base, displayName: 'cluster', testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'] },
    // The API fuzzed against its OpenAPI document, once per role (test/contract).
    { ...base, displayName: 'contract', testMatch: ['<rootDir>/test/contract/**/*.contract-spec.ts'] },
  ],
};
