// Extension unit tests: WXT's fake browser (in-memory storage, runtime messaging) in Node.
import { defineConfig } from 'vitest/config'
import { WxtVitest } from 'wxt/testing/vitest-plugin'

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/extension/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
