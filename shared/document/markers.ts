/** Recognises heading markers at the start of a line, with every common variant kept as a variant. */

import { parseHanzi, toHanzi } from './numerals'
import type { Heading, HeadingLevel, MarkerVariant } from './types'

type MarkerMatch = Omit<Heading, 'titleEnd' | 'runIn'>

const HZ = '[一二三四五六七八九十两]{1,3}'
const OPEN = '[（(]'
const CLOSE = '[）)]'
// a stray mark after a bracketed ordinal; a period that starts an ellipsis ("（一）...") is not one
const EXTRA = '(?:[、，,．:：]|\\.(?!\\.))'

const PAREN_HANZI = new RegExp(`^(${OPEN})(${HZ})(${CLOSE})(${EXTRA}?)`)
const PAREN_ARABIC = new RegExp(`^(${OPEN})(\\d{1,2})(${CLOSE})(${EXTRA}?)`)
const HANZI = new RegExp(`^(${HZ})([、，,．]|\\.(?!\\d))`)
const ARABIC = /^(\d{1,2})([.．](?![\d%％])|、(?!\d))/
// the closing bracket alone: "1）" for （1）, "一）" for （一）
const ONE_PAREN = new RegExp(`^(?:(${HZ})|(\\d{1,2}))${CLOSE}`)
const CIRCLED = /^[\u2460-\u2473]/ // ① … ⑳
const PAREN_GLYPH = /^[\u2474-\u2487]/ // ⑴ … ⒇
const PERIOD_GLYPH = /^[\u2488-\u249B]/ // ⒈ … ⒛
const PAREN_HANZI_GLYPH = /^[\u3220-\u3229]/ // ㈠ … ㈩

/**
 * The code units a marker can start with: brackets, Chinese and Arabic digits, the enclosed glyphs
 * ① … ⒛ and ㈠ … ㈩. Most lines start otherwise and are passed over without a copy or an expression.
 */
const MARKER_START = new Uint8Array(65536)
for (const c of '（(一二三四五六七八九十两0123456789') MARKER_START[c.charCodeAt(0)] = 1
MARKER_START.fill(1, 0x2460, 0x249c)
MARKER_START.fill(1, 0x3220, 0x322a)

/** The GB/T 9704 form of ordinal `n` at `level`: 一、 （一） 1. （1） ①. */
export function canonicalMarker(level: HeadingLevel, n: number): string {
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

function make(
  level: HeadingLevel,
  ordinal: number,
  at: number,
  length: number,
  variant: MarkerVariant,
): MarkerMatch {
  return {
    level,
    ordinal,
    markerStart: at,
    markerEnd: at + length,
    canonical: canonicalMarker(level, ordinal),
    variant,
    textStart: at + length,
  }
}

/** Parenthesised ordinals: （一） （1） and their half-width, mixed and extra-punctuation variants. */
function matchParen(s: string, at: number): MarkerMatch | null {
  const hz = PAREN_HANZI.exec(s)
  const ar = hz ? null : PAREN_ARABIC.exec(s)
  const m = hz ?? ar
  if (!m) return null
  const n = hz ? parseHanzi(m[2]) : Number(m[2])
  if (!n) return null
  const half = m[1] === '(' || m[3] === ')'
  const variant: MarkerVariant = half ? 'halfwidth-paren' : m[4] ? 'extra-punct' : 'ok'
  return make(hz ? 2 : 4, n, at, m[0].length, variant)
}

/**
 * Finds a heading marker at `at` in `line` (after indentation). A decimal like "3.5%" or a year
 * like "2023." is not a marker; neither are "二、三产业" and "3、4月", approximate numbers.
 */
export function matchMarker(line: string, at: number): MarkerMatch | null {
  if (!MARKER_START[line.charCodeAt(at)]) return null
  const s = line.slice(at)
  const first = s.charAt(0)
  if (first === '（' || first === '(') return matchParen(s, at)
  let m = HANZI.exec(s)
  if (m) {
    const n = parseHanzi(m[1])
    if (!n) return null
    if (m[2] === '、' && /^[一二三四五六七八九十]/.test(s.slice(m[0].length))) return null
    return make(1, n, at, m[0].length, m[2] === '、' ? 'ok' : 'hanzi-mark')
  }
  m = ARABIC.exec(s)
  if (m) return make(3, Number(m[1]), at, m[0].length, m[2] === '、' ? 'arabic-dunhao' : 'ok')
  m = ONE_PAREN.exec(s)
  if (m) {
    const n = m[1] ? parseHanzi(m[1]) : Number(m[2])
    return n ? make(m[1] ? 2 : 4, n, at, m[0].length, 'one-paren') : null
  }
  if (CIRCLED.test(s)) return make(5, first.charCodeAt(0) - 0x2460 + 1, at, 1, 'ok')
  // a bracketed glyph takes no point mark either: "⑴，" is one marker, written "（1）"
  const glyphLength = /^.(?:[、，,．:：]|\.(?!\.))/.test(s) ? 2 : 1
  if (PAREN_GLYPH.test(s))
    return make(4, first.charCodeAt(0) - 0x2474 + 1, at, glyphLength, 'enclosed-glyph')
  if (PERIOD_GLYPH.test(s))
    return make(3, first.charCodeAt(0) - 0x2488 + 1, at, 1, 'enclosed-glyph')
  if (PAREN_HANZI_GLYPH.test(s))
    return make(2, first.charCodeAt(0) - 0x3220 + 1, at, glyphLength, 'enclosed-glyph')
  return null
}

/** Completes a marker match into a heading: where its own title ends and whether body text follows. */
export function toHeading(line: string, m: MarkerMatch): Heading {
  TITLE_END.lastIndex = m.textStart
  const stop = TITLE_END.exec(line)
  const titleEnd = stop ? stop.index + 1 : line.length
  // body text after the title's end mark makes a run-in heading (no copies of the line: hot path)
  NOT_SPACE.lastIndex = titleEnd
  const runIn = stop !== null && NOT_SPACE.test(line)
  // spelled out: an object spread here cost more than the rest of parsing the line
  const { level, ordinal, markerStart, markerEnd, canonical, variant, textStart } = m
  return { level, ordinal, markerStart, markerEnd, canonical, variant, textStart, titleEnd, runIn }
}

const TITLE_END = /[。！？]/g
const NOT_SPACE = /\S/g
