/** Many admins at once: 50 saves with one If-Match, 50 retrying saves, creates, publishes, rollbacks. */

import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { Rulebook } from '../../shared/index'
import { ADMIN, api, createPublished, smallRulebook, wordRule } from './helpers'

const N = 50

/** A response read to the end at once, so 50 open bodies never hold the isolate up. */
interface Reply {
  status: number
  etag: string | null
  json: () => unknown
}

async function settle(res: Promise<Response>): Promise<Reply> {
  const done = await res
  const text = await done.text()
  return { status: done.status, etag: done.headers.get('ETag'), json: () => JSON.parse(text) }
}

const put = (id: string, body: unknown, headers: Record<string, string>) =>
  settle(api(`/v1/rulebooks/${id}/draft`, { method: 'PUT', token: ADMIN, body, headers }))

async function draftOf(id: string): Promise<{ etag: string; book: Rulebook }> {
  const res = await api(`/v1/rulebooks/${id}/draft`, { token: ADMIN })
  expect(res.status).toBe(200)
  return { etag: res.headers.get('ETag')!, book: (await res.json()) as Rulebook }
}

/** The audit rows of one rulebook and action, oldest first. */
async function auditRows(id: string, action: string): Promise<Record<string, unknown>[]> {
  const { results } = await env.DB.prepare(
    'SELECT detail FROM audit WHERE rulebook_id = ? AND action = ? ORDER BY id',
  )
    .bind(id, action)
    .all<{ detail: string }>()
  return results.map((r) => JSON.parse(r.detail) as Record<string, unknown>)
}

const statuses = (list: Reply[]) =>
  list.reduce<Record<number, number>>(
    (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
    {},
  )

describe(`${N} concurrent admin writes`, () => {
  it('saves with the same If-Match: one wins, 49 get 412, one audit row, the winner is stored', async () => {
    await createPublished('race-50')
    const { etag, book } = await draftOf('race-50')
    const bodies = Array.from({ length: N }, (_, i) => ({ ...book, name: `并发保存第${i}份` }))
    const results = await Promise.all(bodies.map((b) => put('race-50', b, { 'If-Match': etag })))
    expect(statuses(results)).toEqual({ 200: 1, 412: N - 1 })
    const winner = results.findIndex((r) => r.status === 200)
    const saved = await draftOf('race-50')
    expect(saved.book).toEqual(bodies[winner])
    expect(saved.etag).toBe(results[winner].etag)
    expect(await auditRows('race-50', 'draft.save')).toEqual([{ revision: 2 }])
    for (const loser of results.filter((r) => r.status === 412))
      expect((loser.json() as { error: { code: string } }).error.code).toBe('precondition_failed')
  })

  it('saves that re-read the draft on 412 and retry: no lost update, 50 audit rows', async () => {
    await createPublished('retry-50')
    let attempts = 0
    // Each client appends its own mark to the description of whatever draft it last read.
    const mark = (i: number) => `[${i}]`
    const client = async (i: number) => {
      for (let tries = 0; tries < 4 * N; tries++) {
        const { etag, book } = await draftOf('retry-50')
        const description = `${book.description ?? ''}${mark(i)}`
        const res = await put('retry-50', { ...book, description }, { 'If-Match': etag })
        attempts++
        if (res.status === 200) return
        expect(res.status).toBe(412)
        // What a polite client does: back off for a random while, longer after each conflict.
        await new Promise((r) => setTimeout(r, Math.random() * 2 ** Math.min(tries, 6)))
      }
      throw new Error(`client ${i} never got its save in`)
    }
    await Promise.all(Array.from({ length: N }, (_, i) => client(i)))
    const end = await draftOf('retry-50')
    const marks = end.book.description!.match(/\[\d+\]/g)!
    expect(marks.sort()).toEqual(Array.from({ length: N }, (_, i) => mark(i)).sort())
    expect(end.etag).toBe(`"draft-${1 + N}"`)
    const rows = await auditRows('retry-50', 'draft.save')
    expect(rows.map((r) => r.revision)).toEqual(Array.from({ length: N }, (_, i) => i + 2))
    console.log(`retry-50: ${N} saves landed after ${attempts} attempts (${attempts - N} got 412)`)
  })

  it('creates of one new id with If-None-Match: * make one rulebook and one audit row', async () => {
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        put(
          'create-50',
          { ...smallRulebook('create-50'), name: `新建${i}` },
          { 'If-None-Match': '*' },
        ),
      ),
    )
    expect(statuses(results)).toEqual({ 201: 1, 412: N - 1 })
    const winner = results.findIndex((r) => r.status === 201)
    expect((await draftOf('create-50')).book.name).toBe(`新建${winner}`)
    expect(await auditRows('create-50', 'rulebook.create')).toHaveLength(1)
  })

  it('publishes of one draft revision make one version', async () => {
    const etag = await createPublished('publish-50')
    const { book } = await draftOf('publish-50')
    const tag = (await put('publish-50', { ...book, name: '第二版' }, { 'If-Match': etag })).etag!
    const results = await Promise.all(
      Array.from({ length: N }, () =>
        settle(
          api('/v1/rulebooks/publish-50/publish', {
            method: 'POST',
            token: ADMIN,
            headers: { 'If-Match': tag },
          }),
        ),
      ),
    )
    const counts = statuses(results)
    expect(counts[201]).toBe(1)
    expect((counts[409] ?? 0) + (counts[201] ?? 0)).toBe(N)
    expect(await auditRows('publish-50', 'version.publish')).toHaveLength(2)
  })

  it('rollbacks never reuse or skip a version number and audit each version made', async () => {
    await createPublished('rollback-50')
    const results = await Promise.all(
      Array.from({ length: N }, () =>
        settle(
          api('/v1/rulebooks/rollback-50/rollback', {
            method: 'POST',
            token: ADMIN,
            body: { version: 1 },
          }),
        ),
      ),
    )
    const counts = statuses(results)
    expect((counts[201] ?? 0) + (counts[409] ?? 0)).toBe(N)
    expect(counts[201]).toBeGreaterThanOrEqual(1)
    const made = results.filter((r) => r.status === 201).map((r) => r.json() as { version: number })
    const list = (await (
      await api('/v1/rulebooks/rollback-50/versions', { token: ADMIN })
    ).json()) as {
      versions: { version: number }[]
    }
    const versions = list.versions.map((v) => v.version).reverse()
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1))
    expect(made.map((m) => m.version).sort((a, b) => a - b)).toEqual(versions.slice(1))
    expect(await auditRows('rollback-50', 'version.rollback')).toHaveLength(made.length)
  })
})
