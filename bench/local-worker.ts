/** Starts the worker locally for benchmarks: a free port, a throwaway D1 with migrations, wrangler dev. */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const quietEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`wrangler dev exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${base}/v1/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error('wrangler dev did not become ready within 60 s')
}

export interface LocalWorker {
  base: string
  /** The admin token the worker was started with. */
  token: string
  stop(): void
}

/** Applies the migrations to a temporary D1 and serves the worker on 127.0.0.1 until `stop()`. */
export async function startLocalWorker(root: string): Promise<LocalWorker> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const token = `rl_bench_${randomBytes(16).toString('hex')}`
  const persist = mkdtempSync(join(tmpdir(), 'reportlint-bench-'))
  const wrangler = (args: string[]) => ['wrangler', ...args, '--persist-to', persist]
  const migrate = spawnSync('npx', wrangler(['d1', 'migrations', 'apply', 'DB', '--local']), {
    cwd: root,
    env: quietEnv,
    stdio: 'ignore',
  })
  if (migrate.status !== 0) throw new Error('applying migrations failed')
  const child = spawn(
    'npx',
    wrangler([
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--log-level',
      'warn',
      '--var',
      `ADMIN_TOKEN:${token}`,
    ]),
    {
      cwd: root,
      env: quietEnv,
      stdio: 'ignore',
      detached: true,
    },
  )
  try {
    await waitForHealth(base, child)
  } catch (e) {
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
    rmSync(persist, { recursive: true, force: true })
    throw e
  }
  return {
    base,
    token,
    stop() {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
      rmSync(persist, { recursive: true, force: true })
    },
  }
}
