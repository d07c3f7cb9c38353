/** The 401/403 matrix: every route for no token, a wrong token, a revoked token, reader and admin. */

import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import app from '../../worker/index'
import { ADMIN, api, createPublished, errorOf, tokenFor } from './helpers'

interface Route {
  method: string
  path: string
  role: 'reader' | 'admin'
  /** The status an admin (and, on reader routes, a reader) gets for this exact request. */
  status: number
  body?: unknown
  headers?: Record<string, string>
}

const ROUTES: Route[] = [
  { method: 'GET', path: '/v1/rulebooks', role: 'reader', status: 200 },
  { method: 'GET', path: '/v1/rulebooks/authz', role: 'reader', status: 200 },
  { method: 'GET', path: '/v1/rulebooks/authz/versions', role: 'reader', status: 200 },
  { method: 'GET', path: '/v1/rulebooks/authz/versions/1', role: 'reader', status: 200 },
  {
    method: 'POST',
    path: '/v1/check',
    role: 'reader',
    status: 200,
    body: { text: '一、总体情况', rulebook: 'authz' },
  },
  { method: 'GET', path: '/v1/rulebooks/authz/draft', role: 'admin', status: 200 },
  {
    method: 'PUT',
    path: '/v1/rulebooks/authz/draft',
    role: 'admin',
    status: 412,
    body: {},
    headers: { 'If-Match': '"draft-999"' },
  },
  {
    method: 'POST',
    path: '/v1/rulebooks/authz/publish',
    role: 'admin',
    status: 412,
    headers: { 'If-Match': '"draft-999"' },
  },
  {
    method: 'POST',
    path: '/v1/rulebooks/authz/rollback',
    role: 'admin',
    body: { version: 99 },
    status: 404,
  },
  { method: 'GET', path: '/v1/rulebooks/authz/diff?from=1&to=draft', role: 'admin', status: 200 },
  { method: 'GET', path: '/v1/rulebooks/authz/audit', role: 'admin', status: 200 },
  { method: 'GET', path: '/v1/audit', role: 'admin', status: 200 },
  { method: 'GET', path: '/v1/tokens', role: 'admin', status: 200 },
  { method: 'POST', path: '/v1/tokens', role: 'admin', body: { name: 'x' }, status: 422 },
  { method: 'DELETE', path: '/v1/tokens/nonexistent', role: 'admin', status: 404 },
]

const call = (r: Route, token: string | null) =>
  api(r.path, { method: r.method, token, body: r.body, headers: r.headers })

let reader = ''
let admin = ''
let revoked = ''

beforeAll(async () => {
  await createPublished('authz')
  reader = await tokenFor('reader')
  admin = await tokenFor('admin')
  revoked = await tokenFor('admin')
  const list = (await (await api('/v1/tokens', { token: ADMIN })).json()) as {
    tokens: { id: string }[]
  }
  const id = list.tokens.at(-1)!.id
  expect((await api(`/v1/tokens/${id}`, { method: 'DELETE', token: ADMIN })).status).toBe(204)
})

describe.each(ROUTES)('$method $path ($role)', (route) => {
  it('401 without a token, with a wrong token and with a revoked token', async () => {
    for (const token of [null, 'not-a-token', revoked]) {
      const res = await call(route, token)
      expect(res.status, `token ${token}`).toBe(401)
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/)
      expect((await errorOf(res)).code).toBe('unauthorized')
    }
  })

  it('readers are let through only to reader routes', async () => {
    const res = await call(route, reader)
    if (route.role === 'admin') {
      expect(res.status).toBe(403)
      expect((await errorOf(res)).code).toBe('forbidden')
    } else expect(res.status).toBe(route.status)
  })

  it('created admin tokens and the ADMIN_TOKEN secret are let through to the same answer', async () => {
    for (const token of [admin, ADMIN]) expect((await call(route, token)).status).toBe(route.status)
  })

  // Only routes that take a body (a GET cannot carry one).
  if (route.method !== 'GET')
    it('authentication comes before the body: no token is 401, a reader on an admin route 403', async () => {
      const hostile = { 'Content-Type': 'text/plain' }
      for (const body of ['{"broken', 'x'.repeat(10_000)]) {
        const anonymous = await api(route.path, { method: route.method, body, headers: hostile })
        const asReader = await api(route.path, {
          method: route.method,
          token: reader,
          body,
          headers: { ...route.headers, ...hostile },
        })
        expect(anonymous.status).toBe(401)
        if (route.role === 'admin') expect(asReader.status).toBe(403)
      }
    })
})

describe('health and anonymous reads', () => {
  it('health needs no token', async () => {
    const res = await api('/v1/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, service: 'reportlint' })
  })

  it('a malformed Authorization header is 401', async () => {
    const res = await api('/v1/rulebooks', { headers: { Authorization: 'Basic abc' } })
    expect(res.status).toBe(401)
  })

  it('anonymous reads work only when configured and only on localhost', async () => {
    const dev = { ...env, ALLOW_ANONYMOUS_READS: 'true' }
    const local = await app.fetch(new Request('http://127.0.0.1:8787/v1/rulebooks/authz'), dev)
    expect(local.status).toBe(200)
    const remote = await app.fetch(
      new Request('https://reportlint.example.workers.dev/v1/rulebooks/authz'),
      dev,
    )
    expect(remote.status).toBe(401)
    const unconfigured = await app.fetch(
      new Request('http://127.0.0.1:8787/v1/rulebooks/authz'),
      env,
    )
    expect(unconfigured.status).toBe(401)
    const write = await app.fetch(
      new Request('http://127.0.0.1:8787/v1/rulebooks/authz/draft'),
      dev,
    )
    expect(write.status).toBe(403)
  })
})
