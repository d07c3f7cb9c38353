/** CORS for the extension's origin and configured admin origins only (`CORS_ORIGINS`). */

import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { AppEnv } from '../env'

function matcher(list: string): (origin: string) => boolean {
  const patterns = list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        new RegExp(
          '^' +
            p
              .split('*')
              .map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
              .join('[^/]*') +
            '$',
        ),
    )
  return (origin) => patterns.some((re) => re.test(origin))
}

/** Configured once per origin list; requests from other origins get no CORS headers. */
export function corsFromEnv(): MiddlewareHandler<AppEnv> {
  const cache = new Map<string, MiddlewareHandler>()
  return async function corsForConfiguredOrigins(c, next) {
    const list = c.env.CORS_ORIGINS ?? ''
    let handler = cache.get(list)
    if (!handler) {
      const allowed = matcher(list)
      handler = cors({
        origin: (origin) => (allowed(origin) ? origin : null),
        allowMethods: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
        exposeHeaders: ['ETag'],
        maxAge: 600,
      })
      cache.set(list, handler)
    }
    return handler(c, next)
  }
}
