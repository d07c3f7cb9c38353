/** Recognises heading markers at the start of a line, with every common variant kept as a variant. */

import { parseHanzi, toHanzi } from './numerals'
import type { Heading, HeadingLevel, MarkerVariant } from './types'

type MarkerMatch = Omit<Heading, 'titleEnd' | 'runIn'>

/**
 * What a code unit can be in a marker, as bits: the marker is read by code unit (no copy of the
 * line, no expression results: every line that starts like a marker is read, and most are headings).
 */
const START = 1 // a marker can start with it: brackets, digits, numerals, enclosed glyphs
const HZ = 2 // a numeral character 一 … 十 and 两
const NUMERAL = 4 // 一 … 十 without 两: after "二、" it makes an approximate number ("二、三产业")
const EXTRA = 8 // a stray mark after a bracket or a glyph: 、，,．:： ("." separately)
const HANZI_MARK = 16 // the marks a numeral takes: 、，,． ("." separately)
const ENCLOSED = 32 // an enclosed glyph ① … ⒛ or ㈠ … ㈩
const CHAR = new Uint8Array(65536)
const set = (chars: string, bit: number) => {
  for (const c of chars) CHAR[c.charCodeAt(0)] |= bit
}
set('（(一二三四五六七八九十两0123456789', START)
for (let c = 0x2460; c < 0x249c; c++) CHAR[c] |= START | ENCLOSED // ① … ⑳ ⑴ … ⒇ ⒈ … ⒛
for (let c = 0x3220; c < 0x322a; c++) CHAR[c] |= START | ENCLOSED // ㈠ … ㈩
set('一二三四五六七八九十两', HZ)
set('一二三四五六七八九十', NUMERAL)
set('、，,．:：', EXTRA)
set('、，,．', HANZI_MARK)

const DOT = 0x2e // .
const FULL_DOT = 0xff0e // ．
const DUNHAO = 0x3001 // 、
const OPEN = 0xff08 // （
const OPEN_HALF = 0x28 // (
const CLOSE = 0xff09 // ）
const CLOSE_HALF = 0x29 // )
const PERCENT = 0x25 // %
const FULL_PERCENT = 0xff05 // ％

const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isClose = (c: number) => c === CLOSE || c === CLOSE_HALF

/** How many code units from `at` have bit `bit`, counting to `max + 1` at most. */
function run(s: string, at: number, bit: number, max: number): number {
  let i = at
  while (i <= at + max && CHAR[s.charCodeAt(i)] & bit) i++
  return i - at
}

/** The value of the one or two ASCII digits from `at` to `end`, read without a copy. */
function digitValue(s: string, at: number, end: number): number {
  const ones = s.charCodeAt(end - 1) - 0x30
  return end - at === 2 ? (s.charCodeAt(at) - 0x30) * 10 + ones : ones
}

/** How many ASCII digits start at `at`, counting to three at most. */
function digits(s: string, at: number): number {
  let i = at
  while (i < at + 3 && isDigit(s.charCodeAt(i))) i++
  return i - at
}

/** A stray mark at `i` after a bracket or glyph: one of 、，,．:： or a "." that starts no ellipsis. */
function isExtra(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  return (CHAR[c] & EXTRA) !== 0 || (c === DOT && s.charCodeAt(i + 1) !== DOT)
}

/** The variants by the number a packed marker gives them (the constants below). */
const VARIANTS: readonly MarkerVariant[] = [
  'ok',
  'arabic-dunhao',
  'hanzi-mark',
  'halfwidth-paren',
  'extra-punct',
  'enclosed-glyph',
  'one-paren',
]
const OK = 0
const ARABIC_DUNHAO = 1
const HANZI_VARIANT = 2
const HALFWIDTH = 3
const EXTRA_PUNCT = 4
const GLYPH = 5
const ONE_PAREN = 6

/**
 * A marker found by `scanMarker` packed into one number (0: none), so that a probe builds no
 * object: level in bits 0–2, variant in 3–5, length in 6–8, ordinal (0 … 99) above.
 */
function pack(level: HeadingLevel, ordinal: number, length: number, variant: number): number {
  return (((ordinal << 3) | length) << 6) | (variant << 3) | level
}
const levelOf = (p: number) => (p & 7) as HeadingLevel
const variantOf = (p: number) => VARIANTS[(p >> 3) & 7]
const lengthOf = (p: number) => (p >> 6) & 7
const ordinalOf = (p: number) => p >> 9

const canonicals: string[] = []

/** The GB/T 9704 form of ordinal `n` at `level`: 一、 （一） 1. （1） ①. */
export function canonicalMarker(level: HeadingLevel, n: number): string {
  // the forms of the ordinals a marker can have (0 … 99) are written once, shared by every heading
  if (!(Number.isInteger(n) && n >= 0 && n < 100)) return writeMarker(level, n)
  return (canonicals[level * 100 + n] ??= writeMarker(level, n))
}

function writeMarker(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${toHanzi(n)}、`
    case 2:
      return `（${toHanzi(n)}）`
    case 3:
      return `${n}.`
    case 4:
      return `（${n}）`
    case 5:
      return String.fromCharCode(0x2460 + n - 1)
  }
}

/**
 * Parenthesised ordinals at `at`, the line's first code unit a bracket: （一） （1） and their
 * half-width, mixed and extra-punctuation variants.
 */
function scanParen(s: string, at: number): number {
  const open = s.charCodeAt(at)
  const hz = run(s, at + 1, HZ, 3)
  const count = hz || digits(s, at + 1)
  const closeAt = at + 1 + count
  if (count < 1 || count > (hz ? 3 : 2) || !isClose(s.charCodeAt(closeAt))) return 0
  const n = hz ? parseHanzi(s, at + 1, closeAt) : digitValue(s, at + 1, closeAt)
  if (!n) return 0
  const extra = isExtra(s, closeAt + 1)
  const half = open === OPEN_HALF || s.charCodeAt(closeAt) === CLOSE_HALF
  const variant = half ? HALFWIDTH : extra ? EXTRA_PUNCT : OK
  return pack(hz ? 2 : 4, n, count + 2 + (extra ? 1 : 0), variant)
}

/** A numeral and its mark at `at`: 一、 (the standard form) and 一， 一. 一． (variants). */
function scanHanzi(s: string, at: number): number {
  const count = run(s, at, HZ, 3)
  const markAt = at + count
  const mark = s.charCodeAt(markAt)
  if (
    count > 3 ||
    !(CHAR[mark] & HANZI_MARK || (mark === DOT && !isDigit(s.charCodeAt(markAt + 1))))
  )
    return -1
  const n = parseHanzi(s, at, markAt)
  if (!n) return 0
  // "二、三产业": an approximate number, not a heading
  if (mark === DUNHAO && CHAR[s.charCodeAt(markAt + 1)] & NUMERAL) return 0
  return pack(1, n, count + 1, mark === DUNHAO ? OK : HANZI_VARIANT)
}

/** Digits and their mark at `at`: 1. 1． (standard) and 1、; not a decimal "3.5%" nor "3、4月". */
function scanArabic(s: string, at: number): number {
  const count = digits(s, at)
  const markAt = at + count
  const mark = s.charCodeAt(markAt)
  const after = s.charCodeAt(markAt + 1)
  const dot =
    (mark === DOT || mark === FULL_DOT) &&
    !isDigit(after) &&
    after !== PERCENT &&
    after !== FULL_PERCENT
  if (count > 2 || !(dot || (mark === DUNHAO && !isDigit(after)))) return -1
  const n = digitValue(s, at, markAt)
  return pack(3, n, count + 1, mark === DUNHAO ? ARABIC_DUNHAO : OK)
}

/** The closing bracket alone after a numeral or digits: "一）" for （一）, "1）" for （1）. */
function scanOneParen(s: string, at: number): number {
  const hz = run(s, at, HZ, 3)
  const count = hz || digits(s, at)
  if (count < 1 || count > (hz ? 3 : 2) || !isClose(s.charCodeAt(at + count))) return 0
  const n = hz ? parseHanzi(s, at, at + count) : digitValue(s, at, at + count)
  return n ? pack(hz ? 2 : 4, n, count + 1, ONE_PAREN) : 0
}

/** The enclosed glyphs: ① … ⑳ (standard), ⑴ … ⒇, ⒈ … ⒛ and ㈠ … ㈩ (variants). */
function scanGlyph(s: string, at: number): number {
  const c = s.charCodeAt(at)
  if (c <= 0x2473) return pack(5, c - 0x2460 + 1, 1, OK)
  // a bracketed glyph takes no point mark either: "⑴，" is one marker, written "（1）"
  const length = isExtra(s, at + 1) ? 2 : 1
  if (c <= 0x2487) return pack(4, c - 0x2474 + 1, length, GLYPH)
  if (c <= 0x249b) return pack(3, c - 0x2488 + 1, 1, GLYPH)
  return pack(2, c - 0x3220 + 1, length, GLYPH)
}

/** The marker at `at` in `s`, packed (see `pack`), or 0. */
function scanMarker(s: string, at: number): number {
  const first = s.charCodeAt(at)
  if (!(CHAR[first] & START)) return 0
  if (first === OPEN || first === OPEN_HALF) return scanParen(s, at)
  if (CHAR[first] & ENCLOSED) return scanGlyph(s, at)
  // a numeral or digits: with a mark after it, else with a closing bracket
  const marked = CHAR[first] & HZ ? scanHanzi(s, at) : scanArabic(s, at)
  return marked >= 0 ? marked : scanOneParen(s, at)
}

/**
 * Finds a heading marker at `at` in `line` (after indentation). A decimal like "3.5%" or a year
 * like "2023." is not a marker; neither are "二、三产业" and "3、4月", approximate numbers.
 */
export function matchMarker(line: string, at: number): MarkerMatch | null {
  const p = scanMarker(line, at)
  if (!p) return null
  const level = levelOf(p)
  const ordinal = ordinalOf(p)
  const markerEnd = at + lengthOf(p)
  const canonical = canonicalMarker(level, ordinal)
  const variant = variantOf(p)
  return { level, ordinal, markerStart: at, markerEnd, canonical, variant, textStart: markerEnd }
}

/** The heading whose marker starts at `at` in `line`, or null: `toHeading(matchMarker(…))` in one. */
export function headingAt(line: string, at: number): Heading | null {
  const p = scanMarker(line, at)
  if (!p) return null
  const level = levelOf(p)
  const ordinal = ordinalOf(p)
  const markerEnd = at + lengthOf(p)
  const canonical = canonicalMarker(level, ordinal)
  const variant = variantOf(p)
  const titleEnd = titleEndOf(line, markerEnd)
  const runIn = runsOn(line, titleEnd)
  // spelled out, in the order of `toHeading`: headings keep one shape
  return {
    level,
    ordinal,
    markerStart: at,
    markerEnd,
    canonical,
    variant,
    textStart: markerEnd,
    titleEnd,
    runIn,
  }
}

/** Completes a marker match into a heading: where its own title ends and whether body text follows. */
export function toHeading(line: string, m: MarkerMatch): Heading {
  const titleEnd = titleEndOf(line, m.textStart)
  const runIn = runsOn(line, titleEnd)
  // spelled out: an object spread here cost more than the rest of parsing the line
  const { level, ordinal, markerStart, markerEnd, canonical, variant, textStart } = m
  return { level, ordinal, markerStart, markerEnd, canonical, variant, textStart, titleEnd, runIn }
}

/** Just past the heading's own title: its first 。！？ from `from`, else the end of the line. */
function titleEndOf(line: string, from: number): number {
  // `test` and `lastIndex` rather than `exec`: no match array for every heading
  TITLE_END.lastIndex = from
  return TITLE_END.test(line) ? TITLE_END.lastIndex : line.length
}

/** Whether body text follows the title's end (a title that ends the line has nothing after it). */
function runsOn(line: string, titleEnd: number): boolean {
  // nearly always the next code unit tells (a letter right after the 。, or the line's end):
  // the expression only for what may be white space
  if (titleEnd >= line.length) return false
  const next = line.charCodeAt(titleEnd)
  if ((next > 0x20 && next < 0x7f) || (next >= 0x4e00 && next <= 0x9fff)) return true
  NOT_SPACE.lastIndex = titleEnd
  return NOT_SPACE.test(line)
}

const TITLE_END = /[。！？]/g
const NOT_SPACE = /\S/g
