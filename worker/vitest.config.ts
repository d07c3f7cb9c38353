// Worker tests run inside workerd against the real D1 binding with the real migrations applied.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig, type Plugin } from 'vitest/config'

const root = fileURLToPath(new URL('..', import.meta.url))

/** `.txt` imports become strings, as wrangler's `[[rules]]` Text modules do in the real bundle. */
const textModules: Plugin = {
  name: 'reportlint-text-modules',
  enforce: 'pre',
  async load(id) {
    const file = id.split('?')[0]
    if (!file.endsWith('.txt')) return null
    return `export default ${JSON.stringify(await readFile(file, 'utf8'))}`
  },
}

export default defineConfig({
  root,
  plugins: [
    textModules,
    cloudflareTest(async () => ({
      main: './worker/index.ts',
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          ADMIN_TOKEN: 'test-admin-token',
          // Explicit, so a developer's .dev.vars never changes what the tests see.
          ALLOW_ANONYMOUS_READS: 'false',
          CORS_ORIGINS: 'chrome-extension://*,https://admin.example.org',
          TEST_MIGRATIONS: await readD1Migrations(
            fileURLToPath(new URL('./migrations', import.meta.url)),
          ),
        },
      },
    })),
  ],
  test: {
    include: ['tests/worker/**/*.test.ts'],
    setupFiles: ['./tests/worker/apply-migrations.ts'],
    testTimeout: 30_000,
  },
})
