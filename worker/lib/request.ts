/** Request helpers: JSON bodies without echoing them, conditional headers, positive integers. */

import type { Context } from 'hono'
import { ApiError } from '../errors'

/** `application/json` or `application/<x>+json`, with no charset or UTF-8. */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i

/**
 * The body as text, after checking its media type: a declared type must be JSON in UTF-8, and a
 * body without a declared type is refused, so form posts and text/plain never reach a handler (415).
 */
async function jsonText(c: Context): Promise<string> {
  const type = c.req.header('Content-Type')
  if (type != null && !JSON_TYPE.test(type.trim()))
    throw new ApiError(
      415,
      'unsupported_media_type',
      '请求体应为 JSON（Content-Type: application/json）',
    )
  const text = await c.req.text()
  if (type == null && text.length)
    throw new ApiError(415, 'unsupported_media_type', '请求体缺少 Content-Type: application/json')
  return text
}

/** Deeper JSON than any rulebook or request needs; recursive code past the parser stays safe. */
export const MAX_DEPTH = 64

/** Whether valid JSON `text` nests arrays/objects deeper than `max` (one pass, no recursion). */
function nestedDeeper(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 0x5c) i++
      else if (ch === 0x22) inString = false
    } else if (ch === 0x22) inString = true
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > max) return true
    } else if (ch === 0x7d || ch === 0x5d) depth--
  }
  return false
}

/** JSON.parse with the error shape; never quotes the body (it may be report text). */
function parse(text: string): unknown {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new ApiError(400, 'bad_json', '请求体不是有效的 JSON')
  }
  if (nestedDeeper(text, MAX_DEPTH))
    throw new ApiError(400, 'too_deep', `请求体的 JSON 嵌套超过 ${MAX_DEPTH} 层`)
  return value
}

/** Parses the JSON body (400 when empty, malformed or nested too deep). */
export async function readJson(c: Context): Promise<unknown> {
  const text = await jsonText(c)
  if (!text.trim()) throw new ApiError(400, 'empty_body', '请求体为空，应为 JSON')
  return parse(text)
}

/** A JSON object body, or {} when the body is empty; 400 for anything else. */
export async function readObject(c: Context): Promise<Record<string, unknown>> {
  const text = await jsonText(c)
  if (!text.trim()) return {}
  const body = parse(text)
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

/** A path or query value that must be a positive integer in plain digits (no `1e3`, no 2^53). */
export function positiveInt(value: string | undefined, name: string): number {
  if (!value || !/^[1-9]\d{0,8}$/.test(value))
    throw new ApiError(400, 'bad_request', `${name} 应为正整数`)
  return Number(value)
}
