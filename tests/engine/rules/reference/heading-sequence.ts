/** heading-sequence: gaps, repeats, wrong starts and non-restarting numbers among sibling headings. */

import { canonicalMarker } from '../../../../shared/document/markers'
import { siblingGroups } from '../../../../shared/document/outline'
import type { OutlineNode } from '../../../../shared/document/types'
import { defineRuleKind, type ReportFn } from '../../../../shared/rules/kind'
import { checksOption } from '../../../../shared/rules/util/schema'

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
  // siblings are nearly always of one level: the group is then its only run
  const level = group[0].heading.level
  if (group.every((n) => n.heading.level === level)) return [group]
  const byLevel = new Map<number, OutlineNode[]>()
  for (const n of group) {
    const list = byLevel.get(n.heading.level) ?? []
    list.push(n)
    byLevel.set(n.heading.level, list)
  }
  return [...byLevel.values()]
}

/** The last ordinal at this level under the parent's previous sibling, for child-reset. */
function previousCousinOrdinal(
  first: OutlineNode,
  roots: OutlineNode[],
  position: Map<OutlineNode, number>,
): number | undefined {
  const parent = first.parent
  if (!parent) return undefined
  const pool = parent.parent ? parent.parent.children : roots
  if (!position.has(parent)) pool.forEach((n, i) => position.set(n, i))
  for (let j = position.get(parent)! - 1; j >= 0; j--) {
    const same = pool[j].children.filter((c) => c.heading.level === first.heading.level)
    if (same.length) return same[same.length - 1].heading.ordinal
  }
  return undefined
}

type Finding = Parameters<ReportFn>[0] & { check: Check }

/** Every check's findings on one outline, computed once for the rules that share it. */
const findingsByOutline = new WeakMap<OutlineNode[], Finding[]>()

function outlineFindings(roots: OutlineNode[]): Finding[] {
  let found = findingsByOutline.get(roots)
  if (found) return found
  found = []
  const position = new Map<OutlineNode, number>()
  for (const group of siblingGroups(roots))
    for (const run of runs(group)) checkRun(run, found, roots, position)
  findingsByOutline.set(roots, found)
  return found
}

function checkRun(
  run: OutlineNode[],
  out: Finding[],
  roots: OutlineNode[],
  position: Map<OutlineNode, number>,
) {
  const first = run[0]
  const n0 = first.heading.ordinal
  if (n0 !== 1) {
    const cousin = first.parent ? previousCousinOrdinal(first, roots, position) : undefined
    const data = { found: first.heading.canonical, expected: canonicalOf(first, 1) }
    if (cousin !== undefined && n0 === cousin + 1)
      out.push({ check: 'child-reset', messageId: 'childReset', data, ...markerRange(first) })
    else out.push({ check: 'start', messageId: 'start', data, ...markerRange(first) })
  }
  for (let i = 1; i < run.length; i++) {
    const prev = run[i - 1].heading
    const cur = run[i].heading
    // after a repeat (二、 二、), the next one two higher (四、) is in its place: one slip, one finding
    const afterRepeat = i > 1 && run[i - 2].heading.ordinal === prev.ordinal
    const verdict: [Check, string] | undefined =
      cur.ordinal === prev.ordinal
        ? ['duplicate', 'duplicate']
        : cur.ordinal > prev.ordinal + 1 && !(afterRepeat && cur.ordinal === prev.ordinal + 2)
          ? ['skip', 'skip']
          : cur.ordinal < prev.ordinal
            ? ['skip', 'backward']
            : undefined
    if (!verdict) continue
    const data = {
      found: cur.canonical,
      previous: prev.canonical,
      expected: canonicalOf(run[i], prev.ordinal + 1),
    }
    out.push({ check: verdict[0], messageId: verdict[1], data, ...markerRange(run[i]) })
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
        for (const { check, ...finding } of outlineFindings(doc.outline))
          if (checks.has(check)) report(finding)
      },
    }
  },
})
