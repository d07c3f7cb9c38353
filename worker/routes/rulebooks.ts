/** Readers' view of rulebooks: the list, the published version (strong ETag, 304), versions. */

import { Hono } from 'hono'
import { getVersion, latestMeta, listRulebooks, listVersions } from '../db/rulebooks'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { requireRole } from '../middleware/auth'
import { etagList, positiveInt } from '../lib/request'

const reader = requireRole('reader')

function jsonBody(body: string, etag: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      ETag: etag,
      'Cache-Control': 'private, no-cache',
    },
  })
}

export const rulebooks = new Hono<AppEnv>()
  .get('/', reader, async (c) => c.json({ rulebooks: await listRulebooks(c.env.DB) }))
  .get('/:id', reader, async (c) => {
    const id = c.req.param('id')
    const meta = await latestMeta(c.env.DB, id)
    if (!meta) throw new ApiError(404, 'not_found', `规则集“${id}”不存在或尚未发布`)
    if (etagList(c.req.header('If-None-Match')).some((t) => t === meta.etag || t === '*'))
      return new Response(null, {
        status: 304,
        headers: { ETag: meta.etag, 'Cache-Control': 'private, no-cache' },
      })
    // Versions are immutable, so the body stored under this version number carries this ETag.
    const version = await getVersion(c.env.DB, id, meta.version)
    return jsonBody(version!.body, meta.etag)
  })
  .get('/:id/versions', reader, async (c) => {
    const versions = await listVersions(c.env.DB, c.req.param('id'))
    if (!versions.length)
      throw new ApiError(404, 'not_found', `规则集“${c.req.param('id')}”没有已发布的版本`)
    return c.json({ id: c.req.param('id'), versions })
  })
  .get('/:id/versions/:n', reader, async (c) => {
    const n = positiveInt(c.req.param('n'), 'version')
    const version = await getVersion(c.env.DB, c.req.param('id'), n)
    if (!version) throw new ApiError(404, 'not_found', `版本 ${n} 不存在`)
    if (etagList(c.req.header('If-None-Match')).includes(version.etag))
      return new Response(null, { status: 304, headers: { ETag: version.etag } })
    return jsonBody(version.body, version.etag)
  })
