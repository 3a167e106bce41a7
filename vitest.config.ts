import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // e2e tests spawn dist/index.js and git; two cores, so keep workers modest
    pool: 'forks',
    maxWorkers: 2,
  },
})
