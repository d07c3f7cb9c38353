/** Builds the outline tree from heading lines: a heading nests under the nearest shallower one. */

import type { Line, OutlineNode } from './types'

/**
 * Nests headings by level. A deeper heading becomes a child of the last shallower one (skipping a
 * level downward is allowed); a heading at the same or a shallower level closes the deeper ones.
 * A part divider (第一部分, 第二章; `parts`, in document order) closes every level: the headings
 * after it start their numbering again, so its top-level headings form a sibling group of their own.
 */
export function buildOutline(headings: Line[], parts: Line[] = []): OutlineNode[] {
  const roots: OutlineNode[] = []
  const stack: OutlineNode[] = []
  let part = 0
  for (const line of headings) {
    const heading = line.heading!
    if (part < parts.length && parts[part].index < line.index) {
      while (part < parts.length && parts[part].index < line.index) part++
      stack.length = 0
    }
    while (stack.length && stack[stack.length - 1].heading.level >= heading.level) stack.pop()
    const parent = stack[stack.length - 1]
    const node: OutlineNode = { line, heading, parent, children: [] }
    if (part) node.part = part
    ;(parent ? parent.children : roots).push(node)
    stack.push(node)
  }
  return roots
}

const walks = new WeakMap<OutlineNode[], OutlineNode[]>()
const groups = new WeakMap<OutlineNode[], OutlineNode[][]>()

/** The outline depth-first, parents before children (document order); computed once per outline. */
export function walkOutline(nodes: OutlineNode[]): readonly OutlineNode[] {
  let out = walks.get(nodes)
  if (out) return out
  const list: OutlineNode[] = []
  const visit = (level: OutlineNode[]) => {
    for (const node of level) {
      list.push(node)
      visit(node.children)
    }
  }
  visit(nodes)
  walks.set(nodes, list)
  return list
}

/** Sibling groups: the roots (one group per part) and the children of every node, in order. */
export function siblingGroups(roots: OutlineNode[]): readonly OutlineNode[][] {
  let out = groups.get(roots)
  if (out) return out
  out = []
  for (let i = 0; i < roots.length;) {
    let j = i + 1
    while (j < roots.length && roots[j].part === roots[i].part) j++
    out.push(i === 0 && j === roots.length ? roots : roots.slice(i, j))
    i = j
  }
  for (const node of walkOutline(roots)) if (node.children.length) out.push(node.children)
  groups.set(roots, out)
  return out
}
