/** Hostile bodies on every write route: bad JSON, wrong types, deep nesting, 2 MB + 1, bad content types. */

import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import app from '../../worker/index'
import { ADMIN, BASE, auditCount, createPublished, smallRulebook } from './helpers'

const MB2 = 2 * 1024 * 1024
const MARK = 'BODYMARK-7f3c'

interface Route {
  name: string
  method: string
  path: (id: string) => string
  headers: Record<string, string>
  /** A body this route accepts, for the content-type cases. */
  good: (id: string) => unknown
}

const ROUTES: Route[] = [
  {
    name: 'create draft',
    method: 'PUT',
    path: (id) => `/v1/rulebooks/${id}-new/draft`,
    headers: { 'If-None-Match': '*' },
    good: (id) => smallRulebook(`${id}-new`),
  },
  {
    name: 'save draft',
    method: 'PUT',
    path: (id) => `/v1/rulebooks/${id}/draft`,
    headers: { 'If-Match': '"draft-2"' },
    good: (id) => ({ ...smallRulebook(id), name: '改名' }),
  },
  {
    name: 'publish',
    method: 'POST',
    path: (id) => `/v1/rulebooks/${id}/publish`,
    headers: { 'If-Match': '"draft-2"' },
    good: () => ({ note: '发布' }),
  },
  {
    name: 'rollback',
    method: 'POST',
    path: (id) => `/v1/rulebooks/${id}/rollback`,
    headers: {},
    good: () => ({ version: 1 }),
  },
  {
    name: 'check',
    method: 'POST',
    path: () => '/v1/check',
    headers: {},
    good: () => ({ text: `一、总体情况${MARK}` }),
  },
  {
    name: 'tokens',
    method: 'POST',
    path: () => '/v1/tokens',
    headers: {},
    good: () => ({ name: '新令牌', role: 'reader' }),
  },
]

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n)
const deepEverywhere = `{${['text', 'note', 'version', 'name', 'role', 'id', 'rules']
  .map((k) => `"${k}":${deep(50_000)}`)
  .join(',')}}`
/** Valid JSON of exactly `bytes` bytes: a short object padded with spaces. */
const sized = (bytes: number) => {
  const head = `{"text":"${MARK}"`
  return head + ' '.repeat(bytes - head.length - 1) + '}'
}
const MEDIA = /^unsupported_media_type$/

function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(at, at + 64 * 1024))
      at += 64 * 1024
    },
  })
}

let seq = 0
/** A fresh rulebook with version 1 published and an unpublished draft at revision 2. */
async function fresh(): Promise<string> {
  const id = `bodies-${++seq}`
  const etag = await createPublished(id)
  const res = await send('PUT', `/v1/rulebooks/${id}/draft`, JSON.stringify(smallRulebook(id)), {
    'If-Match': etag,
    'Content-Type': 'application/json',
  })
  expect(res.status).toBe(200)
  return id
}

async function send(
  method: string,
  path: string,
  body: BodyInit | null,
  headers: Record<string, string>,
): Promise<Response> {
  const all = new Headers({ Authorization: `Bearer ${ADMIN}`, ...headers })
  return app.fetch(new Request(`${BASE}${path}`, { method, headers: all, body }), env)
}

/** Everything a write could have changed, to prove a refused request changed nothing. */
async function state(id: string) {
  const row = (sql: string) => env.DB.prepare(sql).bind(id).first()
  return {
    audit: await auditCount(env.DB),
    tokens: (await env.DB.prepare('SELECT COUNT(*) AS n FROM tokens').first())!.n,
    draft: await row('SELECT revision, body FROM drafts WHERE rulebook_id = ?'),
    versions: (await row('SELECT COUNT(*) AS n FROM versions WHERE rulebook_id = ?'))!.n,
    created: (await row("SELECT COUNT(*) AS n FROM rulebooks WHERE id = ? || '-new'"))!.n,
  }
}

/** Sends a refused request and checks the answer: status, the one JSON error shape, no leaks. */
async function refused(
  route: Route,
  body: BodyInit | null,
  headers: Record<string, string>,
  status: number,
  code: RegExp,
): Promise<void> {
  const id = await fresh()
  const before = await state(id)
  const res = await send(route.method, route.path(id), body, { ...route.headers, ...headers })
  const text = await res.text()
  expect(res.status, `${route.name}: ${text.slice(0, 200)}`).toBe(status)
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
  const json = JSON.parse(text) as { error: { code: string; message: string } }
  expect(Object.keys(json)).toEqual(['error'])
  expect(json.error.code).toMatch(code)
  expect(json.error.message).toMatch(/[\u4e00-\u9fff]/)
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d|node_modules|SyntaxError|RangeError|TypeError/)
  expect(text).not.toContain(MARK)
  expect(await state(id)).toEqual(before)
}

const JSON_TYPE = { 'Content-Type': 'application/json' }
const isRulebook = (r: Route) => r.name.endsWith('draft')

describe.each(ROUTES)('$method $name', (route) => {
  it('invalid JSON is 400 bad_json', () =>
    refused(route, `{"text": "${MARK}`, JSON_TYPE, 400, /^bad_json$/))

  it.each([
    ['an array', `["${MARK}"]`],
    ['a string', `"${MARK}"`],
    ['null', 'null'],
    ['a number', '42'],
    ['64 nested arrays', deep(64)],
  ])('%s is refused as the wrong type', (_, body) =>
    isRulebook(route)
      ? refused(route, body, JSON_TYPE, 422, /^invalid_rulebook$/)
      : refused(route, body, JSON_TYPE, 400, /^bad_request$/),
  )

  it.each([
    ['65 nested arrays', deep(65)],
    ['200,000 nested arrays', deep(200_000)],
    ['50,000 levels in every field', deepEverywhere],
    ['65 levels after a key with an escaped quote', `{"a\\"[":${deep(65)}}`],
  ])('%s: 400 too_deep, never a 500', (_, body) =>
    refused(route, body, JSON_TYPE, 400, /^too_deep$/),
  )

  it('2 MB + 1 byte is 413, with Content-Length and streamed without it', async () => {
    const body = sized(MB2 + 1)
    expect(new TextEncoder().encode(body).length).toBe(MB2 + 1)
    const length = { ...JSON_TYPE, 'Content-Length': String(MB2 + 1) }
    await refused(route, body, length, 413, /^payload_too_large$/)
    await refused(route, streamOf(body), JSON_TYPE, 413, /^payload_too_large$/)
  })

  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['multipart/form-data', 'multipart/form-data; boundary=x'],
    ['urlencoded', 'application/x-www-form-urlencoded'],
    ['UTF-16 JSON', 'application/json; charset=utf-16'],
    ['XML', 'application/xml'],
  ])('%s is 415', (_, type) =>
    refused(route, JSON.stringify(route.good('x')), { 'Content-Type': type }, 415, MEDIA),
  )

  it('a body without any Content-Type is 415', () =>
    refused(route, JSON.stringify(route.good('x')), {}, 415, MEDIA))

  it('real form posts are 415', async () => {
    const form = new FormData()
    form.set('text', MARK)
    await refused(route, form, {}, 415, MEDIA)
    await refused(route, new URLSearchParams({ text: MARK }), {}, 415, MEDIA)
  })
})

describe('bodies that are accepted', () => {
  it('an empty body: publish takes it (the note is optional), the others say what is missing', async () => {
    const expected: Record<string, number> = {
      'create draft': 400,
      'save draft': 400,
      publish: 201,
      rollback: 400,
      check: 422,
      tokens: 422,
    }
    for (const route of ROUTES) {
      const id = await fresh()
      const res = await send(route.method, route.path(id), null, route.headers)
      expect(res.status, route.name).toBe(expected[route.name])
    }
  })

  it('JSON media types with a UTF-8 charset pass, in any letter case', async () => {
    for (const type of ['application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"']) {
      for (const route of ROUTES) {
        const id = await fresh()
        const res = await send(route.method, route.path(id), JSON.stringify(route.good(id)), {
          ...route.headers,
          'Content-Type': type,
        })
        expect(res.status, `${route.name} ${type}`).toBeLessThan(300)
      }
    }
  })

  it('a check body of exactly 2 MB is not refused', async () => {
    const body = sized(MB2)
    expect(new TextEncoder().encode(body).length).toBe(MB2)
    expect((await send('POST', '/v1/check', body, JSON_TYPE)).status).toBe(200)
  })

  it('brackets inside strings do not count as nesting', async () => {
    const text = `${'['.repeat(500)}${MARK}${'{'.repeat(500)}`
    const res = await send('POST', '/v1/check', JSON.stringify({ text }), JSON_TYPE)
    expect(res.status).toBe(200)
  })
})

describe('check text limits (bounded engine work)', () => {
  const check = (text: string) =>
    send('POST', '/v1/check', JSON.stringify({ text }), JSON_TYPE).then(async (res) => ({
      status: res.status,
      body: await res.text(),
    }))

  it('413 for more than 200,000 characters or a line over 20,000, without echoing the text', async () => {
    const long = await check(`${MARK}\n${'一二三四五六七八九十\n'.repeat(18_200)}`)
    expect(long.status).toBe(413)
    expect(long.body).toContain('text_too_long')
    const line = await check(`${MARK}${'我们'.repeat(10_000)}`)
    expect(line.status).toBe(413)
    expect(line.body).toContain('line_too_long')
    for (const res of [long, line]) expect(res.body).not.toContain(MARK)
  })

  it('accepts a 20,000-character line and long texts split by CR, LF or CRLF', async () => {
    expect((await check('我们'.repeat(10_000))).status).toBe(200)
    for (const eol of ['\r', '\n', '\r\n']) {
      const res = await check(`${'我们'.repeat(7_500)}${eol}`.repeat(4))
      expect(res.status, JSON.stringify(eol)).toBe(200)
    }
  })
})
