// Three-way merge after a 412: my edits replayed on theirs, conflicts kept, never dropped.
import { describe, expect, it } from 'vitest'
import { defaultRulebook, type Rulebook } from '../../../shared/index'
import { mergeDrafts, resolveWithMine } from '../../../extension/components/admin/draft-merge'

const base = defaultRulebook
const withRule = (book: Rulebook, i: number, patch: object): Rulebook => ({
  ...book,
  rules: book.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)),
})

describe('mergeDrafts', () => {
  it('carries my edit of one rule onto their edit of another', () => {
    const theirs = withRule(base, 0, { severity: 'warning' })
    const mine = withRule(base, 1, { enabled: false })
    const r = mergeDrafts(base, theirs, mine)
    expect(r.conflicts).toEqual([])
    expect(r.merged.rules[0].severity).toBe('warning')
    expect(r.merged.rules[1].enabled).toBe(false)
    expect(r.applied).toEqual([`rules:${base.rules[1].id}`])
  })

  it('keeps my added rules and my deletions', () => {
    const added = { ...base.rules[0], id: 'unit-new' }
    const mine = { ...base, rules: [...base.rules.slice(1), added] }
    const theirs = withRule(base, 2, { severity: 'info' })
    const r = mergeDrafts(base, theirs, mine)
    expect(r.merged.rules.map((x) => x.id)).toEqual([
      ...base.rules.slice(1).map((x) => x.id),
      'unit-new',
    ])
    expect(r.merged.rules[1].severity).toBe('info')
  })

  it('reports a conflict when both changed the same rule, keeping both sides', () => {
    // Two severities, both different from the base rule's, so each side really changed it.
    const [theirSeverity, mySeverity] = (['error', 'warning', 'info'] as const).filter(
      (s) => s !== base.rules[0].severity,
    )
    const theirs = withRule(base, 0, { severity: theirSeverity })
    const mine = withRule(base, 0, { severity: mySeverity })
    const r = mergeDrafts(base, theirs, mine)
    expect(r.conflicts).toHaveLength(1)
    expect(r.conflicts[0]).toMatchObject({ key: `rules:${base.rules[0].id}` })
    expect((r.conflicts[0].mine as any).severity).toBe(mySeverity)
    expect((r.conflicts[0].theirs as any).severity).toBe(theirSeverity)
    expect(r.merged.rules[0].severity).toBe(theirSeverity)
    const resolved = resolveWithMine(r, r.conflicts[0].key)
    expect(resolved.conflicts).toEqual([])
    expect(resolved.merged.rules[0].severity).toBe(mySeverity)
    expect(resolved.merged.rules.map((x) => x.id)).toEqual(base.rules.map((x) => x.id))
  })

  it('is not a conflict when both made the same change', () => {
    const both = withRule(base, 0, { enabled: false })
    expect(mergeDrafts(base, both, both).conflicts).toEqual([])
  })

  it('merges document types and top-level fields', () => {
    const mine = { ...base, name: '我的规则集', documentTypes: base.documentTypes.slice(1) }
    const r = mergeDrafts(base, withRule(base, 0, { severity: 'info' }), mine)
    expect(r.merged.name).toBe('我的规则集')
    expect(r.merged.documentTypes.map((t) => t.id)).toEqual(
      base.documentTypes.slice(1).map((t) => t.id),
    )
  })
})
