/** The sums of the arithmetic kind: parts after 其中 over their total, parts after 分别 against theirs. */

import type { ReportFn } from '../kind'
import { formatLike, tolerance, type Quantity } from './quantities'
import { Figures, LIST_MARK, sameUnit, summable } from './sentence-figures'
import { hoisted } from './regex-hoist'

/** Words that make a figure a difference, a share or an average rather than a total or a part. */
/** Changes by word, not by character: 增值税、升级改造、降本增效 name things, not changes. */
const CHANGE =
  '增加|增长|增幅|增量|净增|减少|减幅|下降|降低|降幅|上升|提高|提升|超过|超出|翻番|翻了|差额'
export const COMPARE = new RegExp(`比|较|${CHANGE}|平均|人均|户均|每|均|其余|另`)
/** A part's label with these is no plain part (各5起 means 5 each; 另有 adds to the list). */
const LABEL_STOP = new RegExp(
  `比|较|${CHANGE}|占|同比|环比|其中|共|合计|总|累计|各|均|每|另|还|此外|分别`,
)
/**
 * Labels naming attributes that may overlap (女性、本科以上; 联合检查 may be a 专项检查), so their
 * figures need not add up.
 */
const ATTRIBUTE =
  /女|男|民族|以上|以下|以内|学历|本科|专科|大专|研究生|硕士|博士|学位|岁|含|包括|具有|持有|获得|荣获|联合|专项|重点|重大|典型|涉及/
/** Words announcing a total; 共 alone not inside 公共、中共、共同 …. */
const TOTAL_MARK = hoisted(
  /(?:共计|合计|总计|累计|总共|一共|总额|总量|总数|(?<![公中])共(?![同享建产青识性赢治]))/g,
)

export const EPS = 1e-9
/** A list longer than this is no breakdown of one total; stopping there keeps each list's work bounded. */
const MAX_PARTS = 60

/** Parts look mutually exclusive: every label written, one shared first or last character, no attribute. */
function exclusive(labels: string[]): boolean {
  if (labels.some((l) => !l || ATTRIBUTE.test(l))) return false
  const same = (pick: (l: string) => string) => labels.every((l) => pick(l) === pick(labels[0]))
  return same((l) => l[0]) || same((l) => l[l.length - 1])
}

export function partsExceedTotal(f: Figures, report: ReportFn): void {
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
    for (let q = f.nextOfUnit(cur, total, 15); q; q = f.nextOfUnit(cur, total, 15)) {
      const label = text.slice(cur, q.start)
      if (LABEL_STOP.test(label) || q.value === null || q.ordinal) break
      if ((approx = q.approx)) break
      const next = text[q.end] ?? ''
      if (next && !LIST_MARK.test(next)) break
      parts.push([label, q as Quantity & { value: number }])
      if (parts.length > MAX_PARTS) break
      if (!next || !'、，,'.includes(next)) break
      cur = q.end + 1
    }
    if (approx || !parts.length || parts.length > MAX_PARTS) continue
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

const JOINT = /^(?:以及|[、和与及，,])/

/** The parts listed after 分别 (分别为A30万元、B40万元 / 分别投入30万元和50万元), or null. */
function respectiveParts(f: Figures, p: number): (Quantity & { value: number })[] | null {
  const { text, qs } = f
  // the first figure followed by a joint: 分别是一期工程8000万元、… passes over 一期
  let first: Quantity | undefined
  for (let i = f.firstFrom(p + 2); i < qs.length && qs[i].start - p <= 14; i++)
    if (JOINT.test(text.slice(qs[i].end, qs[i].end + 2))) {
      first = qs[i]
      break
    }
  if (!summable(first)) return null
  const gap = text.slice(p + 2, first.start)
  if (LIST_MARK.test(gap) || LABEL_STOP.test(gap) || COMPARE.test(gap)) return null
  const parts = [first]
  for (;;) {
    const prev = parts[parts.length - 1]
    const joint = JOINT.exec(text.slice(prev.end, prev.end + 2))
    if (!joint) break
    const from = prev.end + joint[0].length
    const q = f.nextOfUnit(from, first, 8)
    if (!q || LABEL_STOP.test(text.slice(from, q.start))) break
    if (!summable(q)) return null
    parts.push(q)
    if (parts.length > MAX_PARTS) return null
  }
  return parts.length >= 2 ? parts : null
}

/**
 * A total announced by 共计/合计 … at most `lead` characters into `[from, to)`, in the unit of
 * `like`. With `verb`, the words between the mark and the figure must be the verb of the parts
 * (分别投入…，共计投入90万元), so 共计带动投资90万元 is not taken for their total.
 */
function markedTotal(
  f: Figures,
  from: number,
  to: number,
  like: Quantity,
  lead: number,
  verb?: string,
): (Quantity & { value: number }) | undefined {
  const { text, qs } = f
  const reach = from + lead + 10
  for (let i = f.firstFrom(from); i < qs.length && qs[i].end <= to && qs[i].start <= reach; i++) {
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
    const words = between.replace(/^(?:为|达到|达|是)/, '')
    if (verb !== undefined && words && !verb.includes(words)) return undefined
    return q
  }
  return undefined
}

export function respectivelySum(f: Figures, report: ReportFn): void {
  const { text } = f
  for (let p = text.indexOf('分别'); p >= 0; p = text.indexOf('分别', p + 2)) {
    const parts = respectiveParts(f, p)
    if (!parts) continue
    const first = parts[0]
    const last = parts[parts.length - 1]
    const sum = parts.reduce((s, q) => s + q.value, 0)
    const partsRoom = parts.reduce((s, q) => s + tolerance(q), 0)
    const totals: [Quantity & { value: number }, number, number][] = []
    // 共计80万元，分别为…: the clause before, when the 分别 clause opens with 分别为/分别是
    // (分别来自A区…、B区… need not name every source)
    const cs = f.clauseStart(p)
    if (cs === p && f.isComma(cs - 1) && /^[为是]/.test(text.slice(p + 2, p + 3))) {
      const ps = f.clauseStart(cs - 1)
      const t = markedTotal(f, ps, cs - 1, first, 12)
      if (t && !/其中|其余|另|包括|含/.test(text.slice(t.end, p)) && !f.lastIn(t.end, cs - 1))
        totals.push([t, t.start, last.end])
    }
    // …分别投入30万元和50万元，共计90万元: the next clause, opening with the total
    const ce = f.clauseEnd(last.end)
    if (f.isComma(ce)) {
      const verb = text.slice(p + 2, first.start)
      const t = markedTotal(f, ce + 1, f.clauseEnd(ce + 1), first, 4, verb)
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
