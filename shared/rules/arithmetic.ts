/** arithmetic: figures of one sentence that do not add up (parts over a total, 分别 sums, rates, ranges). */

import { maskedLine } from '../document/mask'
import { defineRuleKind, type ReportFn } from './kind'
import { checksOption } from './util/schema'
import { formatLike, tolerance, unitAt, unitKind, type Quantity } from './util/quantities'
import { Figures, sameUnit, summable } from './util/sentence-figures'

type Check = 'parts-exceed-total' | 'respectively-sum' | 'percent-change' | 'range-order'
const CHECKS: Check[] = ['parts-exceed-total', 'respectively-sum', 'percent-change', 'range-order']

interface Options {
  checks: Check[]
}

/** What a line must contain for each check to find anything. */
const NEEDS: Record<Check, string> = {
  'parts-exceed-total': '其',
  'respectively-sum': '分',
  'percent-change': '由从',
  'range-order': '—～〜~至',
}

const LIST_MARK = /[，,、。；;：:！？!?]/
/** Words that make a figure a difference, a share or an average rather than a total or a part. */
const COMPARE = /比|较|增|减|降|升|提高|超|翻|差|平均|人均|户均|每|均|其余|另/
/** A part's label with these is no plain part (各5起 means 5 each; 另有 adds to the list). */
const LABEL_STOP =
  /比|较|增|减|降|升|提高|提升|占|超|同比|环比|其中|共|合计|总|累计|各|均|每|另|还|此外|分别/
/** Labels naming overlapping attributes (女性、本科以上), so their figures need not add up. */
const ATTRIBUTE =
  /女|男|民族|以上|以下|以内|学历|本科|专科|大专|研究生|硕士|博士|学位|岁|含|包括|具有|持有|获得|荣获/
/** Words announcing a total; 共 alone not inside 公共、中共、共同 …. */
const TOTAL_MARK =
  /(?:共计|合计|总计|累计|总共|一共|总额|总量|总数|(?<![公中])共(?![同享建产青识性赢治]))/g

const EPS = 1e-9

/** Parts look mutually exclusive: every label written, one shared first or last character, no attribute. */
function exclusive(labels: string[]): boolean {
  if (labels.some((l) => !l || ATTRIBUTE.test(l))) return false
  const same = (pick: (l: string) => string) => labels.every((l) => pick(l) === pick(labels[0]))
  return same((l) => l[0]) || same((l) => l[l.length - 1])
}

function partsExceedTotal(f: Figures, report: ReportFn): void {
  const { text, qs } = f
  for (let p = text.indexOf('其中'); p >= 0; p = text.indexOf('其中', p + 2)) {
    if (!f.isComma(p - 1)) continue
    const cs = f.clauseStart(p - 1)
    const total = f.lastIn(cs, p - 1)
    if (!summable(total) || COMPARE.test(text.slice(cs, total.start))) continue
    let cur = p + 2
    if (LIST_MARK.test(text[cur] ?? '') && text[cur] !== '、') cur++
    const parts: [string, Quantity & { value: number }][] = []
    let approx = false
    for (let i = f.firstFrom(cur); i < qs.length; i++) {
      const q = qs[i]
      const label = text.slice(cur, q.start)
      if (label.length > 15 || LIST_MARK.test(label) || LABEL_STOP.test(label)) break
      if (!sameUnit(q, total) || q.value === null || q.ordinal) break
      if ((approx = q.approx)) break
      const next = text[q.end] ?? ''
      if (next && !LIST_MARK.test(next)) break
      parts.push([label, q as Quantity & { value: number }])
      if (!'、，,'.includes(next) || !next) break
      cur = q.end + 1
    }
    if (approx || !parts.length) continue
    const slack = tolerance(total) + EPS * Math.max(1, total.value)
    const last = parts[parts.length - 1][1]
    const over = parts.find(([, q]) => q.value - total.value > slack + tolerance(q))
    const at = { start: total.start, end: last.end }
    const totalText = text.slice(total.start, total.end)
    if (over) {
      const part = over[0] + text.slice(over[1].start, over[1].end)
      report({ messageId: 'partExceeds', data: { part, total: totalText }, ...at })
      continue
    }
    if (parts.length < 2 || !exclusive(parts.map(([l]) => l))) continue
    const sum = parts.reduce((s, [, q]) => s + q.value, 0)
    const room = parts.reduce((s, [, q]) => s + tolerance(q), slack)
    if (sum - total.value > room)
      report({
        messageId: 'partsExceed',
        data: { sum: formatLike(sum, total), total: totalText },
        ...at,
      })
  }
}

/** The parts listed after 分别 (分别为A30万元、B40万元 / 分别投入30万元和50万元), or null. */
function respectiveParts(f: Figures, p: number): (Quantity & { value: number })[] | null {
  const { text, qs } = f
  const i0 = f.firstFrom(p + 2)
  const first = qs[i0]
  if (!summable(first)) return null
  const gap = text.slice(p + 2, first.start)
  if (gap.length > 12 || LIST_MARK.test(gap) || LABEL_STOP.test(gap) || COMPARE.test(gap))
    return null
  const parts = [first]
  for (let i = i0 + 1; i < qs.length; i++) {
    const q = qs[i]
    const prev = parts[parts.length - 1]
    const joint = /^(?:以及|[、和与及，,])/.exec(text.slice(prev.end, prev.end + 2))
    if (!joint) break
    const label = text.slice(prev.end + joint[0].length, q.start)
    if (label.length > 8 || LIST_MARK.test(label) || LABEL_STOP.test(label)) break
    if (!sameUnit(q, first)) break
    if (!summable(q)) return null
    parts.push(q)
  }
  return parts.length >= 2 ? parts : null
}

/** A total announced by 共计/合计 … at most `lead` characters into `[from, to)`, in the unit of `like`. */
function markedTotal(
  f: Figures,
  from: number,
  to: number,
  like: Quantity,
  lead: number,
): (Quantity & { value: number }) | undefined {
  const { text, qs } = f
  for (let i = f.firstFrom(from); i < qs.length && qs[i].end <= to; i++) {
    const q = qs[i]
    if (!sameUnit(q, like)) continue
    if (!summable(q)) return undefined
    const before = text.slice(from, q.start)
    TOTAL_MARK.lastIndex = 0
    let mark: RegExpExecArray | null = null
    for (let m = TOTAL_MARK.exec(before); m; m = TOTAL_MARK.exec(before)) mark = m
    if (!mark || mark.index > lead) return undefined
    const between = before.slice(mark.index + mark[0].length)
    if (between.length > 6 || /\d/.test(between) || COMPARE.test(between)) return undefined
    return q
  }
  return undefined
}

function respectivelySum(f: Figures, report: ReportFn): void {
  const { text } = f
  for (let p = text.indexOf('分别'); p >= 0; p = text.indexOf('分别', p + 2)) {
    const parts = respectiveParts(f, p)
    if (!parts) continue
    const first = parts[0]
    const last = parts[parts.length - 1]
    const sum = parts.reduce((s, q) => s + q.value, 0)
    const partsRoom = parts.reduce((s, q) => s + tolerance(q), 0)
    const totals: [Quantity & { value: number }, number, number][] = []
    // 共计80万元，分别为…: the clause before, when the 分别 clause opens with 分别
    const cs = f.clauseStart(p)
    if (cs === p && f.isComma(cs - 1)) {
      const ps = f.clauseStart(cs - 1)
      const t = markedTotal(f, ps, cs - 1, first, 12)
      if (t && !/其中|其余|另|包括|含/.test(text.slice(t.end, p)) && !f.lastIn(t.end, cs - 1))
        totals.push([t, t.start, last.end])
    }
    // …分别投入30万元和50万元，共计90万元: the next clause, opening with the total
    const ce = f.clauseEnd(last.end)
    if (f.isComma(ce)) {
      const t = markedTotal(f, ce + 1, f.clauseEnd(ce + 1), first, 4)
      if (t) totals.push([t, first.start, t.end])
    }
    for (const [t, start, end] of totals) {
      if (Math.abs(sum - t.value) <= tolerance(t) + partsRoom + EPS * Math.max(1, sum)) continue
      const data = { sum: formatLike(sum, t), total: text.slice(t.start, t.end) }
      report({ messageId: 'respectivelySum', data, start, end })
      break
    }
  }
}

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

function percentChange(f: Figures, report: ReportFn): void {
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
const RANGE =
  /(?<![\d.,:：/A-Za-z_\-#＃第号])(\d+(?:\.\d+)?)([%％]|万|亿)?(——|[—～〜~至])(\d+(?:\.\d+)?)(?![\d.])/g
/** Units a range may carry; pages, articles, levels, scores and times of day are left alone. */
const RANGE_UNIT = new Set(['count', 'measure', 'percent'])
const RANGE_SKIP = new Set(['条', '款', '项', '页', '章', '节', '期', '届', '号'])
/** 从15至10人 is a change, not a range. */
const CHANGE_BEFORE = /[由从]|(?:[降减增升]|降低|调整|压缩|缩减|提高)$/

function rangeOrder(f: Figures, report: ReportFn): void {
  const { text } = f
  RANGE.lastIndex = 0
  for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
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
    const [x, y] = [Number(a), Number(b)]
    if (x <= y || CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue
    const kind = unitKind(unit)
    const whole = !a.includes('.') && !b.includes('.')
    // years both written out; months within one year (9—5月 may run over New Year)
    const ok =
      RANGE_UNIT.has(kind) ||
      unit === '岁' ||
      unit === '倍' ||
      (unit === '年' && whole && a.length === 4 && b.length === 4) ||
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

const RUN: Record<Check, (f: Figures, report: ReportFn) => void> = {
  'parts-exceed-total': partsExceedTotal,
  'respectively-sum': respectivelySum,
  'percent-change': percentChange,
  'range-order': rangeOrder,
}

export default defineRuleKind<Options>({
  meta: {
    id: 'arithmetic',
    description:
      '同一句中的数字算不拢：其中各项超过总数、“分别”各项与合计不符、增减幅度与前后数值不符、范围起点大于终点',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['checks'],
      properties: { checks: checksOption(CHECKS) },
    },
    defaultOptions: { checks: CHECKS },
    messages: {
      partsExceed: '其中各项之和（{{sum}}）超过总数（{{total}}），请核对数字',
      partExceeds: '其中“{{part}}”超过总数（{{total}}），请核对数字',
      respectivelySum: '分别列出的各项之和（{{sum}}）与合计（{{total}}）不符，请核对数字',
      percentChange:
        '由{{from}}到{{to}}的变化幅度约为{{actual}}%，与所写“{{stated}}”不符，请核对数字',
      rangeOrder: '范围“{{range}}”起点大于终点，请核对数字或调换顺序',
    },
  },
  create({ options }) {
    const checks = options.checks.map((c) => RUN[c])
    return {
      needs: [...new Set(options.checks.map((c) => NEEDS[c]).join(''))].join(''),
      line(line, report) {
        const text = maskedLine(line)
        const f = new Figures(text)
        if (!f.qs.length) return
        for (const run of checks) run(f, report)
      },
    }
  },
})
