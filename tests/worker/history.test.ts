/** Diff (canonical JSON patch plus findings on the samples) and the per-rulebook audit log. */

import { describe, expect, it } from 'vitest'
import type { Rulebook } from '../../shared/index'
import { ADMIN, api, createPublished, smallRulebook, wordRule } from './helpers'

interface Diff {
  from: string
  to: string
  patch: string
  samples: {
    sample: string
    before: number
    after: number
    added: { ruleId: string; excerpt: string }[]
    removed: unknown[]
  }[]
}

describe('diff', () => {
  it('shows the JSON change and the findings it adds on the sample reports', async () => {
    const etag = await createPublished('diffed', smallRulebook('diffed', []))
    const draft = (await (
      await api('/v1/rulebooks/diffed/draft', { token: ADMIN })
    ).json()) as Rulebook
    // 工作 occurs in every sample report, so the new rule must add findings on each.
    const rule = wordRule('no-gongzuo', '工作')
    await api('/v1/rulebooks/diffed/draft', {
      method: 'PUT',
      token: ADMIN,
      body: { ...draft, rules: [rule] },
      headers: { 'If-Match': etag },
    })
    const res = await api('/v1/rulebooks/diffed/diff?from=1&to=draft', { token: ADMIN })
    expect(res.status).toBe(200)
    const diff = (await res.json()) as Diff
    expect(diff).toMatchObject({ from: 'v1', to: 'draft' })
    expect(diff.patch).toContain('--- diffed@v1')
    expect(diff.patch).toContain('+++ diffed@draft')
    expect(diff.patch).toMatch(/^\+.*"no-gongzuo"/m)
    expect(diff.samples.map((s) => s.sample)).toHaveLength(3)
    for (const s of diff.samples) {
      expect(s.before).toBe(0)
      expect(s.added.length).toBe(s.after)
      expect(s.added.length).toBeGreaterThan(0)
      expect(s.added.every((f) => f.ruleId === 'no-gongzuo')).toBe(true)
      expect(s.removed).toEqual([])
    }
    const back = (await (
      await api('/v1/rulebooks/diffed/diff?from=1&to=1', { token: ADMIN })
    ).json()) as Diff
    expect(back.samples.every((s) => s.added.length === 0 && s.removed.length === 0)).toBe(true)
    expect(back.patch).not.toMatch(/^[+-][^+-]/m)
  })

  it('400 without from, 404 for a missing version', async () => {
    await createPublished('diff-errors')
    expect((await api('/v1/rulebooks/diff-errors/diff', { token: ADMIN })).status).toBe(400)
    expect((await api('/v1/rulebooks/diff-errors/diff?from=1&to=7', { token: ADMIN })).status).toBe(
      404,
    )
  })
})

describe('audit', () => {
  it('records who did what, newest first', async () => {
    const etag = await createPublished('audited')
    const draft = (await (
      await api('/v1/rulebooks/audited/draft', { token: ADMIN })
    ).json()) as Rulebook
    const saved = await api('/v1/rulebooks/audited/draft', {
      method: 'PUT',
      token: ADMIN,
      body: { ...draft, name: '二' },
      headers: { 'If-Match': etag },
    })
    await api('/v1/rulebooks/audited/publish', {
      method: 'POST',
      token: ADMIN,
      headers: { 'If-Match': saved.headers.get('ETag')! },
      body: { note: '改名' },
    })
    await api('/v1/rulebooks/audited/rollback', {
      method: 'POST',
      token: ADMIN,
      body: { version: 1 },
    })
    const res = await api('/v1/rulebooks/audited/audit', { token: ADMIN })
    const { entries } = (await res.json()) as {
      entries: { action: string; actor: string; at: string; detail: Record<string, unknown> }[]
    }
    expect(entries.map((e) => e.action)).toEqual([
      'version.rollback',
      'version.publish',
      'draft.save',
      'version.publish',
      'rulebook.create',
    ])
    expect(
      entries.every((e) => e.actor === 'admin (ADMIN_TOKEN)' && !Number.isNaN(Date.parse(e.at))),
    ).toBe(true)
    expect(entries[0].detail).toMatchObject({ version: 3, from: 1 })
    expect(entries[1].detail).toMatchObject({ version: 2, note: '改名' })
    const limited = (await (
      await api('/v1/rulebooks/audited/audit?limit=2', { token: ADMIN })
    ).json()) as { entries: unknown[] }
    expect(limited.entries).toHaveLength(2)
  })
})
