/** Unknown rulebooks, versions, tokens, paths and methods: 404 in the JSON shape, 401 before it. */

import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, api, createPublished, errorOf, smallRulebook, tokenFor } from './helpers'

interface Case {
  method: string
  path: string
  role: 'reader' | 'admin'
  body?: unknown
  headers?: Record<string, string>
}

const GHOST = 'no-such-book'

/** Every route that names a rulebook, version or token, pointed at one that does not exist. */
const UNKNOWN: Case[] = [
  { method: 'GET', path: `/v1/rulebooks/${GHOST}`, role: 'reader' },
  { method: 'GET', path: `/v1/rulebooks/${GHOST}/versions`, role: 'reader' },
  { method: 'GET', path: `/v1/rulebooks/${GHOST}/versions/1`, role: 'reader' },
  { method: 'GET', path: '/v1/rulebooks/known/versions/7', role: 'reader' },
  { method: 'POST', path: '/v1/check', role: 'reader', body: { text: '一、', rulebook: GHOST } },
  { method: 'GET', path: `/v1/rulebooks/${GHOST}/draft`, role: 'admin' },
  {
    method: 'PUT',
    path: `/v1/rulebooks/${GHOST}/draft`,
    role: 'admin',
    body: smallRulebook(GHOST),
    headers: { 'If-Match': '"draft-1"' },
  },
  {
    method: 'POST',
    path: `/v1/rulebooks/${GHOST}/publish`,
    role: 'admin',
    headers: { 'If-Match': '"draft-1"' },
  },
  { method: 'POST', path: `/v1/rulebooks/${GHOST}/rollback`, role: 'admin', body: { version: 1 } },
  { method: 'POST', path: '/v1/rulebooks/known/rollback', role: 'admin', body: { version: 7 } },
  { method: 'GET', path: `/v1/rulebooks/${GHOST}/diff?from=1&to=draft`, role: 'admin' },
  { method: 'GET', path: '/v1/rulebooks/known/diff?from=1&to=7', role: 'admin' },
  { method: 'GET', path: `/v1/rulebooks/${GHOST}/audit`, role: 'admin' },
  { method: 'DELETE', path: '/v1/tokens/0000000000000000', role: 'admin' },
]

/** Paths and methods the API does not have. */
const NOWHERE: [string, string][] = [
  ['GET', '/v1/nowhere'],
  ['GET', '/v2/rulebooks'],
  ['GET', '/'],
  ['DELETE', '/v1/rulebooks/known'],
  ['PATCH', '/v1/rulebooks/known/draft'],
  ['POST', '/v1/rulebooks/known'],
  ['PUT', '/v1/rulebooks/known/versions/1'],
  ['GET', '/v1/rulebooks/known/publish'],
  ['GET', '/v1/check'],
  ['POST', '/v1/health'],
  ['GET', '/v1/tokens/abc/extra'],
]

let reader = ''

beforeAll(async () => {
  await createPublished('known')
  reader = await tokenFor('reader')
})

describe.each(UNKNOWN)('$method $path', (route) => {
  const call = (token: string | null) =>
    api(route.path, { method: route.method, token, body: route.body, headers: route.headers })

  it('404 not_found in the JSON shape for an admin', async () => {
    const res = await call(ADMIN)
    expect(res.status).toBe(404)
    expect((await errorOf(res)).code).toBe('not_found')
  })

  it(`${route.role === 'reader' ? '404 for a reader' : '403 for a reader'}, 401 without a token`, async () => {
    expect((await call(reader)).status).toBe(route.role === 'reader' ? 404 : 403)
    // Without a token nothing tells whether the rulebook exists.
    expect((await call(null)).status).toBe(401)
  })
})

describe('paths and methods that do not exist', () => {
  it.each(NOWHERE)('%s %s is 404 in the JSON shape', async (method, path) => {
    for (const token of [ADMIN, reader, null]) {
      const res = await api(path, { method, token })
      expect(res.status, `${method} ${path} ${token}`).toBe(404)
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
      expect((await errorOf(res)).code).toBe('not_found')
    }
  })

  it('ids that could never exist are 400 bad_id, not echoed; 401 without a token', async () => {
    for (const id of ['%E4%B8%AD', 'UPPER', 'a'.repeat(2000), '%00', '..%2F..%2Fetc', 'a--b']) {
      for (const path of [`/v1/rulebooks/${id}`, `/v1/rulebooks/${id}/draft`]) {
        const res = await api(path, { token: ADMIN })
        expect(res.status, path).toBe(400)
        const error = await errorOf(res)
        expect(error.code).toBe('bad_id')
        expect(error.message).not.toContain(decodeURIComponent(id.replace('%00', '')) || id)
        expect((await api(path)).status, path).toBe(401)
      }
    }
  })
})
