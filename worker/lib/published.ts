/** Published rulebooks parsed once per ETag, so checks do not re-parse the same version. */

import type { Rulebook } from '../../shared/index'
import { getVersion, latestMeta, type VersionMeta } from '../db/rulebooks'
import { ApiError } from '../errors'

const parsed = new Map<string, Rulebook>()
const MAX_CACHED = 32

/** The published version of rulebook `id` and its parsed rules; 404 when none is published. */
export async function publishedRulebook(
  db: D1Database,
  id: string,
): Promise<{ meta: VersionMeta; book: Rulebook }> {
  const meta = await latestMeta(db, id)
  if (!meta) throw new ApiError(404, 'not_found', `规则集“${id}”不存在或尚未发布`)
  const key = `${id}\u0000${meta.etag}`
  let book = parsed.get(key)
  if (!book) {
    const version = await getVersion(db, id, meta.version)
    if (!version) throw new ApiError(404, 'not_found', `规则集“${id}”不存在或尚未发布`)
    book = JSON.parse(version.body) as Rulebook
    if (parsed.size >= MAX_CACHED) parsed.delete(parsed.keys().next().value as string)
    parsed.set(key, book)
  }
  return { meta, book }
}
