/** Local setup for `npm start`: .dev.vars with a random ADMIN_TOKEN, migrations on the local D1. */

import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const varsFile = `${root}.dev.vars`

/** Creates .dev.vars on the first run; later runs keep the token. Returns the admin token. */
function ensureDevVars(): { token: string; created: boolean } {
  if (existsSync(varsFile)) {
    const match = /^ADMIN_TOKEN\s*=\s*"?([^"\n]+)"?/m.exec(readFileSync(varsFile, 'utf8'))
    if (match) return { token: match[1], created: false }
    throw new Error('.dev.vars exists but has no ADMIN_TOKEN; add one or delete the file')
  }
  const token = `rl_dev_${randomBytes(24).toString('base64url')}`
  const lines = [
    '# Local development only (never deployed). Created by scripts/dev-setup.ts.',
    `ADMIN_TOKEN="${token}"`,
    '# Lets requests to 127.0.0.1/localhost read rulebooks without a token; the worker ignores it elsewhere.',
    'ALLOW_ANONYMOUS_READS="true"',
    'CORS_ORIGINS="chrome-extension://*,http://127.0.0.1:*,http://localhost:*"',
    '',
  ]
  writeFileSync(varsFile, lines.join('\n'), { mode: 0o600 })
  return { token, created: true }
}

/** Applies worker/migrations to the local D1 (no account, no network). */
function applyMigrations(): void {
  const result = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  })
  if (result.status !== 0)
    throw new Error(`wrangler d1 migrations apply failed (exit ${result.status})`)
}

const { token, created } = ensureDevVars()
applyMigrations()
console.log(
  [
    '',
    created ? 'Created .dev.vars with a new admin token:' : 'Admin token (from .dev.vars):',
    `  ADMIN_TOKEN=${token}`,
    'The default rulebook is seeded on the first request. Try:',
    '  curl http://127.0.0.1:8787/v1/health',
    `  curl -H "Authorization: Bearer ${token}" http://127.0.0.1:8787/v1/rulebooks`,
    '',
  ].join('\n'),
)
