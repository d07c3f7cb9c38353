/** outline-shape: lone sub-headings, stray marks ending standalone headings, and "以下三个方面" against the outline. */

import { findEnumerators } from '../document/enumerations'
import { parseHanzi } from '../document/numerals'
import { siblingGroups, walkOutline } from '../document/outline'
import type { DocModel, Line, OutlineNode } from '../document/types'
import { defineRuleKind, type ReportFn } from './kind'
import { indexOfAny, trimmedLength } from './util/doc-lines'
import { requiredStrings } from './util/required-strings'

type Check = 'orphan' | 'terminal-punct' | 'count-claim'

interface Options {
  check: Check
}

const CLAIM = /(?:以下|如下|下列|从)([一二三四五六七八九十两]|\d{1,2})个?(?:方面|项|点|条|个问题)/g

// The marks a standalone heading must not end with.
const TERMINAL = '。；：;:'

function markerRange(node: OutlineNode) {
  return {
    start: node.line.start + node.heading.markerStart,
    end: node.line.start + node.heading.markerEnd,
  }
}

function checkOrphans(doc: DocModel, report: ReportFn) {
  for (const node of walkOutline(doc.outline)) {
    if (node.children.length !== 1) continue
    const child = node.children[0]
    report({
      messageId: 'orphan',
      data: { parent: node.heading.canonical, child: child.heading.canonical },
      ...markerRange(child),
    })
  }
}

/** A standalone heading ending in 。；： with sub-items or body text of its own; leaf items may read as sentences. */
function checkTerminal(doc: DocModel, report: ReportFn) {
  for (const node of walkOutline(doc.outline)) {
    const { line, heading } = node
    if (heading.runIn) continue
    const text = line.text
    const length = trimmedLength(text)
    // most headings end in no mark: tried by code unit, before anything is built
    if (length === 0 || indexOfAny(text, TERMINAL, length - 1, length) < 0) continue
    if (length <= heading.textStart + 1) continue
    const mark = text.charAt(length - 1)
    // "（一）主要做法：全年开展…。" runs its body in after a colon: not a standalone heading.
    if (indexOfAny(text, '：:；;', heading.textStart, length - 1) >= 0) continue
    const next = nextNonBlank(doc, line.index)
    const hasBody = next?.kind === 'paragraph'
    if (!node.children.length && !hasBody) continue
    // A paragraph after the last leaf item may close the parent's list rather than be its body.
    const siblings = node.parent ? node.parent.children : doc.outline
    if (!node.children.length && siblings[siblings.length - 1] === node) continue
    const end = line.start + length
    report({
      messageId: 'terminal',
      data: { mark },
      start: end - 1,
      end,
      fix: { start: end - 1, end, replacement: '' },
    })
  }
}

/** The first line after `index` that is not blank. */
function nextNonBlank(doc: DocModel, index: number): Line | undefined {
  for (let i = index + 1; i < doc.lines.length; i++)
    if (doc.lines[i].kind !== 'blank') return doc.lines[i]
  return undefined
}

/** The heading right after `index` (blank lines aside) and its later siblings of the same level. */
function listAfter(doc: DocModel, index: number): OutlineNode[] | undefined {
  const next = nextNonBlank(doc, index)
  if (!next?.heading || next.heading.ordinal !== 1) return undefined
  for (const group of siblingGroups(doc.outline)) {
    const i = group.findIndex((n) => n.line === next)
    if (i >= 0) return group.slice(i).filter((n) => n.heading.level === next.heading!.level)
  }
  return undefined
}

/** Whether a heading's own title names one of the document type's required sections (存在的问题…). */
function namesSection(doc: DocModel, node: OutlineNode): boolean {
  const { line, heading } = node
  const title = line.text.slice(heading.textStart, heading.titleEnd)
  return (doc.docType?.requiredSections ?? []).some((section) =>
    [section.name, ...section.synonyms].some((s) => title.includes(s)),
  )
}

/**
 * How many of `list` a claim may count: "做了以下四个方面工作：" before 一、…四、 may be followed at the
 * same level by 五、存在的问题 and 六、下一步打算, which are sections of the report, not claimed items.
 * The list stops at the first later item that names a required section, unless the first one does.
 */
function claimable(doc: DocModel, list: OutlineNode[]): number {
  if (!list.length || namesSection(doc, list[0]!)) return list.length
  const stop = list.findIndex((node) => namesSection(doc, node))
  return stop < 0 ? list.length : stop
}

/** Checks one claim `m` (found in `line.text`) against what follows it. */
function checkClaim(doc: DocModel, line: Line, m: RegExpExecArray, report: ReportFn) {
  const claimed = /\d/.test(m[1]) ? Number(m[1]) : parseHanzi(m[1])
  if (!claimed) return
  const rest = line.text.slice(m.index + m[0].length)
  let actual: number | undefined
  // "存在以下三个问题：一是…二是…" counts the enumerators that follow the colon.
  const colon = /^[^。；]*?[：:]/.exec(rest)
  const inline = colon ? findEnumerators(rest.slice(colon[0].length)) : []
  if (inline.length && inline[0].ordinal === 1) {
    const family = inline.filter((e) => e.family === inline[0].family)
    actual = family.length
  } else if (/^[^。；]*[。：:]?\s*$/.test(rest)) {
    const list = listAfter(doc, line.index)
    if (list && list.length !== claimed) actual = claimable(doc, list)
  }
  if (actual === undefined || actual === claimed) return
  report({
    messageId: 'count',
    data: { claim: m[0], actual },
    start: line.start + m.index,
    end: line.start + m.index + m[0].length,
  })
}

/** Claims are found only on the lines holding what CLAIM needs (the engine's `holding`). */
function checkClaims(doc: DocModel, report: ReportFn, holding: readonly Line[]) {
  for (const line of holding) {
    if (line.kind !== 'paragraph' && line.kind !== 'heading') continue
    CLAIM.lastIndex = 0
    for (let m = CLAIM.exec(line.text); m; m = CLAIM.exec(line.text))
      checkClaim(doc, line, m, report)
  }
}

export default defineRuleKind<Options>({
  meta: {
    id: 'outline-shape',
    description:
      '提纲形态：不设单独一个下级标题，单独成行的标题末尾不加句号，“以下三个方面”与所列条目数一致',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['check'],
      properties: { check: { enum: ['orphan', 'terminal-punct', 'count-claim'] } },
    },
    defaultOptions: { check: 'orphan' },
    messages: {
      orphan: '{{parent}}之下只有一个下级标题{{child}}，应再列一项或取消这一层级',
      terminal: '单独成行的标题末尾不加“{{mark}}”',
      count: '“{{claim}}”与实际所列的{{actual}}项不一致',
    },
    fixable: true,
  },
  create({ options }) {
    return {
      documentNeeds:
        options.check === 'count-claim' ? requiredStrings(CLAIM.source, CLAIM.flags) : undefined,
      document(doc, report, holding) {
        if (options.check === 'orphan') checkOrphans(doc, report)
        else if (options.check === 'terminal-punct') checkTerminal(doc, report)
        else checkClaims(doc, report, holding)
      },
    }
  },
})
