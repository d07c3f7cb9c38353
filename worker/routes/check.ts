/** POST /v1/check: lints a text with a published rulebook. The text is never stored or logged. */

import { Hono } from 'hono'
import { lint } from '../../shared/index'
import type { AppEnv } from '../env'
import { ApiError, type Issue } from '../errors'
import { requireRole } from '../middleware/auth'
import { publishedRulebook } from '../lib/published'
import { readObject } from '../lib/request'

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** A long report is about 30,000 characters; a paragraph rarely passes 2,000. */
export const MAX_TEXT = 200_000
export const MAX_LINE = 20_000

/**
 * Bounds the engine's work per request. The engine is linear in the text (`npm run bench` prints
 * its growth on adversarial inputs), but a line made only of marks yields a finding every few
 * characters: 20,000 such characters cost about 0.2 s. Texts and lines past these limits are 413.
 */
function tooLongOrThrow(text: string): void {
  if (text.length > MAX_TEXT)
    throw new ApiError(413, 'text_too_long', `text 超过 ${MAX_TEXT} 字，请分段检查`)
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    run = ch === 0x0a || ch === 0x0d ? 0 : run + 1
    if (run > MAX_LINE)
      throw new ApiError(413, 'line_too_long', `有一行超过 ${MAX_LINE} 字，请按段落换行后再检查`)
  }
}

export const check = new Hono<AppEnv>().post('/', requireRole('reader'), async (c) => {
  const input = await readObject(c)
  const issues: Issue[] = []
  if (typeof input.text !== 'string') issues.push({ path: 'text', message: 'text 应为字符串' })
  const id = input.rulebook ?? 'default'
  if (typeof id !== 'string' || !ID.test(id))
    issues.push({ path: 'rulebook', message: 'rulebook 应为规则集编号' })
  if (issues.length) throw new ApiError(422, 'invalid', '请求有误', issues)
  tooLongOrThrow(input.text as string)
  const { meta, book } = await publishedRulebook(c.env.DB, id as string)
  const findings = lint(input.text as string, book)
  c.header('Cache-Control', 'no-store')
  return c.json({
    rulebook: { id: book.id, name: book.name, version: meta.version, etag: meta.etag },
    findings,
  })
})
