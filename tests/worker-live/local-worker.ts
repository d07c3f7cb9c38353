/** Starts `wrangler dev` on a free 127.0.0.1 port with a fresh local D1 and captures its output. */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
}

export interface LocalWorker {
  base: string
  token: string
  persist: string
  /** Everything the child wrote to stdout and stderr so far. */
  output: () => string
  /** Stops wrangler dev and waits for it to exit (the state stays on disk). */
  stop: () => Promise<void>
  /** Stops it if needed and deletes the state. */
  dispose: () => Promise<void>
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/** `npx wrangler <args> --persist-to <persist>` to completion; throws with its stderr on failure. */
export function wrangler(args: string[], persist: string): string {
  const run = spawnSync('npx', ['wrangler', ...args, '--persist-to', persist], {
    env: ENV,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`wrangler ${args[0]} failed: ${run.stderr}`)
  return run.stdout
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode != null || child.signalCode != null) return resolve()
    child.once('exit', () => resolve())
  })
}

export async function startLocalWorker(logLevel = 'log'): Promise<LocalWorker> {
  const persist = mkdtempSync(join(tmpdir(), 'reportlint-live-'))
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local'], persist)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const token = `rl_live_${randomBytes(16).toString('hex')}`
  const child = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      persist,
      '--log-level',
      logLevel,
      '--var',
      `ADMIN_TOKEN:${token}`,
      '--show-interactive-dev-session=false',
    ],
    { env: ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  const chunks: Buffer[] = []
  child.stdout!.on('data', (b: Buffer) => chunks.push(b))
  child.stderr!.on('data', (b: Buffer) => chunks.push(b))
  const output = () => Buffer.concat(chunks).toString('utf8')
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    if (child.pid && child.exitCode == null) process.kill(-child.pid, 'SIGTERM')
    await exited(child)
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode != null) throw new Error(`wrangler dev exited:\n${output()}`)
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`wrangler dev did not start within 60 s:\n${output()}`)
    }
    const ok = await fetch(`${base}/v1/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    base,
    token,
    persist,
    output,
    stop,
    dispose: async () => {
      await stop()
      rmSync(persist, { recursive: true, force: true })
    },
  }
}
