// End-to-end tests: the built extension in Debian Chromium against real editors served on 127.0.0.1.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One Chromium at a time: CI has two cores.
    fileParallelism: false,
    // A real editor in a real browser now and then loses a race of its own (Slate's composition
    // under the DevTools protocol, a repaint a frame late): a test is tried once more before it
    // fails. A defect fails both tries.
    retry: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
