/** Builds the outline tree from heading lines: a heading nests under the nearest shallower one. */

import type { Line, OutlineNode } from './types'

/**
 * Nests headings by level. A deeper heading becomes a child of the last shallower one (skipping a
 * level downward is allowed); a heading at the same or a shallower level closes the deeper ones.
 */
export function buildOutline(headings: Line[]): OutlineNode[] {
  const roots: OutlineNode[] = []
  const stack: OutlineNode[] = []
  for (const line of headings) {
    const heading = line.heading!
    while (stack.length && stack[stack.length - 1].heading.level >= heading.level) stack.pop()
    const parent = stack[stack.length - 1]
    const node: OutlineNode = { line, heading, parent, children: [] }
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

/** Sibling groups: the roots and the children of every node, each in document order. */
export function siblingGroups(roots: OutlineNode[]): readonly OutlineNode[][] {
  let out = groups.get(roots)
  if (out) return out
  out = roots.length ? [roots] : []
  for (const node of walkOutline(roots)) if (node.children.length) out.push(node.children)
  groups.set(roots, out)
  return out
}
