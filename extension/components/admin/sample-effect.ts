/** What a draft rulebook does to the bundled sample reports: findings it adds and removes. */

import { lint, type Finding, type Rulebook } from '../../../shared/index'

export interface Sample {
  name: string
  text: string
}

export interface SampleEffect {
  name: string
  added: Finding[]
  removed: Finding[]
}

const keyOf = (f: Finding) => `${f.ruleId}\u0000${f.start}\u0000${f.end}\u0000${f.message}`

function lintSafely(text: string, book: Rulebook): Finding[] {
  try {
    return lint(text, book)
  } catch {
    return []
  }
}

/** Compares findings of `before` and `after` on each sample; samples without changes are left out. */
export function sampleEffect(samples: Sample[], before: Rulebook, after: Rulebook): SampleEffect[] {
  const out: SampleEffect[] = []
  for (const s of samples) {
    const a = lintSafely(s.text, before)
    const b = lintSafely(s.text, after)
    const aKeys = new Set(a.map(keyOf))
    const bKeys = new Set(b.map(keyOf))
    const added = b.filter((f) => !aKeys.has(keyOf(f)))
    const removed = a.filter((f) => !bKeys.has(keyOf(f)))
    if (added.length || removed.length) out.push({ name: s.name, added, removed })
  }
  return out
}
