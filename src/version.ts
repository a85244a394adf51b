// Kept in step with package.json by test/unit/contracts.test.ts.
export const VERSION = '0.1.0'
