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
  return dropOverlappingFixes(dropSameFix(out))
}

/**
 * One mistake, one finding: when two rules report the same span with the same fix ("县人民政府:"
 * is both a recipient line without "：" and a half-width mark in Chinese), one stays — the more
 * severe, then the one that says why (a structure or numbering rule) over a generic mark rule.
 */
function dropSameFix(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>()
  const keyOf = (f: Finding) =>
    `${f.start}\u0000${f.end}\u0000${f.fix!.start}\u0000${f.fix!.end}\u0000${f.fix!.replacement}`
  for (const f of findings) {
    if (!f.fix) continue
    const key = keyOf(f)
    const kept = best.get(key)
    if (!kept || rank(f) < rank(kept)) best.set(key, f)
  }
  return findings.filter((f) => !f.fix || best.get(keyOf(f)) === f)
}

const GENERIC: Partial<Record<Finding['category'], number>> = { punctuation: 2, format: 1 }
const rank = (f: Finding) => SEVERITY_ORDER[f.severity] * 10 + (GENERIC[f.category] ?? 0)

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
