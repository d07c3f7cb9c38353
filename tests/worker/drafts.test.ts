/** Draft editing and publishing: If-Match (428/412), concurrent saves, validation, rollback. */

import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { Rulebook } from '../../shared/index'
import app from '../../worker/index'
import {
  ADMIN,
  BASE,
  api,
  auditCount,
  createPublished,
  errorOf,
  smallRulebook,
  wordRule,
} from './helpers'

const put = (id: string, body: unknown, headers: Record<string, string>) =>
  api(`/v1/rulebooks/${id}/draft`, { method: 'PUT', token: ADMIN, body, headers })

async function draftOf(id: string): Promise<{ etag: string; book: Rulebook }> {
  const res = await api(`/v1/rulebooks/${id}/draft`, { token: ADMIN })
  expect(res.status).toBe(200)
  return { etag: res.headers.get('ETag')!, book: (await res.json()) as Rulebook }
}

describe('draft', () => {
  it('is created once with If-None-Match: *, then needs If-Match', async () => {
    const book = smallRulebook('create-once')
    expect((await put('create-once', book, { 'If-None-Match': '*' })).status).toBe(201)
    const again = await put('create-once', book, { 'If-None-Match': '*' })
    expect(again.status).toBe(412)
    const draft = await draftOf('create-once')
    expect(draft.etag).toBe('"draft-1"')
    expect(draft.book).toEqual(book)
    // No version yet: readers see nothing until it is published.
    expect((await api('/v1/rulebooks/create-once', { token: ADMIN })).status).toBe(404)
  })

  it('answers 428 without If-Match and 412 with a stale one', async () => {
    await createPublished('cond')
    const { etag, book } = await draftOf('cond')
    const missing = await put('cond', book, {})
    expect(missing.status).toBe(428)
    expect((await errorOf(missing)).code).toBe('precondition_required')
    const saved = await put('cond', { ...book, name: '改名一次' }, { 'If-Match': etag })
    expect(saved.status).toBe(200)
    expect(saved.headers.get('ETag')).not.toBe(etag)
    const stale = await put('cond', { ...book, name: '改名两次' }, { 'If-Match': etag })
    expect(stale.status).toBe(412)
    expect((await errorOf(stale)).code).toBe('precondition_failed')
    expect((await draftOf('cond')).book.name).toBe('改名一次')
    const unknownTag = await put('cond', book, { 'If-Match': '"something-else"' })
    expect(unknownTag.status).toBe(412)
  })

  it('two concurrent saves with the same If-Match: exactly one wins, one audit row', async () => {
    await createPublished('race')
    const { etag, book } = await draftOf('race')
    const before = await auditCount(env.DB, 'draft.save')
    const results = await Promise.all(
      ['甲', '乙'].map((n) => put('race', { ...book, name: `并发保存${n}` }, { 'If-Match': etag })),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 412])
    expect(await auditCount(env.DB, 'draft.save')).toBe(before + 1)
    const winner = results.find((r) => r.status === 200)!
    const saved = await draftOf('race')
    expect(saved.etag).toBe(winner.headers.get('ETag'))
    expect(['并发保存甲', '并发保存乙']).toContain(saved.book.name)
  })

  it('lists every validation problem and saves nothing', async () => {
    await createPublished('invalid')
    const { etag, book } = await draftOf('invalid')
    const before = await auditCount(env.DB)
    const broken = {
      ...book,
      id: 'another-id',
      rules: [
        { ...wordRule('dup', '待定'), severity: 'fatal' },
        wordRule('no-xx', 'XX', { examples: { invalid: ['没有这个词'] } }),
        wordRule('no-xx', 'YY'),
        { ...wordRule('unknown', 'ZZ'), kind: 'no-such-kind' },
      ],
    }
    const res = await put('invalid', broken, { 'If-Match': etag })
    expect(res.status).toBe(422)
    const paths = (await errorOf(res)).issues!.map((i) => i.path)
    // Every problem at once: the frame (severity), the id, duplicates and unknown kinds.
    expect(paths).toEqual(
      expect.arrayContaining(['id', 'rules[0].severity', 'rules[2].id', 'rules[3].kind']),
    )
    const second = await put(
      'invalid',
      { ...broken, rules: broken.rules.slice(1) },
      { 'If-Match': etag },
    )
    const secondPaths = (await errorOf(second)).issues!.map((i) => i.path)
    expect(secondPaths.sort()).toEqual([
      'id',
      'rules[0].examples.invalid[0]',
      'rules[1].id',
      'rules[2].kind',
    ])
    expect(await draftOf('invalid')).toEqual({ etag, book })
    expect(await auditCount(env.DB)).toBe(before)
  })

  it('rejects a catastrophic regular expression with 422 naming the rule', async () => {
    await createPublished('redos')
    const { etag, book } = await draftOf('redos')
    const evil = wordRule('evil', '(a+)+b', { examples: { invalid: ['aab'], valid: ['c'] } })
    const res = await put('redos', { ...book, rules: [...book.rules, evil] }, { 'If-Match': etag })
    expect(res.status).toBe(422)
    const issues = (await errorOf(res)).issues!
    expect(issues).toHaveLength(1)
    expect(issues[0].path).toBe('rules[1].options.pattern')
    expect(issues[0].message).toMatch(/回溯/)
    expect((await draftOf('redos')).etag).toBe(etag)
  })

  it('400 for a body that is not JSON, without echoing it', async () => {
    await createPublished('badjson')
    const res = await put('badjson', '{"secret-marker', { 'If-Match': '"draft-1"' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await errorOf(res))).not.toContain('secret-marker')
  })
})

describe('publish and rollback', () => {
  it('publishes the draft as a new immutable version with author, time and note', async () => {
    await createPublished('pub')
    const { etag, book } = await draftOf('pub')
    const saved = await put(
      'pub',
      { ...book, rules: [...book.rules, wordRule('no-xx', 'XX')] },
      { 'If-Match': etag },
    )
    const draftTag = saved.headers.get('ETag')!
    const missing = await api('/v1/rulebooks/pub/publish', { method: 'POST', token: ADMIN })
    expect(missing.status).toBe(428)
    const stale = await api('/v1/rulebooks/pub/publish', {
      method: 'POST',
      token: ADMIN,
      headers: { 'If-Match': etag },
    })
    expect(stale.status).toBe(412)
    const res = await api('/v1/rulebooks/pub/publish', {
      method: 'POST',
      token: ADMIN,
      headers: { 'If-Match': draftTag },
      body: { note: '增加 XX 检查' },
    })
    expect(res.status).toBe(201)
    const meta = (await res.json()) as {
      version: number
      author: string
      note: string
      createdAt: string
    }
    expect(meta).toMatchObject({ version: 2, author: 'admin (ADMIN_TOKEN)', note: '增加 XX 检查' })
    expect(Number.isNaN(Date.parse(meta.createdAt))).toBe(false)
    const published = (await (await api('/v1/rulebooks/pub', { token: ADMIN })).json()) as Rulebook
    expect(published.version).toBe(2)
    expect(published.rules.map((r) => r.id)).toEqual(['no-tbd', 'no-xx'])
    await expect(
      env.DB.prepare("UPDATE versions SET note = 'x' WHERE rulebook_id = 'pub'").run(),
    ).rejects.toThrow(/immutable/)
    await expect(
      env.DB.prepare("DELETE FROM audit WHERE rulebook_id = 'pub'").run(),
    ).rejects.toThrow(/append-only/)
  })

  it('publishes a draft revision once: concurrent publishes leave one version and one audit row', async () => {
    const etag = await createPublished('pub-race')
    const { book } = await draftOf('pub-race')
    const saved = await put('pub-race', { ...book, name: '第二版' }, { 'If-Match': etag })
    const tag = saved.headers.get('ETag')!
    const before = await auditCount(env.DB, 'version.publish')
    const publish = () =>
      api('/v1/rulebooks/pub-race/publish', {
        method: 'POST',
        token: ADMIN,
        headers: { 'If-Match': tag },
      })
    const results = await Promise.all([publish(), publish()])
    expect(results.map((r) => r.status).sort()).toEqual([201, 409])
    expect(await auditCount(env.DB, 'version.publish')).toBe(before + 1)
    const again = await publish()
    expect(again.status).toBe(409)
    expect((await errorOf(again)).code).toBe('already_published')
    const versions = await api('/v1/rulebooks/pub-race/versions', { token: ADMIN })
    const list = (await versions.json()) as {
      versions: { version: number; draftRevision: number }[]
    }
    expect(list.versions.map((v) => [v.version, v.draftRevision])).toEqual([
      [2, 2],
      [1, 1],
    ])
  })

  it('publish runs the time budget over the samples and lists each rule over it (422)', async () => {
    const book = smallRulebook('budget', [wordRule('a', '甲'), wordRule('b', '乙')])
    const created = await put('budget', book, { 'If-None-Match': '*' })
    const etag = created.headers.get('ETag')!
    // A negative budget makes every rule "too slow" whatever the clock says: this checks the wiring.
    const strict = { ...env, PUBLISH_BUDGET_MS: '-1' }
    const res = await app.fetch(
      new Request(`${BASE}/v1/rulebooks/budget/publish`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN}`, 'If-Match': etag },
      }),
      strict,
    )
    expect(res.status).toBe(422)
    const error = await errorOf(res)
    expect(error.code).toBe('too_slow')
    expect(error.issues!.map((i) => i.path)).toEqual(['rules[0]', 'rules[1]'])
    // Nothing was published.
    expect((await api('/v1/rulebooks/budget/versions', { token: ADMIN })).status).toBe(404)
  })

  it('rollback adds a version equal to the old one and keeps the history', async () => {
    await createPublished('roll')
    const { etag, book } = await draftOf('roll')
    const saved = await put('roll', { ...book, name: '第二版' }, { 'If-Match': etag })
    await api('/v1/rulebooks/roll/publish', {
      method: 'POST',
      token: ADMIN,
      headers: { 'If-Match': saved.headers.get('ETag')! },
    })
    const res = await api('/v1/rulebooks/roll/rollback', {
      method: 'POST',
      token: ADMIN,
      body: { version: 1 },
    })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ version: 3, rolledBackFrom: 1 })
    const v1 = (await (
      await api('/v1/rulebooks/roll/versions/1', { token: ADMIN })
    ).json()) as Rulebook
    const v3 = (await (await api('/v1/rulebooks/roll', { token: ADMIN })).json()) as Rulebook
    expect(v3).toEqual({ ...v1, version: 3 })
    const versions = (await (
      await api('/v1/rulebooks/roll/versions', { token: ADMIN })
    ).json()) as {
      versions: { version: number; rolledBackFrom: number | null }[]
    }
    expect(versions.versions.map((v) => [v.version, v.rolledBackFrom])).toEqual([
      [3, 1],
      [2, null],
      [1, null],
    ])
    const missing = await api('/v1/rulebooks/roll/rollback', {
      method: 'POST',
      token: ADMIN,
      body: { version: 9 },
    })
    expect(missing.status).toBe(404)
    const bad = await api('/v1/rulebooks/roll/rollback', {
      method: 'POST',
      token: ADMIN,
      body: { version: 'one' },
    })
    expect(bad.status).toBe(400)
  })
})
