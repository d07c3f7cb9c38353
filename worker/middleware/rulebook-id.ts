/** A rulebook id in the path must be one that could exist: 400 before any lookup, never echoed. */

import type { MiddlewareHandler } from 'hono'
import { ID_PATTERN } from '../../shared/rulebook/schema'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'

const ID = new RegExp(ID_PATTERN)

/**
 * Checks `:id` once authentication has run. Without a caller it lets the route answer 401 itself,
 * so nothing about ids is told to anonymous callers.
 */
export function rulebookId(): MiddlewareHandler<AppEnv> {
  return async function checkRulebookId(c, next) {
    const id = c.req.param('id')
    if (c.get('caller') && id != null && (id.length > 80 || !ID.test(id)))
      throw new ApiError(
        400,
        'bad_id',
        '规则集编号只能由小写字母、数字和连字符组成，不超过 80 个字符',
      )
    await next()
  }
}
