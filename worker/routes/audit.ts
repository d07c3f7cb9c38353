/** GET /v1/audit: the whole audit log (rulebooks and tokens), newest first, for admins. */

import { Hono } from 'hono'
import { listAudit } from '../db/audit'
import type { AppEnv } from '../env'
import { requireRole } from '../middleware/auth'
import { limitOf } from './history'

export const audit = new Hono<AppEnv>().get('/', requireRole('admin'), async (c) =>
  c.json({ entries: await listAudit(c.env.DB, null, limitOf(c.req.query('limit'))) }),
)
