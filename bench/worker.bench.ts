/**
 * Worker benchmark (`npm run bench:worker`): starts `wrangler dev` on a free port with a throwaway
 * local D1, then measures POST /v1/check with a sample report and GET /v1/rulebooks/default with
 * If-None-Match (304) from this process, with some concurrency, and a mixed load (checks, 304
 * reads, draft saves) at MIXED_CONCURRENCY. Prints tables and one JSON line.
 */

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startLocalWorker } from './local-worker'

const root = fileURLToPath(new URL('..', import.meta.url))
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000)
const MIXED_CONCURRENCY = Number(process.env.BENCH_MIXED_CONCURRENCY ?? 16)
const MIXED_MS = Number(process.env.BENCH_MIXED_MS ?? 10_000)
interface Result {
  name: string
  requests: number
  rps: number
  p50: number
  p99: number
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** Runs `CONCURRENCY` loops of `send` for `DURATION_MS`; every response must have `status`. */
async function load(name: string, status: number, send: () => Promise<Response>): Promise<Result> {
  const latencies: number[] = []
  const stop = performance.now() + DURATION_MS
  const start = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < stop) {
        const t0 = performance.now()
        const res = await send()
        await res.arrayBuffer()
        if (res.status !== status) throw new Error(`${name}: expected ${status}, got ${res.status}`)
        latencies.push(performance.now() - t0)
      }
    }),
  )
  const elapsed = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 100) / 100
  return {
    name,
    requests: latencies.length,
    rps: round(latencies.length / elapsed),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
  }
}

interface Mixed {
  requests: number
  rps: number
  p50: number
  p99: number
  byKind: Record<string, number>
  statuses: Record<string, number>
  /** Answers other than 2xx/304 and the 412s a racing save expects. */
  unexpected: number
  savesApplied: number
  auditRows: number
}

/**
 * `MIXED_CONCURRENCY` clients for `MIXED_MS`, each request drawn at random: 70 % checks, 25 %
 * conditional reads (304), 5 % draft saves (read the draft, PUT it back changed with its ETag; a
 * 412 is the expected answer when another client saved first).
 */
async function mixed(
  base: string,
  auth: Record<string, string>,
  check: () => Promise<Response>,
  etag: string,
): Promise<Mixed> {
  const created = await fetch(`${base}/v1/rulebooks/bench/draft`, {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/json', 'If-None-Match': '*' },
    body: JSON.stringify({
      id: 'bench',
      name: '负载测试',
      version: 0,
      documentTypes: [],
      rules: [],
    }),
  })
  if (created.status !== 201)
    throw new Error(`creating the bench rulebook answered ${created.status}`)
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  const byKind: Record<string, number> = { check: 0, read304: 0, save: 0 }
  let unexpected = 0
  let saves = 0
  const time = async (kind: string, send: () => Promise<Response>, ok: number[]) => {
    const t0 = performance.now()
    const res = await send()
    await res.arrayBuffer()
    latencies.push(performance.now() - t0)
    statuses[res.status] = (statuses[res.status] ?? 0) + 1
    byKind[kind]++
    if (!ok.includes(res.status)) unexpected++
    return res
  }
  const save = async () => {
    const got = await time(
      'save',
      () => fetch(`${base}/v1/rulebooks/bench/draft`, { headers: auth }),
      [200],
    )
    const tag = got.headers.get('ETag')
    if (!tag) return
    const body = JSON.stringify({
      id: 'bench',
      name: '负载测试',
      version: 0,
      documentTypes: [],
      rules: [],
      description: `第 ${Math.random()} 次`,
    })
    const put = await time(
      'save',
      () =>
        fetch(`${base}/v1/rulebooks/bench/draft`, {
          method: 'PUT',
          headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': tag },
          body,
        }),
      [200, 412],
    )
    if (put.status === 200) saves++
  }
  const stop = performance.now() + MIXED_MS
  const start = performance.now()
  await Promise.all(
    Array.from({ length: MIXED_CONCURRENCY }, async () => {
      while (performance.now() < stop) {
        const roll = Math.random()
        if (roll < 0.7) await time('check', check, [200])
        else if (roll < 0.95)
          await time(
            'read304',
            () =>
              fetch(`${base}/v1/rulebooks/default`, {
                headers: { ...auth, 'If-None-Match': etag },
              }),
            [304],
          )
        else await save()
      }
    }),
  )
  const elapsed = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  const audit = (await (
    await fetch(`${base}/v1/rulebooks/bench/audit?limit=500`, { headers: auth })
  ).json()) as {
    entries: { action: string }[]
  }
  const round = (n: number) => Math.round(n * 100) / 100
  return {
    requests: latencies.length,
    rps: round(latencies.length / elapsed),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    byKind,
    statuses,
    unexpected,
    savesApplied: saves,
    auditRows: audit.entries.filter((e) => e.action === 'draft.save').length,
  }
}

async function main(): Promise<void> {
  const { base, token, stop } = await startLocalWorker(root)
  try {
    const auth = { Authorization: `Bearer ${token}` }
    const first = await fetch(`${base}/v1/rulebooks/default`, { headers: auth })
    if (first.status !== 200) throw new Error(`GET /v1/rulebooks/default answered ${first.status}`)
    const etag = first.headers.get('ETag')!
    const text = readFileSync(
      join(root, 'tests/fixtures/samples/f1-county-tax-party-building-2022.txt'),
      'utf8',
    )
    const body = JSON.stringify({ text, rulebook: 'default' })
    const check = () =>
      fetch(`${base}/v1/check`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body,
      })
    const cached = () =>
      fetch(`${base}/v1/rulebooks/default`, { headers: { ...auth, 'If-None-Match': etag } })
    await load('warm-up', 200, check)
    const health = () => fetch(`${base}/v1/health`)
    const results = [
      await load('GET /v1/health (floor: wrangler dev)', 200, health),
      await load(`POST /v1/check (${text.length} chars)`, 200, check),
      await load('GET /v1/rulebooks/default → 304', 304, cached),
    ]
    console.log(
      `wrangler dev (local workerd), concurrency ${CONCURRENCY}, ${DURATION_MS / 1000} s per scenario\n`,
    )
    console.log(
      'scenario'.padEnd(40),
      'requests'.padStart(9),
      'req/s'.padStart(9),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
    )
    for (const r of results)
      console.log(
        r.name.padEnd(40),
        String(r.requests).padStart(9),
        String(r.rps).padStart(9),
        String(r.p50).padStart(8),
        String(r.p99).padStart(8),
      )
    const mix = await mixed(base, auth, check, etag)
    console.log(
      `\nmixed load: ${MIXED_CONCURRENCY} clients for ${MIXED_MS / 1000} s (70 % check, 25 % 304 read, 5 % draft save)`,
    )
    console.log(
      `${mix.requests} requests, ${mix.rps} req/s, p50 ${mix.p50} ms, p99 ${mix.p99} ms; by kind ${JSON.stringify(mix.byKind)}`,
    )
    console.log(
      `statuses ${JSON.stringify(mix.statuses)}; unexpected (not 2xx/304, not a racing save's 412): ${mix.unexpected}`,
    )
    console.log(`draft saves applied ${mix.savesApplied}, draft.save audit rows ${mix.auditRows}`)
    console.log(
      JSON.stringify({
        bench: 'worker',
        concurrency: CONCURRENCY,
        durationMs: DURATION_MS,
        results,
        mixed: { concurrency: MIXED_CONCURRENCY, durationMs: MIXED_MS, ...mix },
      }),
    )
    if (mix.unexpected > 0 || mix.savesApplied !== mix.auditRows) process.exitCode = 1
  } finally {
    stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
