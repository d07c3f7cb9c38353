/** The data of a review report, built once and rendered as HTML or Markdown. */

import type { Finding } from '../../../shared/index'
import {
  countFindings,
  groupBySection,
  type Counts,
  type SectionAnchor,
  type SectionGroup,
} from './sections'

export interface ReportInput {
  /** Document title, or the file name. */
  title: string
  /** Where the text came from: "粘贴文本", a file name, a page address. */
  source: string
  rulebook: { id: string; name?: string; version: number }
  findings: Finding[]
  anchors: SectionAnchor[]
  /** When the report was made; injected so rendering stays pure. */
  date: Date
}

export interface ReportModel extends Omit<ReportInput, 'anchors'> {
  counts: Counts
  groups: SectionGroup[]
}

export function buildReport(input: ReportInput): ReportModel {
  const { anchors, ...rest } = input
  return {
    ...rest,
    counts: countFindings(input.findings),
    groups: groupBySection(anchors, input.findings),
  }
}

/** "第 12 行第 3 列". */
export function locationOf(f: Finding): string {
  return `第 ${f.line} 行第 ${f.column} 列`
}

/** "2024-01-15 09:30", local time. */
export function formatDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
