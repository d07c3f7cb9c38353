/** Inline enumerators inside a paragraph: 一是/二是…, 第一/第二…, 其一/其二…, 首先/其次/再次/最后. */

import { charTable } from '../rules/util/chars'
import { requiredStrings } from '../rules/util/required-strings'
import { lineMemo, memoOnLine } from './line-memo'
import { maskedLine } from './mask'
import type { Line } from './types'

export type EnumFamily = 'shi' | 'di' | 'qi' | 'sequence-words'

export interface Enumerator {
  family: EnumFamily
  /** 1-based position; for 首先/其次/再次 1/2/3, for 最后 Infinity. */
  ordinal: number
  /** Range of the enumerator word relative to the text given, e.g. "二是". */
  start: number
  end: number
  text: string
}

// An enumerator starts a clause: at the start of the text or after a clause-ending mark.
const BOUNDARY = '(?<=^|[。；;！？：:，,]|^[ \\u3000]+)'
// A comma or a stray 顿号 follows; "第一、二季度" and "第一、第二批" are ranges, not enumerators.
const AFTER = '[，,]|、(?![第一二三四五六七八九十])'
const CORE = `(?:([一二三四五六七八九十]{1,3})是(?![否非])|第([一二三四五六七八九十]{1,3})(?=${AFTER})|其([一二三四五六七八九十])(?=${AFTER})|(首先|其次|再次|最后)(?=${AFTER}))`
/**
 * The whole expression: what `scanEnumerators` finds (those whose number reads), and the source
 * of what every line with an enumerator contains.
 */
export const ENUMERATOR_PATTERN = BOUNDARY + CORE
/** Characters every line with an enumerator contains (one of). */
export const ENUMERATOR_NEEDS = requiredStrings(ENUMERATOR_PATTERN)

/**
 * A clause end and a code unit that may start an enumerator; lastIndex - 1 is where that starts.
 * The unit is read, not looked ahead at: V8 searches the pair a third faster than the mark with a
 * lookahead. (No such unit is a clause end, so a search from lastIndex misses no clause start.)
 */
const CLAUSE_START = /[。；;！？：:，,][一二三四五六七八九十第其首再最]/g
const FIRST = charTable('一二三四五六七八九十第其首再最')
const DI = 0x7b2c // 第
const QI = 0x5176 // 其
const SHI = 0x662f // 是
const DUN = 0x3001 // 、
/** The value of each numeral 一…十, 0 for any other code unit. */
const DIGIT = new Uint8Array(65536)
;[...'一二三四五六七八九十'].forEach((c, i) => (DIGIT[c.charCodeAt(0)] = i + 1))
/** A space or U+3000, which may stand before an enumerator at the start of the text. */
const isSpace = (c: number) => c === 0x20 || c === 0x3000
const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: Infinity }

/**
 * Finds inline enumerators in a piece of text, in order. Memoised by text (several rules ask for
 * the same line); the result is shared, so callers must not mutate it.
 */
export const findEnumerators: (text: string) => readonly Enumerator[] = lineMemo((text) =>
  scanEnumerators(text),
)

/** `findEnumerators` of a line's masked text, kept on the line. */
export const lineEnumerators: (line: Line) => readonly Enumerator[] = memoOnLine(
  maskedLine,
  (line) => scanEnumerators(maskedLine(line)),
)

/**
 * The enumerators of `text.slice(from, to)`, at their offsets in `text`: what a global search with
 * ENUMERATOR_PATTERN finds in that slice, less those whose number does not read (一十是).
 */
export function scanEnumerators(text: string, from = 0, to = text.length): Enumerator[] {
  // the search below stops at the end of the string: a quotation's scan must not run on past it
  if (to < text.length) text = text.slice(0, to)
  const out: Enumerator[] = []
  let i = from
  while (i < to && isSpace(text.charCodeAt(i))) i++
  // i walks the clause starts: the first after the leading spaces, then each after a clause end
  // (found by a search: the expression engine walks a line faster than a loop of charCodeAt)
  CLAUSE_START.lastIndex = i
  if (i < to && !FIRST[text.charCodeAt(i)])
    i = CLAUSE_START.test(text) ? CLAUSE_START.lastIndex - 1 : to
  while (i < to) {
    const end = matchAt(text, i, to)
    if (end >= 0) {
      // a match is passed over, as a global search would (it holds no clause end), even when
      // its number does not read
      const e = enumerator(text, text.charCodeAt(i), i, end)
      if (e) out.push(e)
      CLAUSE_START.lastIndex = end
    }
    i = CLAUSE_START.test(text) ? CLAUSE_START.lastIndex - 1 : to
  }
  return out
}

/**
 * `scanEnumerators(text, from)` from `all`, the enumerators of the whole text: a match never holds
 * a clause end, so the clause starts after the first one of the slice are the text's own, and only
 * that first one (where the slice's leading spaces end) is to be tried.
 */
export function enumeratorsFrom(
  text: string,
  all: readonly Enumerator[],
  from: number,
): readonly Enumerator[] {
  return from === 0 ? all : enumeratorsBetween(text, all, from, text.length)
}

/**
 * `scanEnumerators(text, from, to)` from `all`, as `enumeratorsFrom`, where `to` is the end of the
 * text or the place of a closing quotation mark ”: no match holds that mark, and what a match
 * looks at after its end reads it as it reads the end of the slice.
 */
export function enumeratorsBetween(
  text: string,
  all: readonly Enumerator[],
  from: number,
  to: number,
): readonly Enumerator[] {
  let i = from
  while (i < to && isSpace(text.charCodeAt(i))) i++
  // found by halves, not walked: a line quoting many lists asks once per quotation
  const k = firstAtOrAfter(all, i)
  const n = firstAtOrAfter(all, to)
  const rest = k > 0 || n < all.length ? all.slice(k, n) : all
  // what the whole text holds at i, if anything, is what the slice holds there
  if (k < n && all[k].start === i) return rest
  const c = text.charCodeAt(i)
  const end = i < to && FIRST[c] ? matchAt(text, i, to) : -1
  const first = end >= 0 && enumerator(text, c, i, end)
  return first ? [first, ...rest] : rest
}

/** The index of the first of `all` (in text order) starting at `at` or later. */
function firstAtOrAfter(all: readonly Enumerator[], at: number): number {
  let lo = 0
  let hi = all.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (all[mid].start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The enumerator matched in [start, end), or null when its number does not read (一十是). */
function enumerator(text: string, c: number, start: number, end: number): Enumerator | null {
  let family: EnumFamily
  let ordinal: number
  if (DIGIT[c]) {
    family = 'shi'
    ordinal = numeral(text, start, end - 1)
  } else if (c === DI) {
    family = 'di'
    ordinal = numeral(text, start + 1, end)
  } else if (c === QI && DIGIT[text.charCodeAt(start + 1)]) {
    family = 'qi'
    ordinal = DIGIT[text.charCodeAt(start + 1)]
  } else {
    family = 'sequence-words'
    ordinal = SEQUENCE_WORDS[text.slice(start, end)]
  }
  return ordinal ? { family, ordinal, start, end, text: spelled(text, start, end) } : null
}

/** The enumerators two units long (一是, 第三, 其次…) by their units, spelled once. */
const TWO_UNITS = new Map(
  [
    ...[...'一二三四五六七八九十'].flatMap((n) => [`${n}是`, `第${n}`, `其${n}`]),
    ...Object.keys(SEQUENCE_WORDS),
  ].map((s) => [(s.charCodeAt(0) << 16) | s.charCodeAt(1), s]),
)

/** `text.slice(start, end)`; the common two-unit enumerators taken from TWO_UNITS, not copied. */
function spelled(text: string, start: number, end: number): string {
  const known =
    end - start === 2
      ? TWO_UNITS.get((text.charCodeAt(start) << 16) | text.charCodeAt(start + 1))
      : undefined
  return known ?? text.slice(start, end)
}

/** The code unit at `j`, or 0 (in no class) at or past `to`. */
const at = (text: string, j: number, to: number) => (j < to ? text.charCodeAt(j) : 0)

/** The end of CORE matched at `i` (whose code unit is in FIRST), or -1. */
function matchAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i)
  if (DIGIT[c]) {
    // the numerals are greedy, and only the code unit after all of them can be 是
    let j = i + 1
    while (j < i + 3 && DIGIT[at(text, j, to)]) j++
    if (at(text, j, to) !== SHI) return -1
    const n = at(text, j + 1, to)
    return n === 0x5426 || n === 0x975e ? -1 : j + 1 // 否 非
  }
  if (c === DI) {
    let j = i + 1
    while (j < i + 4 && DIGIT[at(text, j, to)]) j++
    return j > i + 1 && after(text, j, to) ? j : -1
  }
  const n = at(text, i + 1, to)
  if (c === QI && DIGIT[n]) return after(text, i + 2, to) ? i + 2 : -1
  // 首先/其次/再次/最后
  const word = c === 0x9996 ? n === 0x5148 : c === 0x6700 ? n === 0x540e : n === 0x6b21 // 先 后 次
  return word && after(text, i + 2, to) ? i + 2 : -1
}

/** AFTER at `j`: a comma, or a 顿号 not followed by a numeral or 第. */
function after(text: string, j: number, to: number): boolean {
  const c = at(text, j, to)
  if (c === 0xff0c || c === 0x2c) return true
  if (c !== DUN) return false
  const n = at(text, j + 1, to)
  return !DIGIT[n] && n !== DI
}

/** 一 … 九十九 written in the numerals of [start, end) (1 to 3 of 一…十), 0 when it does not read. */
function numeral(text: string, start: number, end: number): number {
  const a = DIGIT[text.charCodeAt(start)]
  if (end - start === 1) return a
  const b = DIGIT[text.charCodeAt(start + 1)]
  if (end - start === 2) {
    if (a === 10) return b === 10 ? 0 : 10 + b // 十三
    return b === 10 && a > 1 ? a * 10 : 0 // 三十
  }
  const c = DIGIT[text.charCodeAt(start + 2)]
  return a > 1 && a < 10 && b === 10 && c < 10 ? a * 10 + c : 0 // 三十五
}
