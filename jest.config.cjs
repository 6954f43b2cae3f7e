/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.cjs',
  // citation-js's fetchers, which the build-time formatter never calls (tests/support/offline-fetch.cjs).
  moduleNameMapper: { '^(node-fetch|sync-fetch)$': '<rootDir>/tests/support/offline-fetch.cjs' },
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { target: 'es2020', parser: { syntax: 'typescript' } } },
    ],
  },
};
