/** POST /v1/check: lints a text with a published rulebook. The text is never stored or logged. */

import { Hono } from 'hono'
import { lint } from '../../shared/index'
import type { AppEnv } from '../env'
import { ApiError, type Issue } from '../errors'
import { requireRole } from '../middleware/auth'
import { publishedRulebook } from '../lib/published'
import { readObject } from '../lib/request'

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/

export const check = new Hono<AppEnv>().post('/', requireRole('reader'), async (c) => {
  const input = await readObject(c)
  const issues: Issue[] = []
  if (typeof input.text !== 'string') issues.push({ path: 'text', message: 'text 应为字符串' })
  const id = input.rulebook ?? 'default'
  if (typeof id !== 'string' || !ID.test(id))
    issues.push({ path: 'rulebook', message: 'rulebook 应为规则集编号' })
  if (issues.length) throw new ApiError(422, 'invalid', '请求有误', issues)
  const { meta, book } = await publishedRulebook(c.env.DB, id as string)
  const findings = lint(input.text as string, book)
  c.header('Cache-Control', 'no-store')
  return c.json({
    rulebook: { id: book.id, name: book.name, version: meta.version, etag: meta.etag },
    findings,
  })
})
