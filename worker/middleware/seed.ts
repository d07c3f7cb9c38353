/** Seeds the default rulebook on the first request an isolate serves for a database (idempotent). */

import type { MiddlewareHandler } from 'hono'
import { canonicalJson, defaultRulebook } from '../../shared/index'
import { seedRulebook } from '../db/rulebooks'
import type { AppEnv } from '../env'
import { strongEtag } from '../lib/crypto'

/** Databases already seeded by this isolate; the seed itself is safe to repeat. */
const seeded = new WeakSet<D1Database>()

export function seedDefaultRulebook(): MiddlewareHandler<AppEnv> {
  const body = canonicalJson(defaultRulebook)
  return async function seedOnce(c, next) {
    if (!seeded.has(c.env.DB)) {
      const etag = await strongEtag(body)
      await seedRulebook(c.env.DB, defaultRulebook.id, body, etag, {
        actor: 'system (seed)',
        at: new Date().toISOString(),
      })
      seeded.add(c.env.DB)
    }
    await next()
  }
}
