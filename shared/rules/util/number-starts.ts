/**
 * Where the number-style checks' expressions may match, found with indexOf (or one scan for a
 * class of marks) from a character every match holds: 年, ".", "/", a range's mark. An expression
 * is then tried there only, not searched for along the line. The native scans cost a fraction of
 * a loop over the line's characters in JavaScript.
 */

import { hoisted } from './regex-hoist'

/** Whether `text[i]` is an ASCII digit (false outside the text). */
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}

/** An ASCII or full-width digit. */
function wideDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)
}

/** A character of a figure with decimals: a digit of either width or a point of either width. */
function figureCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 46 || c === 0xff0e
}

/** %, ％, 万 or 亿: the unit range-unit looks for after the second figure. */
function unitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c === 0x25 || c === 0xff05 || c === 0x4e07 || c === 0x4ebf
}

/** What may stand between the two figures of a range: its marks and spaces. */
function jointAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (
    c === 0x2014 || // —
    c === 0xff5e || // ～
    c === 0x301c || // 〜
    c === 0x81f3 || // 至
    c === 0x5230 || // 到
    c === 126 || // ~
    c === 45 || // -
    c === 0xff0d || // －
    c === 32 ||
    c === 0x3000 ||
    c === 0xa0
  )
}

/** `xs` in ascending order (candidates found from two characters may interleave). */
function ascending(xs: number[]): number[] {
  for (let i = 1; i < xs.length; i++) if (xs[i] < xs[i - 1]) return xs.sort((a, b) => a - b)
  return xs
}

/**
 * year-abbrev: two digits before 年 with no digit before them ("23年", never "2023年"), or a quote
 * before two digits ("’23"). One search finds both, in order.
 */
// (the quote's digits read, not looked ahead at: a lookahead there halves the search's speed)
const YEAR_ABBREV = hoisted(/(?<!\d)\d\d年|['’]\d\d/g)
const NIAN = 0x5e74 // 年

export function yearAbbrevStarts(text: string): number[] {
  const out: number[] = []
  YEAR_ABBREV.lastIndex = 0
  // a test, not exec: either match is three units long, ending where the search stopped
  while (YEAR_ABBREV.test(text)) {
    const end = YEAR_ABBREV.lastIndex
    out.push(end - 3)
    // a quote's digits may be a year's ("’23年"), which the search has passed over
    if (text.charCodeAt(end - 1) !== NIAN && text.charCodeAt(end) === NIAN) out.push(end - 2)
  }
  return out
}

/** zero-glyph: 一 or 二 four characters before 年. */
export function zeroGlyphStarts(text: string): number[] {
  const out: number[] = []
  for (let k = text.indexOf('年', 4); k >= 0; k = text.indexOf('年', k + 1)) {
    const c = text.charCodeAt(k - 4)
    if (c === 0x4e00 || c === 0x4e8c) out.push(k - 4) // 一 二
  }
  return out
}

/** date-separators: 19xx or 20xx before "." or "/". */
export function dateSeparatorStarts(text: string): number[] {
  const out: number[] = []
  for (const sep of DATE_SEPARATORS)
    for (let k = text.indexOf(sep, 4); k >= 0; k = text.indexOf(sep, k + 1)) {
      const p = k - 4
      const a = text.charCodeAt(p)
      const b = text.charCodeAt(p + 1)
      const century = a === 49 ? b === 57 : a === 50 && b === 48
      if (century && digitAt(text, p + 2) && digitAt(text, p + 3)) out.push(p)
    }
  return ascending(out)
}
const DATE_SEPARATORS = ['.', '/']

/** decimal-zero: a "." between a CJK character and a digit. */
export function decimalZeroStarts(text: string): number[] {
  const out: number[] = []
  for (let k = text.indexOf('.', 1); k >= 0; k = text.indexOf('.', k + 1)) {
    const c = text.charCodeAt(k - 1)
    if (c >= 0x4e00 && c <= 0x9fff && digitAt(text, k + 1)) out.push(k)
  }
  return out
}

/** The marks that join the two figures of a range (range-unit: spaces may stand around them). */
const JOINT = /[—～〜至到~\-－]/g

/**
 * range-unit: the two figures of a match are joined by one of `JOINT`, with only spaces or a
 * second "—" beside it, and the second figure is followed by %, 万 or 亿. From each such mark,
 * walking back over the marks and the first figure, the match can start only where a run of
 * digits starts inside that figure.
 */
export function rangeUnitStarts(text: string): number[] {
  const out: number[] = []
  let top = -1
  JOINT.lastIndex = 0
  // a test, not exec: the mark is one character, ending where the search stopped
  while (JOINT.test(text)) {
    const at = JOINT.lastIndex - 1
    let k = at + 1
    while (jointAt(text, k)) k++
    if (!wideDigitAt(text, k)) continue
    // the second figure runs up to its unit: 15～30% (not 1—6月)
    while (figureCharAt(text, k)) k++
    if (!unitAt(text, k)) continue
    let i = at - 1
    while (jointAt(text, i)) i--
    if (!wideDigitAt(text, i)) continue
    const last = i
    while (figureCharAt(text, i)) i--
    // a second mark of the same joint ("——", "- -") finds the same figure again
    for (let s = Math.max(i + 1, top + 1); s <= last; s++)
      if (wideDigitAt(text, s) && !wideDigitAt(text, s - 1)) out.push((top = s))
  }
  return out
}
