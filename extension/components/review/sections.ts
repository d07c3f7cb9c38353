/** Groups findings by the outline section they fall in, and counts them by severity and category. */

import type { Category, DocModel, Finding, Line, Severity } from '../../../shared/index'

/** A section anchor: a heading line (or a styled .docx heading) that opens a section. */
export interface SectionAnchor {
  /** 0-based line index. */
  line: number
  level: number
  /** Marker plus title, e.g. "（一）坚持政治引领". */
  label: string
}

export interface SectionGroup {
  /** Stable key for rendering and filtering: the anchor's line index, or -1 before any heading. */
  key: number
  /** Labels of the section and its ancestors, outermost first; empty before any heading. */
  path: string[]
  findings: Finding[]
}

export interface Counts {
  total: number
  bySeverity: Record<Severity, number>
  byCategory: Partial<Record<Category, number>>
}

/** Heading title without the run-in body text, e.g. "（一）坚持政治引领，理论武装持续深化". */
export function headingLabel(line: Line): string {
  const h = line.heading
  if (!h) return line.text.trim()
  const title = line.text
    .slice(h.textStart, h.titleEnd)
    .replace(/[。；：]$/, '')
    .trim()
  return `${h.canonical}${title}`
}

/** Section anchors from the model's headings, plus extra anchors (e.g. .docx heading styles). */
export function sectionAnchors(doc: DocModel, extra: SectionAnchor[] = []): SectionAnchor[] {
  const own = doc.headings.map((l) => ({
    line: l.index,
    level: l.heading!.level,
    label: headingLabel(l),
  }))
  const taken = new Set(own.map((a) => a.line))
  return [...own, ...extra.filter((a) => !taken.has(a.line))].sort((a, b) => a.line - b.line)
}

/** Groups `findings` under the last anchor at or before their line, in document order. */
export function groupBySection(anchors: SectionAnchor[], findings: Finding[]): SectionGroup[] {
  const paths: string[][] = []
  const stack: SectionAnchor[] = []
  for (const a of anchors) {
    while (stack.length && stack[stack.length - 1].level >= a.level) stack.pop()
    stack.push(a)
    paths.push(stack.map((s) => s.label))
  }
  const groups = new Map<number, SectionGroup>()
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end)
  for (const f of sorted) {
    const i = lastAtOrBefore(anchors, f.line - 1)
    const key = i < 0 ? -1 : anchors[i].line
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { key, path: i < 0 ? [] : paths[i], findings: [] }))
    g.findings.push(f)
  }
  return [...groups.values()].sort((a, b) => a.key - b.key)
}

function lastAtOrBefore(anchors: SectionAnchor[], line: number): number {
  let lo = 0
  let hi = anchors.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (anchors[mid].line <= line) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

export function countFindings(findings: Finding[]): Counts {
  const counts: Counts = {
    total: findings.length,
    bySeverity: { error: 0, warning: 0, info: 0 },
    byCategory: {},
  }
  for (const f of findings) {
    counts.bySeverity[f.severity]++
    counts.byCategory[f.category] = (counts.byCategory[f.category] ?? 0) + 1
  }
  return counts
}

export interface FindingFilter {
  severities?: Severity[]
  categories?: Category[]
  /** Substring of the message, excerpt or rule id. */
  query?: string
}

export function filterFindings(findings: Finding[], filter: FindingFilter): Finding[] {
  const q = filter.query?.trim()
  return findings.filter(
    (f) =>
      (!filter.severities?.length || filter.severities.includes(f.severity)) &&
      (!filter.categories?.length || filter.categories.includes(f.category)) &&
      (!q || f.message.includes(q) || f.excerpt.includes(q) || f.ruleId.includes(q)),
  )
}
