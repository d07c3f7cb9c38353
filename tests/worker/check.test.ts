/** POST /v1/check: findings with the published rulebook, privacy of the text, limits, headers. */

import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { lint, type Finding } from '../../shared/index'
import {
  ADMIN,
  BASE,
  api,
  createPublished,
  errorOf,
  smallRulebook,
  tokenFor,
  wordRule,
} from './helpers'

const REPORT = '关于2024年工作情况的报告\n一、总体情况\n（一）主要做法\n（三）存在问题\n'

describe('check', () => {
  it('returns the engine findings for the default rulebook', async () => {
    const res = await api('/v1/check', {
      method: 'POST',
      token: await tokenFor('reader'),
      body: { text: REPORT },
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      rulebook: { id: string; version: number }
      findings: Finding[]
    }
    expect(body.rulebook).toMatchObject({ id: 'default', version: 1 })
    expect(body.findings).toEqual(lint(REPORT))
    expect(body.findings.length).toBeGreaterThan(0)
  })

  it('uses the named rulebook', async () => {
    await createPublished('checked', smallRulebook('checked', [wordRule('no-tbd', '待定')]))
    const res = await api('/v1/check', {
      method: 'POST',
      token: ADMIN,
      body: { text: '时间待定。', rulebook: 'checked' },
    })
    const body = (await res.json()) as { findings: Finding[] }
    expect(body.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([['no-tbd', 2, 4]])
  })

  it('never stores the text: the marker is found in no table afterwards', async () => {
    const marker = `机密标记${crypto.randomUUID()}`
    const text = `${REPORT}${marker}待定\n`
    for (const rulebook of ['default', 'checked'])
      expect(
        (await api('/v1/check', { method: 'POST', token: ADMIN, body: { text, rulebook } })).status,
      ).toBe(200)
    const { results: tables } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
    ).all<{ name: string }>()
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['audit', 'drafts', 'rulebooks', 'tokens', 'versions']),
    )
    for (const { name } of tables) {
      const { results } = await env.DB.prepare(`SELECT * FROM "${name}"`).all()
      expect(JSON.stringify(results), name).not.toContain(marker)
    }
  })

  it('413 for a body over 2 MB', async () => {
    const text = '文'.repeat(800_000) // 2.4 MB in UTF-8
    const res = await api('/v1/check', { method: 'POST', token: ADMIN, body: { text } })
    expect(res.status).toBe(413)
    expect((await errorOf(res)).code).toBe('payload_too_large')
  })

  it('413 also for a streamed body without Content-Length', async () => {
    const chunk = new TextEncoder().encode('文'.repeat(100_000))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 3 * 1024 * 1024) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const res = await exports.default.fetch(`${BASE}/v1/check`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
      body,
    })
    expect(res.status).toBe(413)
  })

  it('422 for a missing text or a bad rulebook id, 404 for an unknown rulebook', async () => {
    const missing = await api('/v1/check', {
      method: 'POST',
      token: ADMIN,
      body: { rulebook: 'Bad Id!' },
    })
    expect(missing.status).toBe(422)
    expect((await errorOf(missing)).issues!.map((i) => i.path)).toEqual(['text', 'rulebook'])
    const unknown = await api('/v1/check', {
      method: 'POST',
      token: ADMIN,
      body: { text: 'x', rulebook: 'nope' },
    })
    expect(unknown.status).toBe(404)
  })
})

describe('CORS and secure headers', () => {
  it('allows the extension origin and configured admin origins only', async () => {
    const preflight = (origin: string) =>
      api('/v1/check', {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization',
        },
      })
    const ext = await preflight('chrome-extension://abcdefghijklmnop')
    expect(ext.headers.get('Access-Control-Allow-Origin')).toBe(
      'chrome-extension://abcdefghijklmnop',
    )
    expect(ext.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain(
      'authorization',
    )
    const adminSite = await preflight('https://admin.example.org')
    expect(adminSite.headers.get('Access-Control-Allow-Origin')).toBe('https://admin.example.org')
    for (const origin of [
      'https://evil.example.com',
      'https://admin.example.org.evil.com',
      'chrome-extension://a/b',
    ])
      expect(
        (await preflight(origin)).headers.get('Access-Control-Allow-Origin'),
        origin,
      ).toBeNull()
    const get = await api('/v1/health', { headers: { Origin: 'chrome-extension://abc' } })
    expect(get.headers.get('Access-Control-Expose-Headers')).toContain('ETag')
  })

  it('sets secure headers', async () => {
    const res = await api('/v1/health')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('X-Frame-Options')).toBe('SAMEORIGIN')
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age/)
  })
})
