/** Admins edit a draft (If-Match / If-None-Match: *), publish it as a new version, or roll back. */

import { Hono } from 'hono'
import { canonicalJson, type Rulebook } from '../../shared/index'
import {
  addVersion,
  createRulebook,
  draftRevision,
  getDraft,
  getVersion,
  latestVersion,
  saveDraft,
  versionOfRevision,
  type Write,
} from '../db/rulebooks'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { callerOf, requireRole } from '../middleware/auth'
import { strongEtag } from '../lib/crypto'
import { etagList, positiveInt, readJson, readObject } from '../lib/request'
import { validOrThrow, withinBudgetOrThrow } from '../lib/validate'

const admin = requireRole('admin')

const draftEtag = (revision: number) => `"draft-${revision}"`

/** The draft revision named by a required If-Match; 428 without one. */
function expectedRevision(header: string | undefined): number | null {
  const tags = etagList(header)
  if (!tags.length) throw new ApiError(428, 'precondition_required', '需要 If-Match：草稿的 ETag')
  const m = tags.map((t) => /^"draft-([1-9]\d{0,8})"$/.exec(t)).find(Boolean)
  return m ? Number(m[1]) : null
}

const exists = (id: string) =>
  new ApiError(412, 'precondition_failed', `规则集“${id}”已存在，请用 If-Match 修改其草稿`)

const stale = () => new ApiError(412, 'precondition_failed', '草稿已被他人修改，请重新获取后再保存')

function noteOf(body: Record<string, unknown>): string {
  if (body.note == null) return ''
  if (typeof body.note !== 'string' || body.note.length > 500)
    throw new ApiError(422, 'invalid', '说明应为不超过 500 字的字符串', [
      { path: 'note', message: '说明应为不超过 500 字的字符串' },
    ])
  return body.note
}

const write = (c: Parameters<typeof callerOf>[0]): Write => ({
  actor: callerOf(c).actor,
  at: new Date().toISOString(),
})

export const drafts = new Hono<AppEnv>()
  .get('/:id/draft', admin, async (c) => {
    const draft = await getDraft(c.env.DB, c.req.param('id'))
    if (!draft) throw new ApiError(404, 'not_found', `规则集“${c.req.param('id')}”不存在`)
    return new Response(draft.body, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        ETag: draftEtag(draft.revision),
        'Cache-Control': 'no-store',
      },
    })
  })
  .put('/:id/draft', admin, async (c) => {
    const id = c.req.param('id')
    const creating = !c.req.header('If-Match') && c.req.header('If-None-Match')?.trim() === '*'
    const revision = creating ? 0 : expectedRevision(c.req.header('If-Match'))
    // Preconditions first and cheaply, so a stale save under contention costs no validation;
    // the conditional write below still decides races.
    const current = await draftRevision(c.env.DB, id)
    if (creating && current != null) throw exists(id)
    if (!creating && current == null) throw new ApiError(404, 'not_found', `规则集“${id}”不存在`)
    if (!creating && revision !== current) throw stale()
    const body = canonicalJson(validOrThrow(await readJson(c), id))
    if (creating) {
      if (!(await createRulebook(c.env.DB, id, body, write(c)))) throw exists(id)
      c.header('ETag', draftEtag(1))
      return c.json({ id, revision: 1 }, 201)
    }
    const saved = await saveDraft(c.env.DB, id, revision!, body, write(c))
    if (saved == null) {
      if (!(await getDraft(c.env.DB, id)))
        throw new ApiError(404, 'not_found', `规则集“${id}”不存在`)
      throw stale()
    }
    c.header('ETag', draftEtag(saved))
    return c.json({ id, revision: saved })
  })
  .post('/:id/publish', admin, async (c) => {
    const id = c.req.param('id')
    const revision = expectedRevision(c.req.header('If-Match'))
    const note = noteOf(await readObject(c))
    const draft = await getDraft(c.env.DB, id)
    if (!draft) throw new ApiError(404, 'not_found', `规则集“${id}”不存在`)
    if (revision !== draft.revision) throw stale()
    const already = await versionOfRevision(c.env.DB, id, draft.revision)
    if (already != null)
      throw new ApiError(
        409,
        'already_published',
        `此草稿已发布为版本 ${already}，修改草稿后才能再次发布`,
      )
    const book = validOrThrow(JSON.parse(draft.body), id)
    await withinBudgetOrThrow(book, c.env)
    const next = ((await latestVersion(c.env.DB, id))?.version ?? 0) + 1
    const published = canonicalJson({ ...book, version: next } satisfies Rulebook)
    const etag = await strongEtag(published)
    const w = write(c)
    const result = await addVersion(
      c.env.DB,
      id,
      { version: next, body: published, etag, note },
      w,
      draft.revision,
    )
    if (result === 'stale') throw stale()
    if (result === 'conflict')
      throw new ApiError(409, 'conflict', '另一次发布同时进行，请刷新后重试')
    c.header('ETag', etag)
    c.header('Location', `/v1/rulebooks/${id}/versions/${next}`)
    return c.json({ id, version: next, etag, author: w.actor, createdAt: w.at, note }, 201)
  })
  .post('/:id/rollback', admin, async (c) => {
    const id = c.req.param('id')
    const input = await readObject(c)
    const version = input.version
    const target = positiveInt(
      typeof version === 'number' || typeof version === 'string' ? String(version) : undefined,
      'version',
    )
    const note = noteOf(input)
    const [source, latest] = await Promise.all([
      getVersion(c.env.DB, id, target),
      latestVersion(c.env.DB, id),
    ])
    if (!source || !latest) throw new ApiError(404, 'not_found', `规则集“${id}”没有版本 ${target}`)
    const ifMatch = etagList(c.req.header('If-Match'))
    if (ifMatch.length && !ifMatch.includes(latest.etag))
      throw new ApiError(412, 'precondition_failed', '已发布的版本已变化')
    const next = latest.version + 1
    const body = canonicalJson({ ...(JSON.parse(source.body) as Rulebook), version: next })
    const etag = await strongEtag(body)
    const w = write(c)
    const rollbackNote = note || `回滚到版本 ${target}`
    const result = await addVersion(
      c.env.DB,
      id,
      { version: next, body, etag, note: rollbackNote, rolledBackFrom: target },
      w,
    )
    if (result !== 'ok') throw new ApiError(409, 'conflict', '另一次发布同时进行，请刷新后重试')
    c.header('ETag', etag)
    c.header('Location', `/v1/rulebooks/${id}/versions/${next}`)
    return c.json(
      {
        id,
        version: next,
        etag,
        author: w.actor,
        createdAt: w.at,
        note: rollbackNote,
        rolledBackFrom: target,
      },
      201,
    )
  })
