/** Readers' routes: list, the published version with a strong ETag and 304, versions; the seed. */

import { describe, expect, it } from 'vitest'
import { canonicalJson, defaultRulebook, type Rulebook } from '../../shared/index'
import { ADMIN, api, createPublished, errorOf, smallRulebook, tokenFor } from './helpers'

describe('rulebooks', () => {
  it('seeds the default rulebook as version 1', async () => {
    const res = await api('/v1/rulebooks/default', { token: ADMIN })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/)
    expect(await res.text()).toBe(canonicalJson(defaultRulebook))
  })

  it('lists rulebooks with their published version', async () => {
    await createPublished('listed')
    const res = await api('/v1/rulebooks', { token: await tokenFor('reader') })
    const { rulebooks } = (await res.json()) as {
      rulebooks: { id: string; name: string; version: number }[]
    }
    expect(rulebooks.map((r) => r.id)).toEqual(expect.arrayContaining(['default', 'listed']))
    expect(rulebooks.find((r) => r.id === 'listed')).toMatchObject({
      name: '测试规则集 listed',
      version: 1,
    })
  })

  it('serves a strong ETag and answers If-None-Match with 304', async () => {
    const reader = await tokenFor('reader')
    const first = await api('/v1/rulebooks/default', { token: reader })
    const etag = first.headers.get('ETag')!
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
    const again = await api('/v1/rulebooks/default', {
      token: reader,
      headers: { 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('ETag')).toBe(etag)
    expect(await again.text()).toBe('')
    const other = await api('/v1/rulebooks/default', {
      token: reader,
      headers: { 'If-None-Match': '"0000"' },
    })
    expect(other.status).toBe(200)
    const weak = await api('/v1/rulebooks/default', {
      token: reader,
      headers: { 'If-None-Match': `W/${etag}` },
    })
    expect(weak.status).toBe(200)
  })

  it('a new version changes the ETag', async () => {
    const book = smallRulebook('etag-moves')
    const draftTag = await createPublished('etag-moves', book)
    const v1 = (await api('/v1/rulebooks/etag-moves', { token: ADMIN })).headers.get('ETag')
    const saved = await api('/v1/rulebooks/etag-moves/draft', {
      method: 'PUT',
      token: ADMIN,
      body: { ...book, name: '改过名' },
      headers: { 'If-Match': draftTag },
    })
    const published = await api('/v1/rulebooks/etag-moves/publish', {
      method: 'POST',
      token: ADMIN,
      headers: { 'If-Match': saved.headers.get('ETag')! },
    })
    expect(published.status).toBe(201)
    const v2 = await api('/v1/rulebooks/etag-moves', {
      token: ADMIN,
      headers: { 'If-None-Match': v1! },
    })
    expect(v2.status).toBe(200)
    expect(((await v2.json()) as Rulebook).version).toBe(2)
  })

  it('lists and serves versions, 404 for unknown ones', async () => {
    await createPublished('versioned')
    const list = (await (
      await api('/v1/rulebooks/versioned/versions', { token: ADMIN })
    ).json()) as {
      versions: { version: number; author: string; etag: string }[]
    }
    expect(list.versions).toHaveLength(1)
    expect(list.versions[0]).toMatchObject({ version: 1, author: 'admin (ADMIN_TOKEN)' })
    const v1 = await api('/v1/rulebooks/versioned/versions/1', { token: ADMIN })
    expect(v1.headers.get('ETag')).toBe(list.versions[0].etag)
    expect(((await v1.json()) as Rulebook).id).toBe('versioned')
    const v9 = await api('/v1/rulebooks/versioned/versions/9', { token: ADMIN })
    expect(v9.status).toBe(404)
    expect((await errorOf(v9)).code).toBe('not_found')
    expect((await api('/v1/rulebooks/versioned/versions/zero', { token: ADMIN })).status).toBe(400)
    expect((await api('/v1/rulebooks/nothing', { token: ADMIN })).status).toBe(404)
    expect((await api('/v1/rulebooks/nothing/versions', { token: ADMIN })).status).toBe(404)
  })

  it('unknown routes get the JSON error shape', async () => {
    const res = await api('/v1/nowhere', { token: ADMIN })
    expect(res.status).toBe(404)
    expect((await errorOf(res)).code).toBe('not_found')
  })
})
