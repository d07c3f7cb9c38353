/** Token management for admins: create a reader or admin token (shown once), list, revoke. */

import { Hono } from 'hono'
import { createToken, listTokens, revokeToken } from '../db/tokens'
import type { AppEnv, Role } from '../env'
import { ApiError, type Issue } from '../errors'
import { callerOf, requireRole } from '../middleware/auth'
import { randomId, randomToken, sha256Hex } from '../lib/crypto'
import { readObject } from '../lib/request'

const admin = requireRole('admin')
const ROLES: Role[] = ['reader', 'admin']

export const tokens = new Hono<AppEnv>()
  .post('/', admin, async (c) => {
    const input = await readObject(c)
    const issues: Issue[] = []
    if (typeof input.name !== 'string' || !input.name.trim() || input.name.length > 100)
      issues.push({ path: 'name', message: 'name 应为 1–100 字的名称' })
    if (!ROLES.includes(input.role as Role))
      issues.push({ path: 'role', message: 'role 应为 reader 或 admin' })
    if (issues.length) throw new ApiError(422, 'invalid', '请求有误', issues)
    const token = randomToken()
    const row = {
      id: randomId(),
      hash: await sha256Hex(token),
      name: (input.name as string).trim(),
      role: input.role as Role,
    }
    const at = new Date().toISOString()
    await createToken(c.env.DB, row, callerOf(c).actor, at)
    c.header('Cache-Control', 'no-store')
    return c.json({ id: row.id, name: row.name, role: row.role, createdAt: at, token }, 201)
  })
  .get('/', admin, async (c) => c.json({ tokens: await listTokens(c.env.DB) }))
  .delete('/:id', admin, async (c) => {
    const revoked = await revokeToken(
      c.env.DB,
      c.req.param('id'),
      callerOf(c).actor,
      new Date().toISOString(),
    )
    if (!revoked) throw new ApiError(404, 'not_found', '没有这个有效令牌')
    return c.body(null, 204)
  })
