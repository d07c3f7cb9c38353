/** Token management: created tokens are shown once, stored hashed, listed without secrets, revocable. */

import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { ADMIN, api, errorOf } from './helpers'

interface Created {
  id: string
  name: string
  role: string
  token: string
}

describe('tokens', () => {
  it('creates a reader token shown once and stores only its SHA-256 hash', async () => {
    const res = await api('/v1/tokens', {
      method: 'POST',
      token: ADMIN,
      body: { name: '审稿组', role: 'reader' },
    })
    expect(res.status).toBe(201)
    const created = (await res.json()) as Created
    expect(created).toMatchObject({ name: '审稿组', role: 'reader' })
    expect(created.token).toMatch(/^rl_[\w-]{43}$/)
    const row = await env.DB.prepare('SELECT hash FROM tokens WHERE id = ?')
      .bind(created.id)
      .first<{ hash: string }>()
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(created.token))
    expect(row!.hash).toBe(
      [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''),
    )
    const listed = JSON.stringify(await (await api('/v1/tokens', { token: ADMIN })).json())
    expect(listed).toContain(created.id)
    expect(listed).not.toContain(created.token)
    expect(listed).not.toContain(row!.hash)
    expect((await api('/v1/rulebooks', { token: created.token })).status).toBe(200)
  })

  it('a created admin token can manage tokens; revocation takes effect at once and is audited', async () => {
    const admin = (await (
      await api('/v1/tokens', {
        method: 'POST',
        token: ADMIN,
        body: { name: '管理员乙', role: 'admin' },
      })
    ).json()) as Created
    const reader = (await (
      await api('/v1/tokens', {
        method: 'POST',
        token: admin.token,
        body: { name: '临时', role: 'reader' },
      })
    ).json()) as Created
    expect((await api('/v1/rulebooks', { token: reader.token })).status).toBe(200)
    expect(
      (await api(`/v1/tokens/${reader.id}`, { method: 'DELETE', token: admin.token })).status,
    ).toBe(204)
    expect((await api('/v1/rulebooks', { token: reader.token })).status).toBe(401)
    expect(
      (await api(`/v1/tokens/${reader.id}`, { method: 'DELETE', token: admin.token })).status,
    ).toBe(404)
    const { entries } = (await (await api('/v1/audit', { token: ADMIN })).json()) as {
      entries: { action: string; actor: string; detail: { id?: string } }[]
    }
    expect(
      entries.filter((e) => e.detail.id === reader.id).map((e) => [e.action, e.actor]),
    ).toEqual([
      ['token.revoke', `管理员乙 (token ${admin.id})`],
      ['token.create', `管理员乙 (token ${admin.id})`],
    ])
  })

  it('422 lists every problem with the request', async () => {
    const res = await api('/v1/tokens', {
      method: 'POST',
      token: ADMIN,
      body: { name: '', role: 'owner' },
    })
    expect(res.status).toBe(422)
    expect((await errorOf(res)).issues!.map((i) => i.path)).toEqual(['name', 'role'])
  })
})
