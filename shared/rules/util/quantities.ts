/** Quantities in a line: numbers (Arabic or Chinese, with 万/亿) and their units, for the arithmetic kind. */

import { hoisted } from './regex-hoist'

/** count: whole things (起 人 项); measure: amounts (元 吨 天); time: dates (年 月 日); other: 倍 号 页. */
export type UnitKind = 'count' | 'measure' | 'time' | 'percent' | 'other'

export interface Quantity {
  /** First character of the number (not of an approximation word before it). */
  start: number
  /** Past the unit, or past the number and its 万/亿 when there is no unit. */
  end: number
  /** Past the digits and any 万/亿 written after them. */
  numEnd: number
  /** The value in base units (万/亿 applied); null when the numeral cannot be read for certain. */
  value: number | null
  /** Digits after the decimal point, for the rounding the figure allows. */
  decimals: number
  /** 1, 1e4 or 1e8: the 万/亿 written after the number. */
  scale: number
  unit: string
  kind: UnitKind
  /** 约、近、余、多、左右、以上 … make the figure an estimate or a bound. */
  approx: boolean
  /** 第 before the number: an ordinal, not a quantity. */
  ordinal: boolean
}

const COUNT =
  '个 人 名 位 起 件 项 条 家 户 所 座 台 辆 篇 份 批 场 届 次 笔 宗 张 本 套 处 株 头 只 间 栋 支 艘 架 例 期 ' +
  '人次 户次 件次 批次 场次 家次 车次'
const MEASURE =
  '元 美元 欧元 吨 千克 公斤 克 亩 公顷 米 千米 公里 平方米 平方公里 立方米 升 千瓦 千瓦时 小时 天 个月 周 分钟'
const TIME = '年 年度 周年 月 月份 日 号 时 季度'
const OTHER = '倍 页 章 节 款 版 级 分 岁 个百分点 ‰'

const UNIT_KIND = new Map<string, UnitKind>([
  ['%', 'percent'],
  ['％', 'percent'],
])
for (const [list, kind] of [
  [COUNT, 'count'],
  [MEASURE, 'measure'],
  [TIME, 'time'],
  [OTHER, 'other'],
] as const)
  for (const u of list.split(' ')) UNIT_KIND.set(u, kind)

/** The units by first character, longest first, so 人次 wins over 人 and 个月 over 个. */
const UNITS_BY_FIRST = new Map<string, string[]>()
for (const u of [...UNIT_KIND.keys()].sort((a, b) => b.length - a.length))
  UNITS_BY_FIRST.set(u[0], [...(UNITS_BY_FIRST.get(u[0]) ?? []), u])

/** The unit written at `i`, or ''. */
export function unitAt(text: string, i: number): string {
  const candidates = UNITS_BY_FIRST.get(text[i])
  if (candidates) for (const u of candidates) if (text.startsWith(u, i)) return u
  return ''
}

export function unitKind(unit: string): UnitKind {
  return UNIT_KIND.get(unit) ?? 'other'
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** A section below 万: 三千零五十, 十二, 一百零五; null for 三四, 一百五 (150 or 105?) and the like. */
function section(s: string): number | null {
  let total = 0
  let digit: number | null = null
  let last = Infinity
  let zero = false
  for (const ch of s) {
    if (ch === '零' || ch === '〇') {
      if (digit !== null || last === Infinity) return null
      zero = true
      continue
    }
    if (ch in DIGIT) {
      if (digit !== null) return null
      digit = DIGIT[ch]
      continue
    }
    const u = SMALL_UNIT[ch]
    if (!u || u >= last) return null
    if (digit === null && !(u === 10 && total === 0 && !zero)) return null
    total += (digit ?? 1) * u
    last = u
    digit = null
    zero = false
  }
  if (digit !== null) {
    // 一百五 is colloquial for 150; only 十 or a written 零 makes the last digit certain
    if (last !== Infinity && last !== 10 && !zero) return null
    total += digit
  }
  return total
}

/** Parses a Chinese numeral up to 亿 (一百零五, 十二, 三万二千, 1.2 is not one); null when unsure. */
export function parseChineseNumber(s: string): number | null {
  let rest = s
  let total = 0
  for (const [mark, mult] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = rest.indexOf(mark)
    if (at < 0) continue
    const head = section(rest.slice(0, at))
    if (head === null || head === 0) return null
    total += head * mult
    rest = rest.slice(at + 1)
    if (rest.startsWith('零')) rest = rest.slice(1)
  }
  if (rest === '') return total > 0 ? total : null
  const tail = section(rest)
  return tail === null ? null : total + tail
}

const NUMBER = hoisted(
  /(?<![\d.,])(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?)|[〇零一二两三四五六七八九十百千万亿]+/g,
)
/** Sticky tests at a position, so no substring is cut out for each figure. */
const APPROX_BEFORE = /(?<=约|近|逾|超|超过|大约|将近|接近|不到|不足|不少于|至少|最多|多达)/y
/** 数十、几百、上千: only before a Chinese numeral (总数12个 is exact). */
const APPROX_BEFORE_HANZI = /(?<=[数几上])/y
const APPROX_AFTER_NUMBER = /[余多来几许]/y
const APPROX_AFTER_UNIT = /左右|上下|以上|以下|以内|之多|[余多许]/y

function testAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at
  return re.test(text)
}

/**
 * Every quantity of `text`, in order. A Chinese numeral counts only with a unit or 万/亿 after it
 * and when it starts with a digit or 十 (so 万一、百姓、千家万户 are no numbers).
 */
export function quantities(text: string): Quantity[] {
  const out: Quantity[] = []
  NUMBER.lastIndex = 0
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index
    let numEnd = start + m[0].length
    let value: number | null
    let decimals = 0
    let scale = 1
    const arabic = m[1] !== undefined
    if (arabic) {
      value = Number(m[1].replace(/,/g, '') + (m[2] ? '.' + m[2] : ''))
      decimals = m[2]?.length ?? 0
      // 1.2万、3亿、2万亿
      while (text[numEnd] === '万' || text[numEnd] === '亿') {
        scale *= text[numEnd] === '万' ? 1e4 : 1e8
        numEnd++
      }
      // 5千、3百: a mixed form whose value is left alone
      if (text[numEnd] === '千' || text[numEnd] === '百') value = null
      if (value !== null) value *= scale
    } else {
      if (!/^[一二两三四五六七八九十]/.test(m[0])) continue
      value = parseChineseNumber(m[0])
      if (m[0].endsWith('亿')) scale = 1e8
      else if (m[0].endsWith('万')) scale = 1e4
    }
    let approx = testAt(APPROX_AFTER_NUMBER, text, numEnd)
    const unitStart = approx ? numEnd + 1 : numEnd
    const unit = unitAt(text, unitStart)
    if (!arabic && !unit && scale === 1) continue
    const end = unit ? unitStart + unit.length : numEnd
    approx ||=
      testAt(APPROX_BEFORE, text, start) ||
      (!arabic && testAt(APPROX_BEFORE_HANZI, text, start)) ||
      testAt(APPROX_AFTER_UNIT, text, end)
    out.push({
      start,
      end,
      numEnd,
      value,
      decimals,
      scale,
      unit,
      kind: unit ? unitKind(unit) : 'other',
      approx,
      ordinal: text[start - 1] === '第',
    })
  }
  return out
}

/**
 * How far a written figure may be from the true one: none for a whole count, else half its last
 * written digit (80万元 may stand for 795,000–805,000 元).
 */
export function tolerance(q: Quantity): number {
  if (q.kind === 'count' && q.decimals === 0 && q.scale === 1) return 0
  return 0.5 * 10 ** -q.decimals * q.scale
}

/** A value in base units written in the scale and unit of `like`: 1.3亿元, 13起. */
export function formatLike(value: number, like: Quantity): string {
  const n = Number((value / like.scale).toFixed(6))
  const mark =
    like.scale === 1e8 ? '亿' : like.scale === 1e4 ? '万' : like.scale === 1e12 ? '万亿' : ''
  return `${n}${mark}${like.unit}`
}
