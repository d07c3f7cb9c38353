/** Three-way merge of rulebook drafts after a 412: the admin's edits replayed onto the newer version. */

import {
  canonicalJson,
  type DocumentType,
  type RuleEntry,
  type Rulebook,
} from '../../../shared/index'

/** Where both sides changed the same thing differently; the admin picks one, nothing is dropped. */
export interface Conflict {
  /** "rules:numbering-skip", "documentTypes:work-summary" or "field:name". */
  key: string
  label: string
  base?: unknown
  theirs?: unknown
  mine?: unknown
}

export interface MergeResult {
  /** Theirs plus every edit of mine that does not conflict; conflicting items keep theirs until resolved. */
  merged: Rulebook
  conflicts: Conflict[]
  /** Keys of my edits that were carried over cleanly. */
  applied: string[]
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null)

interface Keyed {
  id: string
}

/** Merges one id-keyed list; my deletions and additions count as edits too. */
function mergeList<T extends Keyed>(
  prefix: string,
  base: T[],
  theirs: T[],
  mine: T[],
  out: MergeResult,
): T[] {
  const b = new Map(base.map((x) => [x.id, x]))
  const t = new Map(theirs.map((x) => [x.id, x]))
  const m = new Map(mine.map((x) => [x.id, x]))
  const result = new Map(t)
  for (const id of new Set([...b.keys(), ...m.keys()])) {
    const mineX = m.get(id)
    const baseX = b.get(id)
    if (same(mineX, baseX)) continue // not edited by me
    const theirX = t.get(id)
    const key = `${prefix}:${id}`
    if (same(theirX, baseX) || same(theirX, mineX)) {
      if (mineX) result.set(id, mineX)
      else result.delete(id)
      out.applied.push(key)
    } else out.conflicts.push({ key, label: id, base: baseX, theirs: theirX, mine: mineX })
  }
  // Keep their order, then my new items in my order.
  const order = [...theirs.map((x) => x.id), ...mine.map((x) => x.id).filter((id) => !t.has(id))]
  return order.filter((id) => result.has(id)).map((id) => result.get(id)!)
}

const FIELDS = ['name', 'description'] as const

/**
 * Replays my edits (mine vs base) onto theirs. A rule or document type changed by both sides in
 * different ways is a conflict; everything else merges. `version` and `id` come from theirs.
 */
export function mergeDrafts(base: Rulebook, theirs: Rulebook, mine: Rulebook): MergeResult {
  const out: MergeResult = { merged: theirs, conflicts: [], applied: [] }
  const rules = mergeList<RuleEntry>('rules', base.rules, theirs.rules, mine.rules, out)
  const documentTypes = mergeList<DocumentType>(
    'documentTypes',
    base.documentTypes,
    theirs.documentTypes,
    mine.documentTypes,
    out,
  )
  const merged: Rulebook = { ...theirs, rules, documentTypes }
  for (const f of FIELDS) {
    if (same(mine[f], base[f])) continue
    const key = `field:${f}`
    if (same(theirs[f], base[f]) || same(theirs[f], mine[f])) {
      ;(merged as any)[f] = mine[f]
      out.applied.push(key)
    } else out.conflicts.push({ key, label: f, base: base[f], theirs: theirs[f], mine: mine[f] })
  }
  out.merged = merged
  return out
}

/** Resolves one conflict with my side (or theirs, the default already in `merged`). */
export function resolveWithMine(result: MergeResult, key: string): MergeResult {
  const c = result.conflicts.find((x) => x.key === key)
  if (!c) return result
  const [prefix, id] = key.split(':') as [string, string]
  const merged: Rulebook = { ...result.merged }
  if (prefix === 'field') (merged as any)[id] = c.mine
  else {
    const list = (prefix === 'rules' ? merged.rules : merged.documentTypes) as Keyed[]
    const i = list.findIndex((x) => x.id === id)
    const next = list.filter((x) => x.id !== id)
    if (c.mine) next.splice(i < 0 ? next.length : i, 0, c.mine as Keyed)
    if (prefix === 'rules') merged.rules = next as RuleEntry[]
    else merged.documentTypes = next as DocumentType[]
  }
  return {
    merged,
    conflicts: result.conflicts.filter((x) => x !== c),
    applied: [...result.applied, key],
  }
}
