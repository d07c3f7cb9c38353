// The paired-marks kind as it was before its needs and pretests (commit 8c992c3), kept as the
// reference tests/engine/rules/paired-marks-needs.test.ts compares the present kind against.

/** paired-marks: unbalanced “”‘’（）《》〈〉【】〔〕, double quotes inside double quotes, 《 inside 《》. */

import { maskedLine } from '../../../../shared/document/mask'
import type { DocModel, Line } from '../../../../shared/document/types'
import { defineRuleKind, type ReportFn } from '../../../../shared/rules/kind'
import { charAt, charBefore, isAsciiAlnum } from '../../../../shared/rules/util/chars'
import { IS_MARK, PAIRS, plain, sideBySide } from '../../../../shared/rules/util/plain-marks'
import { checksOption } from '../../../../shared/rules/util/schema'
import { memoOnLine } from '../../../../shared/document/line-memo'
import { requiredStrings } from '../../../../shared/rules/util/required-strings'

type Check = 'unpaired' | 'quote-nesting' | 'booktitle-nesting'

interface Options {
  checks: Check[]
}

const CLOSERS: Record<string, string> = Object.fromEntries(
  Object.entries(PAIRS).map(([o, c]) => [c, o]),
)
/** Any paired mark. */
const MARKS = /[“”‘’（）《》〈〉【】〔〕]/
/**
 * Where the nested form goes: an inner “” becomes ‘’, an inner 《》 becomes 〈〉. Levels alternate
 * (GB/T 15834 4.8.3.4: “ ‘ “ …), so the mark's family tells which open marks count as levels.
 */
const NESTED: Record<string, [string, string, Check]> = {
  '“': ['‘', '’', 'quote-nesting'],
  '《': ['〈', '〉', 'booktitle-nesting'],
}
const FAMILY: Record<string, [string, string]> = {
  '“': ['“', '‘'],
  '‘': ['“', '‘'],
  '《': ['《', '〈'],
  '〈': ['《', '〈'],
}
/** A list item closed by a lone bracket at the line start: 1） a） 一） — not a stray mark. */
const LIST_ITEM = /^[ \t\u3000\u00a0]*[0-9A-Za-z一二三四五六七八九十]{1,3}）/

interface Open {
  mark: string
  at: number
  /** Inner double pairs on a single-mark level, closed inside this one: [start, end), mark, fixable. */
  nested?: [number, number, string, boolean][]
  /** Stack position of the next outer open mark of the same kind, or -1. */
  prevSame: number
  /** How many levels of its family the closed pairs inside it reach. */
  depth: number
  /** A quote or book-title mark whose enclosing levels alternate double, single, double … from a double one. */
  regular: boolean
}

/** An apostrophe in English (don’t, ’23) rather than a closing single quote. */
function isApostrophe(text: string, i: number, singleOpen: boolean): boolean {
  if (singleOpen) return false
  return isAsciiAlnum(charBefore(text, i)) || isAsciiAlnum(charAt(text, i + 1))
}

function skipped(line: Line, text: string): [number, number] {
  if (line.heading) return [line.heading.markerStart, line.heading.markerEnd]
  const m = LIST_ITEM.exec(text)
  return m ? [m[0].length - 1, m[0].length] : [-1, -1]
}

/** An inner pair longer than this is flagged without a fix: the quotation is too long to be sure of. */
const MAX_FIX_SPAN = 300

/** Whether `text[from, to)` holds `a` or `b`, in constant time after one linear pass per mark pair. */
function marksBetween(text: string): (a: string, b: string, from: number, to: number) => boolean {
  const counts = new Map<string, Int32Array>()
  return (a, b, from, to) => {
    let prefix = counts.get(a + b)
    if (!prefix) {
      prefix = new Int32Array(text.length + 1)
      for (let i = 0; i < text.length; i++)
        prefix[i + 1] = prefix[i] + (text[i] === a || text[i] === b ? 1 : 0)
      counts.set(a + b, prefix)
    }
    return prefix[to] - prefix[from] > 0
  }
}

type Nesting = Parameters<ReportFn>[0] & { check: Check }

function reportNested(open: Open, text: string, report: (found: Nesting) => void): void {
  if (!open.nested) return
  for (const [s, e, mark, fixable] of open.nested) {
    const [o, c, check] = NESTED[mark]
    const messageId = check === 'quote-nesting' ? 'quoteNesting' : 'booktitleNesting'
    const data = { open: o, close: c }
    if (!fixable) report({ check, messageId, data, start: s, end: e })
    else
      report({
        check,
        messageId,
        data,
        start: s,
        end: e,
        fix: { start: s, end: e, replacement: o + text.slice(s + 1, e - 1) + c },
      })
  }
}

interface Stray {
  mark: string
  at: number
}

interface Marks {
  /** Marks left open at the line end, in order. */
  open: Stray[]
  /** Closing marks with no opener. */
  unopened: Stray[]
  /** Nesting findings of both checks, line-relative. */
  nested: Nesting[]
}

const NO_MARKS: Marks = Object.freeze({ open: [], unopened: [], nested: [] }) as unknown as Marks

/** Where a heading's marker ends when no mark stands before it (0 on other lines), else -1. */
function pastMarker(line: Line, text: string): number {
  const h = line.heading
  if (!h) return 0
  for (let i = 0; i < h.markerStart; i++) if (IS_MARK[text.charCodeAt(i)]) return -1
  return h.markerEnd
}

/**
 * Scans one line for the three checks at once. Linear in the line: each mark keeps a stack of
 * where it is open, so no search walks the stack.
 */
function scan(line: Line): Marks {
  const text = maskedLine(line)
  // most lines hold pairs side by side or none (after a heading's marker, which is skipped)
  const from = pastMarker(line, text)
  if (from >= 0 && sideBySide(text, from)) return NO_MARKS
  const nested: Nesting[] = []
  const open: Stray[] = []
  const unopened: Stray[] = []
  let first = 0
  while (first < text.length && !IS_MARK[text.charCodeAt(first)]) first++
  // most lines have no paired mark at all
  if (first === text.length) return NO_MARKS
  const [skipStart, skipEnd] = skipped(line, text)
  if (plain(text, first, skipStart, skipEnd)) return NO_MARKS
  const report = (found: Nesting) => nested.push(found)
  const holds = marksBetween(text)
  const stack: Open[] = []
  /** For each opening mark, the stack position where it is innermost open (-1: not open). */
  const top: Record<string, number> = {
    '“': -1,
    '‘': -1,
    '（': -1,
    '《': -1,
    '〈': -1,
    '【': -1,
    '〔': -1,
  }
  /** The innermost open mark of the quote (or book-title) family of `mark`. */
  const familyOuter = (mark: string): Open | undefined => {
    const family = FAMILY[mark]
    return family ? stack[Math.max(top[family[0]], top[family[1]])] : undefined
  }
  const pop = (): Open => {
    const o = stack.pop()!
    top[o.mark] = o.prevSame
    return o
  }
  for (let i = first; i < text.length; i++) {
    if (!IS_MARK[text.charCodeAt(i)] || (i >= skipStart && i < skipEnd)) continue
    const ch = text[i]
    if (PAIRS[ch] !== undefined) {
      const outer = familyOuter(ch)
      const double = ch === '“' || ch === '《'
      const regular = outer ? outer.regular && outer.mark !== ch : double
      stack.push({ mark: ch, at: i, regular, depth: 0, prevSame: top[ch] })
      top[ch] = stack.length - 1
      continue
    }
    const opener = CLOSERS[ch]
    if (!opener) continue
    const j = top[opener]
    if (ch === '’' && isApostrophe(text, i, j >= 0)) continue
    if (j < 0) {
      unopened.push({ mark: ch, at: i })
      continue
    }
    // marks opened inside this pair and never closed stay open
    while (stack.length > j + 1) {
      const left = pop()
      open.push({ mark: left.mark, at: left.at })
    }
    const closed = pop()
    reportNested(closed, text, report)
    const outer = familyOuter(closed.mark)
    if (outer) outer.depth = Math.max(outer.depth, closed.depth + 1)
    // a double pair right inside a regular double one stands on a single-mark level; its fix is
    // certain when nothing deeper than one more (double) level is inside and the span is short
    if (outer?.regular && outer.mark === closed.mark && NESTED[closed.mark]) {
      const [o, c] = NESTED[closed.mark]
      const fixable =
        closed.depth <= 1 && i + 1 - closed.at <= MAX_FIX_SPAN && !holds(o, c, closed.at, i)
      ;(outer.nested ??= []).push([closed.at, i + 1, closed.mark, fixable])
    }
  }
  for (const o of stack) open.push({ mark: o.mark, at: o.at })
  return { open: open.sort((a, b) => a.at - b.at), unopened, nested }
}

/** How many following lines a mark may stay open: text pasted with hard line breaks wraps pairs. */
const SPAN = 2

/** A line's marks, memoised by text for all three checks; a line whose kind changed is rescanned. */
const marksSlot = memoOnLine(
  (line) => line.text,
  () => ({ kind: '', marks: undefined as Marks | undefined }),
)
function marksOf(line: Line): Marks {
  const slot = marksSlot(line)
  if (!slot.marks || slot.kind !== line.kind) {
    slot.kind = line.kind
    slot.marks = scan(line)
  }
  return slot.marks
}

/**
 * Unbalanced marks over the document. A mark left open at a line end may close on one of the next
 * lines (hard-wrapped paste), and a quote left open before a paragraph that opens with the same
 * quote is a multi-paragraph quotation (GB/T 15834 4.8.3.5); a blank line ends both.
 */
function unpaired(doc: DocModel, report: ReportFn): void {
  let pending: (Stray & { age: number })[] = []
  const flush = (keep: (p: { age: number }) => boolean) => {
    // most lines leave nothing open
    if (!pending.length) return
    for (const p of pending.filter((x) => !keep(x)))
      report({
        messageId: 'unclosed',
        data: { mark: p.mark, pair: PAIRS[p.mark] },
        start: p.at,
        end: p.at + 1,
      })
    pending = pending.filter(keep)
  }
  for (const line of doc.lines) {
    if (line.kind === 'blank') {
      flush(() => false)
      continue
    }
    for (const p of pending) p.age++
    flush((p) => p.age <= SPAN)
    const { open, unopened } = marksOf(line)
    const first = line.text.charAt(line.indent)
    if (first === '“' && pending.at(-1)?.mark === '“') pending.pop()
    for (const c of unopened) {
      const last = pending.at(-1)
      if (last && PAIRS[last.mark] === c.mark) pending.pop()
      else
        report({
          messageId: 'unopened',
          data: { mark: c.mark, pair: CLOSERS[c.mark] },
          start: line.start + c.at,
          end: line.start + c.at + 1,
        })
    }
    for (const o of open) pending.push({ mark: o.mark, at: line.start + o.at, age: 0 })
  }
  flush(() => false)
}

export default defineRuleKind<Options>({
  meta: {
    id: 'paired-marks',
    description: '成对标点不配对（“”‘’（）《》〈〉【】〔〕），引号内再用双引号，书名号内再用《》',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['checks'],
      properties: {
        checks: checksOption(['unpaired', 'quote-nesting', 'booktitle-nesting']),
      },
    },
    defaultOptions: { checks: ['unpaired'] },
    messages: {
      unclosed: '“{{mark}}”缺少对应的“{{pair}}”',
      unopened: '多余的“{{mark}}”，或缺少对应的“{{pair}}”',
      quoteNesting: '引号内再用引号应改用单引号：{{open}}…{{close}}',
      booktitleNesting: '书名号内再用书名号应改用单书名号：{{open}}…{{close}}',
    },
    fixable: true,
  },
  create({ options }) {
    const checks = new Set(options.checks)
    const nesting = checks.has('quote-nesting') || checks.has('booktitle-nesting')
    return {
      line: nesting
        ? (line, report) => {
            for (const { check, ...found } of marksOf(line).nested)
              if (checks.has(check)) report(found)
          }
        : undefined,
      needs: requiredStrings(MARKS.source),
      document: checks.has('unpaired') ? (doc, report) => unpaired(doc, report) : undefined,
    }
  },
})
