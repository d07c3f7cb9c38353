/** The outline as a tree for drawing, with ghost nodes where numbers are missing and marks on repeats. */

import { canonicalMarker } from '../../../shared/document/markers'
import type { HeadingLevel } from '../../../shared/document/types'
import type { OutlineNode } from '../../../shared/index'
import { headingLabel } from './sections'

/** Why a node is marked: a repeated number, a number going backwards, a list not starting at one. */
export type OutlineMark = 'duplicate' | 'backward' | 'start' | 'continued'

export interface OutlineItem {
  /** `missing` items are ghosts drawn where a number should be (e.g. （五） between （四） and （六）). */
  kind: 'heading' | 'missing'
  level: number
  /** The canonical marker, e.g. "（五）"; for a run of missing numbers "（五）～（七）". */
  marker: string
  /** Heading title for real headings, "缺失" for ghosts. */
  label: string
  /** 0-based line index of a real heading. */
  line?: number
  mark?: OutlineMark
  children: OutlineItem[]
}

const MAX_GHOST_RUN = 1

function ghost(level: HeadingLevel, from: number, to: number): OutlineItem {
  const marker =
    to - from + 1 > MAX_GHOST_RUN
      ? `${canonicalMarker(level, from)}～${canonicalMarker(level, to)}`
      : canonicalMarker(level, from)
  return { kind: 'missing', level, marker, label: '缺失', children: [] }
}

/** Last ordinal at `level` under the previous sibling of `node`'s parent (numbering carried on). */
function carriedFrom(node: OutlineNode, roots: OutlineNode[]): number | undefined {
  const parent = node.parent
  if (!parent) return undefined
  const pool = parent.parent ? parent.parent.children : roots
  for (let j = pool.indexOf(parent) - 1; j >= 0; j--) {
    const same = pool[j].children.filter((c) => c.heading.level === node.heading.level)
    if (same.length) return same[same.length - 1].heading.ordinal
  }
  return undefined
}

function convert(group: OutlineNode[], roots: OutlineNode[]): OutlineItem[] {
  const out: OutlineItem[] = []
  const lastByLevel = new Map<number, number>()
  for (const node of group) {
    const { level, ordinal } = node.heading
    const item: OutlineItem = {
      kind: 'heading',
      level,
      marker: node.heading.canonical,
      label: headingLabel(node.line).slice(node.heading.canonical.length),
      line: node.line.index,
      children: convert(node.children, roots),
    }
    const prev = lastByLevel.get(level)
    if (prev === undefined) {
      const carried = ordinal > 1 ? carriedFrom(node, roots) : undefined
      if (carried !== undefined && ordinal === carried + 1) item.mark = 'continued'
      else if (ordinal > 1) {
        out.push(ghost(level, 1, ordinal - 1))
        item.mark = 'start'
      }
    } else if (ordinal === prev) item.mark = 'duplicate'
    else if (ordinal < prev) item.mark = 'backward'
    else if (ordinal > prev + 1) out.push(ghost(level, prev + 1, ordinal - 1))
    lastByLevel.set(level, Math.max(prev ?? 0, ordinal))
    out.push(item)
  }
  return out
}

/** Converts the engine's outline into drawable items with gaps and repeats marked in place. */
export function outlineWithGaps(roots: OutlineNode[]): OutlineItem[] {
  return convert(roots, roots)
}

/** Counts of problems in the drawn outline, for a one-line summary above the tree. */
export function outlineProblems(items: OutlineItem[]): { missing: number; marked: number } {
  let missing = 0
  let marked = 0
  const walk = (list: OutlineItem[]) => {
    for (const i of list) {
      if (i.kind === 'missing') missing++
      else if (i.mark) marked++
      walk(i.children)
    }
  }
  walk(items)
  return { missing, marked }
}
