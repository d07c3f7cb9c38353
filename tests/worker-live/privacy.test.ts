/**
 * Privacy against the real local server: text sent to /v1/check (accepted, refused by validation,
 * malformed, too large) appears in no log line, no byte under the --persist-to dir, no table row.
 */

import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLocalWorker, wrangler, type LocalWorker } from './local-worker'

const MARKER = `RLPRIVACY${randomBytes(8).toString('hex')}`
/** Stored on purpose (a token name), so the searches below are shown to find what is there. */
const CONTROL = `RLCONTROL${randomBytes(8).toString('hex')}`
const REPORT = `关于2024年工作情况的报告\n一、总体情况\n今年${MARKER}工作待定。\n（三）存在问题\n`

let worker: LocalWorker
const statuses: Record<string, number> = {}

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

/** Files under the persist dir whose bytes contain `text` in UTF-8 or UTF-16 (LE or BE). */
function filesContaining(text: string): string[] {
  const needles = [
    Buffer.from(text, 'utf8'),
    Buffer.from(text, 'utf16le'),
    Buffer.from(text, 'utf16le').swap16(),
  ]
  return files(worker.persist).filter((f) => {
    const bytes = readFileSync(f)
    return needles.some((n) => bytes.includes(n))
  })
}

/**
 * Every row of every table, as JSON, read with `wrangler d1 execute --local` (D1 refuses to read
 * its own `_cf_*` tables; the byte search over the files covers them).
 */
function allRows(): { tables: string[]; dump: string } {
  const run = (sql: string) =>
    JSON.parse(
      wrangler(['d1', 'execute', 'DB', '--local', '--json', '--command', sql], worker.persist),
    ) as {
      results: Record<string, unknown>[]
    }[]
  const tables = run(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY name",
  )[0].results.map((r) => String(r.name))
  const dump = run(tables.map((t) => `SELECT * FROM "${t}"`).join('; '))
  return { tables, dump: JSON.stringify(dump) }
}

beforeAll(async () => {
  worker = await startLocalWorker()
  const { base, token } = worker
  const post = async (name: string, path: string, body: string, type = 'application/json') => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
      body,
    })
    const text = await res.text()
    expect(text, name).not.toContain(MARKER)
    statuses[name] = res.status
  }
  const json = (value: unknown) => JSON.stringify(value)
  await post('checked', '/v1/check', json({ text: REPORT, rulebook: 'default' }))
  await post('checked again', '/v1/check', json({ text: REPORT }))
  await post('bad rulebook id', '/v1/check', json({ text: REPORT, rulebook: `Bad ${MARKER}` }))
  await post('text not a string', '/v1/check', json({ text: [REPORT], note: MARKER }))
  await post('unknown rulebook', '/v1/check', json({ text: REPORT, rulebook: 'nope' }))
  await post('broken JSON', '/v1/check', `{"text":"${REPORT.replace(/\n/g, '\\n')}`)
  await post('text/plain', '/v1/check', json({ text: REPORT }), 'text/plain')
  await post('over 2 MB', '/v1/check', json({ text: `${REPORT}${'文'.repeat(800_000)}` }))
  await post('line too long', '/v1/check', json({ text: `${MARKER}${'我们'.repeat(10_001)}` }))
  await post('control token', '/v1/tokens', json({ name: CONTROL, role: 'reader' }))
}, 90_000)

afterAll(async () => {
  await worker?.dispose()
})

describe('report text sent to /v1/check', () => {
  it('was answered as expected (accepted, refused, too large)', () => {
    expect(statuses).toEqual({
      checked: 200,
      'checked again': 200,
      'bad rulebook id': 422,
      'text not a string': 422,
      'unknown rulebook': 404,
      'broken JSON': 400,
      'text/plain': 415,
      'over 2 MB': 413,
      'line too long': 413,
      'control token': 201,
    })
  })

  it('appears in no file under the persist dir while the server runs (SQLite, WAL, caches)', () => {
    expect(files(worker.persist).some((f) => /\.sqlite(-wal)?$/.test(f))).toBe(true)
    expect(filesContaining(CONTROL).length).toBeGreaterThan(0)
    expect(filesContaining(MARKER)).toEqual([])
  })

  it('appears in no log line of wrangler dev', async () => {
    await worker.stop()
    const log = worker.output()
    expect(log).toMatch(/POST \/v1\/check/)
    const lines = log.split('\n').filter((l) => l.includes(MARKER))
    expect(lines).toEqual([])
  })

  it('appears in no file after shutdown and in no row of any table', () => {
    expect(filesContaining(MARKER)).toEqual([])
    const { tables, dump } = allRows()
    expect(tables).toEqual(
      expect.arrayContaining(['audit', 'drafts', 'rulebooks', 'tokens', 'versions']),
    )
    expect(dump).toContain(CONTROL)
    expect(dump).not.toContain(MARKER)
  })
})
