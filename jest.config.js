// Jest runs the TypeScript sources as native ESM (the @actions toolkit packages are ESM-only).
// ts-jest only transpiles here (isolatedModules); `npm run lint` does the type checking once.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }],
    '^.+\\.hbs$': '<rootDir>/test/hbs-transform.cjs'
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'hbs'],
  testTimeout: 60000
}
