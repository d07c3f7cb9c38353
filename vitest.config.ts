import { defineConfig } from 'vitest/config'

// Engine, CLI and extension-unit suites run in Node; the worker suite has its own config (workerd).
export default defineConfig({
  test: {
    include: ['tests/engine/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
