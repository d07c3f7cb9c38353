// Matching fixture entries to findings, shared by the golden and generalisation tests.
import type { Finding } from '../../shared/index'

/** A place in a fixture: text around it, its nth occurrence (1-based), the part a finding must overlap. */
export interface FixtureEntry {
  match: string
  nth?: number
  span?: string
}

/** The range of `span` (default the whole match) inside the nth occurrence of `match`. */
export function locate(text: string, entry: FixtureEntry): { start: number; end: number } {
  let at = -1
  for (let n = 0; n < (entry.nth ?? 1); n++) {
    at = text.indexOf(entry.match, at + 1)
    if (at < 0) throw new Error(`fixture text has no occurrence ${n + 1} of “${entry.match}”`)
  }
  const inner = entry.span ? entry.match.indexOf(entry.span) : 0
  if (inner < 0) throw new Error(`span “${entry.span}” is not inside “${entry.match}”`)
  return { start: at + inner, end: at + inner + (entry.span ?? entry.match).length }
}

export const overlaps = (f: Finding, r: { start: number; end: number }) =>
  (f.start < r.end && r.start < f.end) ||
  (f.start === f.end && f.start >= r.start && f.start < r.end)

export const loud = (f: Finding) => f.severity === 'error' || f.severity === 'warning'

/** Findings one per line, for assertion messages. */
export function show(findings: Finding[]): string {
  const lines = findings.map(
    (f) =>
      `  ${f.line}:${f.column} ${f.severity} [${f.category}] ${f.ruleId} “${f.excerpt}” ${f.message}`,
  )
  return lines.join('\n') || '  (none)'
}
