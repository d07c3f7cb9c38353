/** Admins compare versions (or a version and the draft) and read a rulebook's audit log. */

import { Hono } from 'hono'
import { listAudit } from '../db/audit'
import { getDraft, getVersion, rulebookExists } from '../db/rulebooks'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { requireRole } from '../middleware/auth'
import { diffRulebooks } from '../lib/diff'
import { positiveInt } from '../lib/request'
import { samples } from '../lib/samples'

const admin = requireRole('admin')

/** A stored body by `N` (a version) or `draft`, with its label. */
async function side(
  db: D1Database,
  id: string,
  ref: string | undefined,
  name: string,
): Promise<{ label: string; body: string }> {
  if (ref === 'draft') {
    const draft = await getDraft(db, id)
    if (!draft) throw new ApiError(404, 'not_found', `规则集“${id}”不存在`)
    return { label: 'draft', body: draft.body }
  }
  const n = positiveInt(ref, name)
  const version = await getVersion(db, id, n)
  if (!version) throw new ApiError(404, 'not_found', `版本 ${n} 不存在`)
  return { label: `v${n}`, body: version.body }
}

/** `?limit=` between 1 and 500, 100 by default. */
export function limitOf(value: string | undefined): number {
  return value == null ? 100 : Math.min(positiveInt(value, 'limit'), 500)
}

export const history = new Hono<AppEnv>()
  .get('/:id/diff', admin, async (c) => {
    const id = c.req.param('id')
    const from = await side(c.env.DB, id, c.req.query('from'), 'from')
    const to = await side(c.env.DB, id, c.req.query('to') ?? 'draft', 'to')
    return c.json({ id, ...diffRulebooks(from, to, samples) })
  })
  .get('/:id/audit', admin, async (c) => {
    const id = c.req.param('id')
    if (!(await rulebookExists(c.env.DB, id)))
      throw new ApiError(404, 'not_found', `规则集“${id}”不存在`)
    return c.json({ id, entries: await listAudit(c.env.DB, id, limitOf(c.req.query('limit'))) })
  })
