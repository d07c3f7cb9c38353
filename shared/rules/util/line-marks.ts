/** A line's paired marks for paired-marks: what stays open, what closes nothing, and nested pairs. */

import { memoOnLine } from '../../document/line-memo'
import { maskedLine } from '../../document/mask'
import type { Line } from '../../document/types'
import type { ReportFn } from '../kind'
import { charAt, charBefore, isAsciiAlnum } from './chars'
import { IS_MARK, PAIRS, plain, sideBySide } from './plain-marks'

/** The checks of paired-marks. */
export type Check = 'unpaired' | 'quote-nesting' | 'booktitle-nesting'

export const CLOSERS: Record<string, string> = Object.fromEntries(
  Object.entries(PAIRS).map(([o, c]) => [c, o]),
)
/** Any paired mark. */
export const MARKS = /[“”‘’（）《》〈〉【】〔〕]/
/**
 * Where the nested form goes: an inner “” becomes ‘’, an inner 《》 becomes 〈〉. Levels alternate
 * (GB/T 15834 4.8.3.4: “ ‘ “ …), so the mark's family tells which open marks count as levels.
 */
export const NESTED: Record<string, [string, string, Check]> = {
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

export interface Stray {
  mark: string
  at: number
}

export interface Marks {
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
 * Whether the line's marks are whole pairs side by side, or none (after a heading's marker, which
 * is skipped): then no check has anything to say. Most lines are so.
 */
function pairsSideBySide(line: Line): boolean {
  const text = maskedLine(line)
  const from = pastMarker(line, text)
  return from >= 0 && sideBySide(text, from)
}

/**
 * Scans one line for the three checks at once. Linear in the line: each mark keeps a stack of
 * where it is open, so no search walks the stack.
 */
function scan(line: Line): Marks {
  const text = maskedLine(line)
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

/** A line's marks, memoised by text for all three checks; a line whose kind changed is rescanned. */
const marksSlot = memoOnLine(
  (line) => line.text,
  () => ({ kind: '', marks: undefined as Marks | undefined }),
)
export function marksOf(line: Line): Marks {
  // Answered before the memo: a line's first memo entry costs an array and an object (≈ 200 B),
  // more than this native search run again when a second check asks about the same line.
  if (pairsSideBySide(line)) return NO_MARKS
  const slot = marksSlot(line)
  if (!slot.marks || slot.kind !== line.kind) {
    slot.kind = line.kind
    slot.marks = scan(line)
  }
  return slot.marks
}
