/** Test helpers: requests to the worker in workerd, tokens per role, small rulebooks. */

import { env } from 'cloudflare:workers'
import { expect } from 'vitest'
import type { Rulebook, RuleEntry } from '../../shared/index'
import app from '../../worker/index'

export const ADMIN = 'test-admin-token'
export const BASE = 'https://api.example.test'

export interface Call {
  method?: string
  token?: string | null
  body?: unknown
  headers?: Record<string, string>
}

/**
 * Sends one request to the worker's default export with the real bindings. Called directly rather
 * than through `exports.default.fetch`: that loopback gets slower with every call in
 * vitest-pool-workers 0.15 (20 sequential calls went from 30 ms to 1.3 s after 300 requests), which
 * made the 50-client tests take minutes; the app and D1 are the same either way.
 */
export async function api(path: string, call: Call = {}): Promise<Response> {
  const headers = new Headers(call.headers)
  if (call.token) headers.set('Authorization', `Bearer ${call.token}`)
  let body: string | undefined
  if (call.body !== undefined) {
    body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body)
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
  }
  return app.fetch(
    new Request(`${BASE}${path}`, { method: call.method ?? 'GET', headers, body }),
    env,
  )
}

/** Reads a JSON error body and checks its shape. */
export async function errorOf(
  res: Response,
): Promise<{ code: string; message: string; issues?: { path: string; message: string }[] }> {
  const json = (await res.json()) as {
    error: { code: string; message: string; issues?: { path: string; message: string }[] }
  }
  expect(Object.keys(json)).toEqual(['error'])
  expect(typeof json.error.code).toBe('string')
  expect(typeof json.error.message).toBe('string')
  return json.error
}

/** Creates a token with `role` through the API and returns the plain token. */
export async function tokenFor(role: 'reader' | 'admin'): Promise<string> {
  const res = await api('/v1/tokens', {
    method: 'POST',
    token: ADMIN,
    body: { name: `${role} for tests`, role },
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { token: string }).token
}

/** A pattern rule flagging `word`, with its own examples. */
export function wordRule(id: string, word: string, extra: Partial<RuleEntry> = {}): RuleEntry {
  return {
    id,
    kind: 'pattern',
    enabled: true,
    severity: 'warning',
    category: 'wording',
    description: `不用“${word}”`,
    options: { pattern: word },
    examples: { invalid: [`我们${word}了。`], valid: ['我们完成了。'] },
    ...extra,
  }
}

export function smallRulebook(
  id: string,
  rules: RuleEntry[] = [wordRule('no-tbd', '待定')],
): Rulebook {
  return { id, name: `测试规则集 ${id}`, version: 0, documentTypes: [], rules }
}

/** Creates a rulebook draft (If-None-Match: *) and publishes it; returns the draft ETag after. */
export async function createPublished(id: string, book = smallRulebook(id)): Promise<string> {
  const created = await api(`/v1/rulebooks/${id}/draft`, {
    method: 'PUT',
    token: ADMIN,
    body: book,
    headers: { 'If-None-Match': '*' },
  })
  expect(created.status).toBe(201)
  const etag = created.headers.get('ETag')!
  const published = await api(`/v1/rulebooks/${id}/publish`, {
    method: 'POST',
    token: ADMIN,
    headers: { 'If-Match': etag },
  })
  expect(published.status).toBe(201)
  return etag
}

/** Number of audit rows, optionally of one action. */
export async function auditCount(db: D1Database, action?: string): Promise<number> {
  const row = await (
    action
      ? db.prepare('SELECT COUNT(*) AS n FROM audit WHERE action = ?').bind(action)
      : db.prepare('SELECT COUNT(*) AS n FROM audit')
  ).first<{ n: number }>()
  return row!.n
}
