/** heading-sequence: gaps, repeats, wrong starts and non-restarting numbers among sibling headings. */

import { canonicalMarker } from '../document/markers'
import { siblingGroups } from '../document/outline'
import type { OutlineNode } from '../document/types'
import { defineRuleKind, type ReportFn } from './kind'
import { checksOption } from './util/schema'

type Check = 'skip' | 'duplicate' | 'start' | 'child-reset'

interface Options {
  checks: Check[]
}

function markerRange(node: OutlineNode) {
  return {
    start: node.line.start + node.heading.markerStart,
    end: node.line.start + node.heading.markerEnd,
  }
}

/** Headings of one level under one parent, in order. */
function runs(group: OutlineNode[]): OutlineNode[][] {
  const byLevel = new Map<number, OutlineNode[]>()
  for (const n of group) {
    const list = byLevel.get(n.heading.level) ?? []
    list.push(n)
    byLevel.set(n.heading.level, list)
  }
  return [...byLevel.values()]
}

/** The last ordinal at this level under the parent's previous sibling, for child-reset. */
function previousCousinOrdinal(first: OutlineNode, roots: OutlineNode[]): number | undefined {
  const parent = first.parent
  if (!parent) return undefined
  const pool = parent.parent ? parent.parent.children : roots
  const i = pool.indexOf(parent)
  for (let j = i - 1; j >= 0; j--) {
    const same = pool[j].children.filter((c) => c.heading.level === first.heading.level)
    if (same.length) return same[same.length - 1].heading.ordinal
  }
  return undefined
}

function checkRun(run: OutlineNode[], checks: Set<Check>, report: ReportFn, roots: OutlineNode[]) {
  const first = run[0]
  const n0 = first.heading.ordinal
  if (n0 !== 1) {
    const cousin = first.parent ? previousCousinOrdinal(first, roots) : undefined
    if (cousin !== undefined && n0 === cousin + 1) {
      if (checks.has('child-reset'))
        report({
          messageId: 'childReset',
          data: { found: first.heading.canonical, expected: canonicalOf(first, 1) },
          ...markerRange(first),
        })
    } else if (checks.has('start')) {
      report({
        messageId: 'start',
        data: { found: first.heading.canonical, expected: canonicalOf(first, 1) },
        ...markerRange(first),
      })
    }
  }
  for (let i = 1; i < run.length; i++) {
    const prev = run[i - 1].heading
    const cur = run[i].heading
    const data = {
      found: cur.canonical,
      previous: prev.canonical,
      expected: canonicalOf(run[i], prev.ordinal + 1),
    }
    if (cur.ordinal === prev.ordinal) {
      if (checks.has('duplicate')) report({ messageId: 'duplicate', data, ...markerRange(run[i]) })
    } else if (cur.ordinal > prev.ordinal + 1) {
      if (checks.has('skip')) report({ messageId: 'skip', data, ...markerRange(run[i]) })
    } else if (cur.ordinal < prev.ordinal) {
      if (checks.has('skip')) report({ messageId: 'backward', data, ...markerRange(run[i]) })
    }
  }
}

function canonicalOf(node: OutlineNode, ordinal: number): string {
  return canonicalMarker(node.heading.level, ordinal)
}

export default defineRuleKind<Options>({
  meta: {
    id: 'heading-sequence',
    description: '同级标题序号应连续、不重复、从“一”起，并在每个上级标题下重新编号',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checks: checksOption(['skip', 'duplicate', 'start', 'child-reset']),
      },
    },
    defaultOptions: { checks: ['skip', 'duplicate', 'start', 'child-reset'] },
    messages: {
      skip: '{{found}}之前缺少{{expected}}，序号不连续',
      backward: '序号倒退：{{previous}}之后是{{found}}，应为{{expected}}',
      duplicate: '{{found}}与上一个同级序号重复，应为{{expected}}',
      start: '同级序号应从{{expected}}开始，不应从{{found}}开始',
      childReset: '下级序号应在每个上级标题下重新从{{expected}}编起，不应接续为{{found}}',
    },
  },
  create({ options }) {
    const checks = new Set(options.checks)
    return {
      document(doc, report) {
        for (const group of siblingGroups(doc.outline))
          for (const run of runs(group)) checkRun(run, checks, report, doc.outline)
      },
    }
  },
})
