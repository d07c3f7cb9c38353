/** Post-processing of findings: ignores, de-duplication and a stable order. */

import type { Finding } from '../types'
import { DisjointRanges } from './intervals'

/** A finding a user chose to ignore: by rule, optionally only where its excerpt matches. */
export interface Ignore {
  ruleId: string
  excerpt?: string
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

export function postprocess(findings: Finding[], ignores: Ignore[] = []): Finding[] {
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const f of findings) {
    if (
      ignores.some((i) => i.ruleId === f.ruleId && (i.excerpt == null || i.excerpt === f.excerpt))
    )
      continue
    const key = `${f.ruleId}\u0000${f.start}\u0000${f.end}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(f)
  }
  out.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
  return dropOverlappingFixes(out)
}

/**
 * Keeps fixes disjoint so "apply all" is well defined: a fix touching a range an earlier finding's
 * fix already changes is withdrawn (the finding stays, as a suggestion without a one-click fix).
 */
function dropOverlappingFixes(findings: Finding[]): Finding[] {
  const taken = new DisjointRanges()
  return findings.map((f) => {
    if (!f.fix || taken.tryAdd(f.fix.start, f.fix.end)) return f
    const { fix: _dropped, ...rest } = f
    return rest
  })
}
