// Tests against a real local server (`wrangler dev` with a throwaway --persist-to dir), in Node.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/worker-live/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
