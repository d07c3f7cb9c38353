/** Bearer authentication (hashed tokens plus the ADMIN_TOKEN secret) and role checks. */

import type { MiddlewareHandler } from 'hono'
import type { AppEnv, Caller, Role } from '../env'
import { ApiError } from '../errors'
import { findToken } from '../db/tokens'
import { sameDigest, sha256Hex } from '../lib/crypto'

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
const RANK: Record<Role, number> = { reader: 1, admin: 2 }

async function callerFor(token: string, env: AppEnv['Bindings']): Promise<Caller | null> {
  const hash = await sha256Hex(token)
  if (env.ADMIN_TOKEN && sameDigest(hash, await sha256Hex(env.ADMIN_TOKEN)))
    return { role: 'admin', actor: 'admin (ADMIN_TOKEN)' }
  const row = await findToken(env.DB, hash)
  return row ? { role: row.role, actor: `${row.name} (token ${row.id})` } : null
}

/**
 * Resolves the caller from `Authorization: Bearer <token>`: a wrong token is 401 at once, no token
 * leaves the caller empty. Anonymous reads are granted only when configured AND the request is
 * addressed to localhost, so a production deployment can never serve them.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async function authenticateCaller(c, next) {
    const header = c.req.header('Authorization')
    if (header == null) {
      const local = LOCAL_HOSTS.has(new URL(c.req.url).hostname)
      const anonymous = c.env.ALLOW_ANONYMOUS_READS === 'true' && local
      c.set('caller', anonymous ? { role: 'reader', actor: 'anonymous' } : null)
      return next()
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
    if (!match) throw new ApiError(401, 'unauthorized', 'Authorization 头应为 Bearer <token>')
    const caller = await callerFor(match[1], c.env)
    if (!caller) throw new ApiError(401, 'unauthorized', '令牌无效或已吊销')
    c.set('caller', caller)
    await next()
  }
}

/** 401 without a caller, 403 when the caller's role is below `role`. */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async function requireCallerRole(c, next) {
    const caller = c.get('caller')
    if (!caller) throw new ApiError(401, 'unauthorized', '需要令牌：Authorization: Bearer <token>')
    if (RANK[caller.role] < RANK[role])
      throw new ApiError(403, 'forbidden', `此操作需要 ${role} 角色`)
    await next()
  }
}

/** The authenticated caller; only valid after `requireRole`. */
export function callerOf(c: { get(key: 'caller'): Caller | null }): Caller {
  const caller = c.get('caller')
  if (!caller) throw new ApiError(401, 'unauthorized', '需要令牌')
  return caller
}
