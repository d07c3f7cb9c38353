/** The arithmetic kind's rate and range checks: 由A增加到B，增长x% recomputed; ranges that run downwards. */

import type { ReportFn } from '../kind'
import { tolerance, unitAt, unitKind, type Quantity } from './quantities'
import { Figures, LIST_MARK, sameUnit, summable } from './sentence-figures'

const UP = /^(?:增加|增长|提高|提升|上升|扩大|增|升|提)$/
const DOWN = /^(?:下降|减少|降低|下滑|回落|缩减|压减|减|降)$/
const CHANGE_TO =
  /(增加|增长|提高|提升|上升|扩大|下降|减少|降低|下滑|回落|缩减|压减|增|升|提|减|降)?(?:到|至)/y
const RATE =
  /[，,]?(同比|环比)?(增长|增加|提高|提升|上升|增幅|涨幅|升幅|下降|减少|降低|下滑|回落|降幅|减幅)了?(?:幅度)?(?:为|达到|达|是)?/y
/** Where the rate's own base is not the 由 figure unless both sides are named by year. */
const YEAR_FROM = /\d{4}年|上年|去年|上一年/
const YEAR_TO = /\d{4}年|今年|本年|当年/

const direction = (word: string | undefined): number =>
  !word
    ? 0
    : UP.test(word) || /增|涨|升/.test(word)
      ? 1
      : DOWN.test(word) || /降|减/.test(word)
        ? -1
        : 0

/** The quantity after `from` in `[from, from + 12)` past only dates and words, in the unit of `like`. */
function nextFigure(
  f: Figures,
  from: number,
  like?: Quantity,
): (Quantity & { value: number }) | undefined {
  const { text, qs } = f
  for (let i = f.firstFrom(from); i < qs.length && qs[i].start - from <= 12; i++) {
    const q = qs[i]
    if (LIST_MARK.test(text.slice(from, q.start)) || /[由从]/.test(text.slice(from, q.start)))
      return undefined
    if (q.kind === 'time' || q.unit === '') continue
    return summable(q) && (!like || sameUnit(q, like)) ? q : undefined
  }
  return undefined
}

export function percentChange(f: Figures, report: ReportFn): void {
  const { text, qs } = f
  for (let p = 0; p < text.length; p++) {
    if (text[p] !== '由' && text[p] !== '从') continue
    const a = nextFigure(f, p + 1)
    if (!a || a.value <= 0) continue
    CHANGE_TO.lastIndex = a.end
    const verb = CHANGE_TO.exec(text)
    if (!verb) continue
    const b = nextFigure(f, CHANGE_TO.lastIndex, a)
    if (!b || b.value === a.value) continue
    const sign = Math.sign(b.value - a.value)
    if (direction(verb[1]) * sign < 0) continue
    RATE.lastIndex = b.end
    const rate = RATE.exec(text)
    if (!rate || direction(rate[2]) !== sign) continue
    const r = qs[f.firstFrom(RATE.lastIndex)]
    if (!r || r.start !== RATE.lastIndex || r.kind !== 'percent' || r.approx || r.value === null)
      continue
    if (
      rate[1] &&
      !(YEAR_FROM.test(text.slice(p, a.start)) && YEAR_TO.test(text.slice(a.end, b.start)))
    )
      continue
    const [ta, tb] = [tolerance(a), tolerance(b)]
    if (a.value - ta <= 0) continue
    const lo =
      sign * (sign > 0 ? (b.value - tb) / (a.value + ta) - 1 : (b.value + tb) / (a.value - ta) - 1)
    const hi =
      sign * (sign > 0 ? (b.value + tb) / (a.value - ta) - 1 : (b.value - tb) / (a.value + ta) - 1)
    const stated = r.value
    const room = 0.5 * 10 ** -r.decimals + 0.1 + 0.005 * stated
    if (stated >= lo * 100 - room && stated <= hi * 100 + room) continue
    const actual = (Math.abs(b.value - a.value) / a.value) * 100
    report({
      messageId: 'percentChange',
      data: {
        from: text.slice(a.start, a.end),
        to: text.slice(b.start, b.end),
        actual: actual.toFixed(1),
        stated: text.slice(r.start, r.end),
      },
      start: p,
      end: r.end,
    })
  }
}

/** 15—10人, 30%—20%: a range in Arabic figures, joined by a Chinese dash, a tilde or 至. */
export const RANGE =
  /(?<![\d.,:：/A-Za-z_\-#＃第号])(\d+(?:\.\d+)?)([%％]|万|亿)?(——|[—～〜~至])(\d+(?:\.\d+)?)(?![\d.])/y
/** A range's mark with the second figure's first digit after it (its end is never read). */
const JOINT = /(?:——|[—～〜~至])(?=\d)/g

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const DASH = 0x2014 // —
/** %, ％, 万 or 亿: what may stand between the first figure and the mark. */
const isMark = (c: number): boolean => c === 0x25 || c === 0xff05 || c === 0x4e07 || c === 0x4ebf

/**
 * Where a range may start: before each mark with a digit after it and a figure (with its % or 万)
 * before it, found in one native scan; each stretch of figures is walked once.
 */
export function rangeStarts(text: string): number[] {
  const starts: number[] = []
  JOINT.lastIndex = 0
  // a test, not exec: no match array; the mark ends where the search stopped ("——" is two units,
  // found whole: a single — before a digit is never the second of a pair a search passed over)
  while (JOINT.test(text)) {
    const end = JOINT.lastIndex
    let k =
      text.charCodeAt(end - 1) === DASH && text.charCodeAt(end - 2) === DASH ? end - 2 : end - 1
    if (isMark(text.charCodeAt(k - 1))) k--
    if (!isDigit(text.charCodeAt(k - 1))) continue
    while (k > 0 && (isDigit(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 46)) k--
    starts.push(k)
  }
  return starts
}

/** Units a range may carry; pages, articles, levels, scores and times of day are left alone. */
const RANGE_UNIT = new Set(['count', 'measure', 'percent'])
const RANGE_SKIP = new Set(['条', '款', '项', '页', '章', '节', '期', '届', '号'])
/** 从15至10人 is a change, not a range. */
const CHANGE_BEFORE = /[由从]|(?:[降减增升少加]|调整|压缩|提高|提升)$/
/** GB 8978—1996: a standard's number and year, not a range. */
const CODE_BEFORE = /[A-Za-z][A-Za-z/]*[ \u3000]?$/

/**
 * Whether the range `RANGE` would match at `at` runs downwards (15—10), its two figures read by
 * hand as the expression reads them: most ranges run upwards (1—6月) and need no expression run.
 * True when unsure (a figure that is no number), so only certain upward ranges are skipped.
 */
export function runsDownwards(text: string, at: number): boolean {
  let i = at
  while (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 46) i++
  const x = Number(text.slice(at, i))
  if (isMark(text.charCodeAt(i))) i++
  i += text[i] === '—' && text[i + 1] === '—' ? 2 : 1
  let j = i
  while (isDigit(text.charCodeAt(j))) j++
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1)))
    for (j++; isDigit(text.charCodeAt(j));) j++
  return !(x <= Number(text.slice(i, j)))
}

export function rangeOrder(text: string, report: ReportFn): void {
  for (const at of rangeStarts(text)) {
    if (!runsDownwards(text, at)) continue
    RANGE.lastIndex = at
    const m = RANGE.exec(text)
    if (!m) continue
    const [, a, mark, , b] = m
    const end = m.index + m[0].length
    // the first figure's 万 or % must be written after the second too: 5万—3000元 mixes scales
    let unitStart = end
    if (mark === '万' || mark === '亿') {
      if (text[end] !== mark) continue
      unitStart++
    } else if (!mark && (text[end] === '万' || text[end] === '亿')) unitStart++
    const percent = text[end] === '%' || text[end] === '％'
    if ((mark === '%' || mark === '％') && !percent) continue
    const unit = percent ? '%' : unitAt(text, unitStart)
    if (!unit || RANGE_SKIP.has(unit)) continue
    const x = Number(a)
    const y = Number(b)
    if (x <= y) continue
    const before = text.slice(Math.max(0, m.index - 8), m.index)
    if (CHANGE_BEFORE.test(before.slice(-3)) || CODE_BEFORE.test(before)) continue
    const kind = unitKind(unit)
    const whole = !a.includes('.') && !b.includes('.')
    // years both written out; months within one year (9—5月 may run over New Year)
    const ok =
      RANGE_UNIT.has(kind) ||
      unit === '岁' ||
      unit === '倍' ||
      (unit === '年' && whole && x <= 2100 && y >= 1900) ||
      ((unit === '月' || unit === '月份') && whole && x <= 8 && y >= 1)
    if (!ok) continue
    const stop = unitStart + unit.length
    report({
      messageId: 'rangeOrder',
      data: { range: text.slice(m.index, stop) },
      start: m.index,
      end: stop,
    })
  }
}
