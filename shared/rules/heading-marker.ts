/** heading-marker: heading numbers written in a non-standard form (1、 （一）、 一， (一) ⑴), fixed in place. */

import { matchMarker } from '../document/markers'
import type { Heading } from '../document/types'
import { defineRuleKind, type Report } from './kind'
import type { Needs } from './util/required-strings'

export type Check =
  | 'arabic-dunhao'
  | 'extra-punct'
  | 'hanzi-mark'
  | 'halfwidth-paren'
  | 'enclosed-glyph'
  | 'one-paren'

interface Options {
  check: Check
}

/** Every check, in the order of the schema. */
export const CHECKS: Check[] = [
  'arabic-dunhao',
  'extra-punct',
  'hanzi-mark',
  'halfwidth-paren',
  'enclosed-glyph',
  'one-paren',
]
const EXTRA = /[、，,.．:：]$/

const NUMERALS = [...'一二三四五六七八九十两']
const DIGITS = [...'0123456789']
/** Every `a` followed by every `b`: the two-character strings a marker's last two may be. */
const pairs = (a: readonly string[], b: readonly string[]) => a.flatMap((x) => b.map((y) => x + y))
const ENCLOSED_VARIANTS = String.fromCharCode(
  ...Array.from({ length: 0x249c - 0x2474 }, (_, i) => 0x2474 + i), // ⑴ … ⒇ ⒈ … ⒛
  ...Array.from({ length: 10 }, (_, i) => 0x3220 + i), // ㈠ … ㈩
)

/**
 * What a heading line must hold for each check to find anything in its marker (see
 * `checkMarker` and the marker scanner): most headings hold none, and the engine then skips them.
 */
const NEEDS: Record<Check, Needs> = {
  // digits and 、: "1、"
  'arabic-dunhao': pairs(DIGITS, ['、']),
  // a closing bracket and a stray mark after it: "（一）、" "(1)."
  'extra-punct': pairs([...')）'], [...'、，,.．:：']),
  // a numeral and a mark other than 、: "一，" "一．"
  'hanzi-mark': pairs(NUMERALS, [...'，,．.']),
  // a half-width bracket: "(一)" "（1)"
  'halfwidth-paren': '()',
  // a ⑴-, ⒈- or ㈠-style glyph (① … ⑳ are the standard form)
  'enclosed-glyph': ENCLOSED_VARIANTS,
  // a numeral or digits right before the closing bracket: "一）" "1)"
  'one-paren': pairs([...NUMERALS, ...DIGITS], [...')）']),
}

/** The parts of a parenthesised marker: its brackets (with the numeral) and any mark after them. */
function parenParts(h: Heading, marker: string) {
  const hasExtra = EXTRA.test(marker) && /[)）]/.test(marker.slice(-2, -1))
  const closeAt = hasExtra ? marker.length - 1 : marker.length
  return {
    open: marker.charAt(0),
    numeral: marker.slice(1, closeAt - 1),
    close: marker.charAt(closeAt - 1),
    closeAt,
    extra: hasExtra ? marker.charAt(closeAt) : '',
  }
}

/**
 * Whether the line still starts with a clean marker of the same number once the marker is replaced:
 * "⒈2023年" would read "1.2023年" (a decimal, no heading), "⑴：." "（1）." (a stray mark) and
 * "1、.." "1..." (an ellipsis).
 */
function replacesCleanly(h: Heading, rest: string): boolean {
  if (/^[.．。、，,:：;；]/.test(rest)) return false
  const m = matchMarker(h.canonical + rest, 0)
  return (
    !!m &&
    m.level === h.level &&
    m.ordinal === h.ordinal &&
    m.variant === 'ok' &&
    m.markerEnd === h.canonical.length
  )
}

/**
 * What check `check` finds in heading `h` whose marker reads `marker` and is followed by `rest`, or
 * null. A marker of variant 'ok' is GB/T 9704's own form: no check finds anything in it.
 */
export function checkMarker(check: Check, h: Heading, marker: string, rest: string): Report | null {
  const at = h.markerStart
  const isParen = (h.level === 2 || h.level === 4) && /^[(（]/.test(marker)
  if (check === 'arabic-dunhao') {
    if (h.level !== 3 || !marker.endsWith('、')) return null
    const expected = h.canonical
    const found = { messageId: 'arabicDunhao', data: { expected }, start: at, end: h.markerEnd }
    if (!replacesCleanly(h, rest)) return found
    return { ...found, fix: { start: at, end: h.markerEnd, replacement: expected } }
  }
  if (check === 'hanzi-mark') {
    if (h.level !== 1 || marker.endsWith('、')) return null
    const mark = at + marker.length - 1
    const found = {
      messageId: 'hanziMark',
      data: { expected: h.canonical, mark: marker.slice(-1) },
      start: at,
      end: h.markerEnd,
    }
    if (!replacesCleanly(h, rest)) return found
    return { ...found, fix: { start: mark, end: h.markerEnd, replacement: '、' } }
  }
  if (check === 'enclosed-glyph' || check === 'one-paren') {
    if (h.variant !== check) return null
    const found = {
      messageId: check === 'one-paren' ? 'oneParen' : 'enclosedGlyph',
      data: { glyph: marker, found: marker, expected: h.canonical },
    }
    if (!replacesCleanly(h, rest)) return { ...found, start: at, end: h.markerEnd }
    return {
      ...found,
      start: at,
      end: h.markerEnd,
      fix: { start: at, end: h.markerEnd, replacement: h.canonical },
    }
  }
  if (!isParen) return null
  const p = parenParts(h, marker)
  if (check === 'halfwidth-paren') {
    if (p.open === '（' && p.close === '）') return null
    const end = at + p.closeAt
    const expected = `（${p.numeral}）`
    return {
      messageId: 'halfwidthParen',
      data: { found: marker.slice(0, p.closeAt), expected },
      start: at,
      end,
      fix: { start: at, end, replacement: expected },
    }
  }
  if (!p.extra) return null
  const start = at + p.closeAt
  const bracket = marker.slice(0, p.closeAt)
  return {
    messageId: 'extraPunct',
    data: { marker: bracket, mark: p.extra },
    start,
    end: start + 1,
    fix: { start, end: start + 1, replacement: '' },
  }
}

export default defineRuleKind<Options>({
  meta: {
    id: 'heading-marker',
    description:
      '标题序号的写法：1.、（一）、一、的标点与括号须合乎 GB/T 15834 附录B、GB/T 9704 7.3.3',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['check'],
      properties: { check: { enum: CHECKS } },
    },
    defaultOptions: { check: 'arabic-dunhao' },
    messages: {
      arabicDunhao: '阿拉伯数字序号后用下脚点，不用顿号，应写作“{{expected}}”',
      extraPunct: '括号序号“{{marker}}”后不再加“{{mark}}”，应删去',
      hanziMark: '汉字序号后用顿号，不用“{{mark}}”，应写作“{{expected}}”',
      halfwidthParen: '序号括号应为全角：“{{found}}”应写作“{{expected}}”',
      enclosedGlyph: '序号不用合成字符“{{glyph}}”，应键入“{{expected}}”',
      oneParen: '序号缺少前括号：“{{found}}”应写作“{{expected}}”',
    },
    fixable: true,
  },
  create({ options }) {
    return {
      kinds: ['heading'],
      needs: NEEDS[options.check],
      line(line, report) {
        const h = line.heading
        // nearly every heading's marker is already in the standard form: nothing to read
        if (line.kind !== 'heading' || !h || h.variant === 'ok') return
        const marker = line.text.slice(h.markerStart, h.markerEnd)
        const r = checkMarker(options.check, h, marker, line.text.slice(h.markerEnd))
        if (r) report(r)
      },
    }
  },
})
