/** Request helpers: JSON bodies without echoing them, conditional headers, positive integers. */

import type { Context } from 'hono'
import { ApiError } from '../errors'

/** Parses the JSON body; a parse error never quotes the body (it may be report text). */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text()
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ApiError(400, 'bad_json', '请求体不是有效的 JSON')
  }
}

/** A JSON object body, or {} when the body is empty; 400 for anything else. */
export async function readObject(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text()
  if (!text.trim()) return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ApiError(400, 'bad_json', '请求体不是有效的 JSON')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new ApiError(400, 'bad_request', '请求体应为 JSON 对象')
  return body as Record<string, unknown>
}

/** The ETags listed in an If-Match / If-None-Match header (weak prefixes kept, so they never match strong ones). */
export function etagList(header: string | undefined): string[] {
  if (!header) return []
  return header
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
}

/** A path or query value that must be a positive integer. */
export function positiveInt(value: string | undefined, name: string): number {
  const n = Number(value)
  if (!value || !Number.isInteger(n) || n < 1)
    throw new ApiError(400, 'bad_request', `${name} 应为正整数`)
  return n
}
