/** "Apply all certain fixes": the fixes to apply, the resulting text and one combined diff to preview. */

import { structuredPatch } from 'diff'
import { applyFixes, type Finding, type Fix } from '../../../shared/index'

export interface DiffLine {
  op: ' ' | '+' | '-'
  text: string
}

export interface DiffHunk {
  /** 1-based first line of the hunk in the original text. */
  oldStart: number
  lines: DiffLine[]
}

export interface FixPlan {
  fixes: Fix[]
  before: string
  after: string
  hunks: DiffHunk[]
}

/** Plans every certain fix (overlaps resolved by the engine); `hunks` is empty when nothing changes. */
export function planFixes(text: string, findings: Finding[]): FixPlan {
  const { text: after, applied } = applyFixes(text, findings)
  const patch = structuredPatch('原文', '修改后', text, after, '', '', { context: 1 })
  const hunks = patch.hunks.map((h) => ({
    oldStart: h.oldStart,
    lines: h.lines
      .filter((l) => l[0] === ' ' || l[0] === '+' || l[0] === '-')
      .map((l) => ({ op: l[0] as DiffLine['op'], text: l.slice(1) })),
  }))
  return { fixes: applied, before: text, after, hunks }
}
