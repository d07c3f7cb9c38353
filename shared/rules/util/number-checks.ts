/** Built-in checks of number and date forms (GB/T 15835, GB/T 15834 4.13) used by the number-style kind. */

import { parseHanzi } from '../../document/numerals'
import {
  dateSeparatorStarts,
  decimalZeroStarts,
  rangeUnitStarts,
  yearAbbrevStarts,
  zeroGlyphStarts,
} from './number-starts'
import { hoisted } from './regex-hoist'

export interface NumberHit {
  start: number
  end: number
  data: Record<string, string>
  replacement?: string
}

export interface NumberCheck {
  re: RegExp
  /**
   * A cheap expression every line with a match contains; lines without it are skipped, so the
   * lookbehind of `re` is not tried at every position of every line.
   */
  needs?: RegExp
  /**
   * Strings one of which every line with a finding holds, sharper than what `requiredStrings`
   * reads from `re` (which gives up on many short figures): the engine calls the rule on those
   * lines only.
   */
  lineNeeds?: readonly string[]
  /**
   * Where a match of `re` may start, ascending: every place it does, perhaps others. When given,
   * `re` is tried there only (see `numberMatches`), and `needs` is left to the engine's prefilter.
   */
  starts?(text: string): number[]
  /** Turns a match into a finding, or null when the match is legitimate after all. */
  hit(m: RegExpExecArray, text: string): NumberHit | NumberHit[] | null
}

// Units that close a numeric range ("1-6月", "15-30%"); 号 is left out: "3-2号" is an address.
const RANGE_UNIT =
  '(?:[%％年月日时点个万亿元人次项条倍岁周天名家所户期届件起]|季度|小时|分钟|公里|平方米|学时|学年|学期)'
const MEASURE = '[次个人名天周位项件起场批遍家所倍岁]'
const YEAR_CHARS = '〇零○OΟ0０一二三四五六七八九'
const YEAR_CHAR = `[${YEAR_CHARS}]`
/** The marks that join the two figures of a range in range-unit (with spaces beside some). */
const JOINTS = '—～〜至到~-－'
const DIGITS = [...'0123456789']
const DIGITS_1_9 = DIGITS.slice(1)
/** A month as date-separators reads it (0?[1-9]|1[0-2]). */
const MONTHS = [...DIGITS_1_9, ...DIGITS_1_9.map((d) => '0' + d), '10', '11', '12']
// A code such as "GB/T 15834" right before the number makes "15834-2011" a standard number.
const CODE_BEFORE = /[A-Za-z]{1,8}(?:\/[A-Za-z]{1,3})?\s?$/

const whole = (
  m: RegExpExecArray,
  data: Record<string, string> = {},
  replacement?: string,
): NumberHit => ({
  start: m.index,
  end: m.index + m[0].length,
  data: { match: m[0], ...data, ...(replacement != null ? { replacement } : {}) },
  replacement,
})

const num = (s: string) => (/^\d/.test(s) ? Number(s) : parseHanzi(s))

export const NUMBER_CHECKS = {
  'range-hyphen': {
    needs: /\d[%％万亿年月日时]?[-－‐–−]\d/,
    re: hoisted(
      new RegExp(
        // after "8:" a time ("8:30-9:30"); after a label's colon ("时间：1-6月") a range
        `(?<![\\d\\-－‐–−/]|\\d[.:：])(\\d+(?:\\.\\d+)?)([%％万亿年月日时]?)[-－‐–−](\\d+(?:\\.\\d+)?)(?=${RANGE_UNIT})`,
        'g',
      ),
    ),
    hit(m, text) {
      if (CODE_BEFORE.test(text.slice(0, m.index))) return null
      // "12-3个" is no range; ranges go upwards.
      if (Number(m[1]) >= Number(m[3])) return null
      // "5万-10万元" is a range of 万; after "5万-3000" the magnitudes differ: not certain
      if (/[万亿]/.test(m[2]) && text[m.index + m[0].length] !== m[2]) return null
      // "2023年-2024年", "3月-5月", "2024年1月-2024年6月": a time unit on both sides
      if (/[年月日时]/.test(m[2]) && !/[年月日时]/.test(text[m.index + m[0].length] ?? ''))
        return null
      const at = m.index + m[1].length + m[2].length
      const hyphen = m[0][at - m.index]
      return { start: at, end: at + 1, data: { match: hyphen, range: m[0] }, replacement: '—' }
    },
  },
  'time-range': {
    // 8:00-12:00: the times of day a span runs between (hours to 24, minutes in two digits)
    re: hoisted(
      /(?<![\d:：.])(1?\d|2[0-4])[:：]([0-5]\d)[-－‐–−](1?\d|2[0-4])[:：]([0-5]\d)(?![\d:：])/g,
    ),
    hit(m) {
      // a span runs forwards: "18:00-8:00" (overnight) is left alone
      if (Number(m[1]) * 60 + Number(m[2]) >= Number(m[3]) * 60 + Number(m[4])) return null
      const at = m.index + m[1].length + 1 + m[2].length
      return {
        start: at,
        end: at + 1,
        data: { match: m[0][at - m.index], range: m[0] },
        replacement: '—',
      }
    },
  },
  'year-abbrev': {
    // every branch reads a digit before 年, or a quote before a digit (most lines with a 年 or a
    // 增长 hold neither)
    lineNeeds: DIGITS.flatMap((d) => [`${d}年`, `'${d}`, `’${d}`]),
    starts: yearAbbrevStarts,
    needs: /\d\d/,
    // Only a two-digit year before a month (or a range of months) or 年度 (not 第23年度): "用了10年"
    // is a duration; or the end of a range of years whose start is written out ("2023—24年"); or the
    // year a figure is compared with ("较23年提高"; "较10年前" is a duration).
    re: hoisted(
      /(?<![\d.０-９\-－第])(?:\d{2}年(?=\d{1,2}(?:[—～\-－至到]\d{1,2})?月|度)|[’']\d{2}(?=[\s，。、；）)]|$))|(?<=(?:19|20)\d{2}年?[—–～〜\-－至到])\d{2}年|(?<=[较比与同])\d{2}年(?=同期|(?:相比|提高|增长|增加|下降|减少|降低|持平))/g,
    ),
    hit: (m) => whole(m),
  },
  'leading-zero': {
    // 0 and a digit before 月 or 日
    lineNeeds: DIGITS_1_9.flatMap((d) => [`0${d}月`, `0${d}日`]),
    needs: /0[1-9][月日]/,
    re: hoisted(/(?:(?<=\d年|\d月)|(?<![\w.\-/:：]))0([1-9])(?=[月日])/g),
    hit: (m) => whole(m, {}, m[1]),
  },
  'zero-glyph': {
    // 一 or 二 and a year digit
    lineNeeds: [...'一二'].flatMap((a) => [...YEAR_CHARS].map((b) => a + b)),
    starts: zeroGlyphStarts,
    needs: /年/,
    re: hoisted(new RegExp(`(?<![〇零○一二三四五六七八九十])[一二]${YEAR_CHAR}{3}(?=年)`, 'g')),
    hit(m) {
      const out: NumberHit[] = []
      for (let i = 1; i < m[0].length; i++)
        if (!/[〇一二三四五六七八九]/.test(m[0][i]))
          out.push({
            start: m.index + i,
            end: m.index + i + 1,
            data: { match: m[0][i], replacement: '〇' },
            replacement: '〇',
          })
      return out
    },
  },
  'date-separators': {
    // the month between two separators alike: .1. /12/
    lineNeeds: ['.', '/'].flatMap((s) => MONTHS.map((m) => s + m + s)),
    starts: dateSeparatorStarts,
    needs: /\d[./]\d/,
    re: hoisted(
      /(?<![\d./\w])(?:19|20)\d{2}([./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d./])/g,
    ),
    // a version number ("版本2024.1.15", "2024.1.15版") is no date
    hit: (m, text) =>
      /版本号?[ :：]*$/.test(text.slice(Math.max(0, m.index - 6), m.index)) ||
      /^[ ]*版/.test(text.slice(m.index + m[0].length))
        ? null
        : whole(m),
  },
  'range-unit': {
    // the mark joining the figures, rarer on a line than % 万 亿
    lineNeeds: [...JOINTS],
    starts: rangeUnitStarts,
    needs: /[\d０-９]/,
    // full-width digits count too: format-fullwidth-alnum turning "１２３" into "123" reveals nothing
    // spaces beside a Chinese dash or 至 are stray ones format-stray-spaces deletes ("１２３—— 3.5%")
    re: hoisted(
      /(?<![\d０-９]|[\d０-９][.．])[\d０-９]+(?:[.．][\d０-９]+)?(?:[ \u3000\u00a0]*(?:——|[—～〜至到])[ \u3000\u00a0]*|[~\-－])[\d０-９]+(?:[.．][\d０-９]+)?(?:[%％]|万|亿)/g,
    ),
    hit: (m) => whole(m),
  },
  qianbai: {
    needs: /\d[千百]/,
    re: hoisted(/(?<!\d|\d\.)\d+(?:\.\d+)?[千百](?![米克瓦伏卡帕兆分])/g),
    hit: (m) => whole(m),
  },
  approx: {
    needs: /、/,
    // Two consecutive numbers before a measure word; 月/年/季度/号 make a list ("1、2月"), not an estimate.
    re: hoisted(
      new RegExp(
        `(?<![\\d第、.一二三四五六七八九十])([1-9]|[一二三四五六七八])、([2-9]|[二三四五六七八九])(?=${MEASURE})`,
        'g',
      ),
    ),
    hit(m) {
      const a = num(m[1])
      const b = num(m[2])
      if (a == null || b !== a + 1 || /\d/.test(m[1]) !== /\d/.test(m[2])) return null
      return whole(m)
    },
  },
  'percent-chinese': {
    re: /百分之[零〇一二三四五六七八九十百点两]+/g,
    hit: (m) => whole(m),
  },
  'decimal-zero': {
    starts: decimalZeroStarts,
    needs: /\.\d/,
    // ".23年" ".2023年" after a word is a stray dot before a date ("截止.2023年"), not a decimal
    // the "." first, the look-behinds after it: the engine then scans for "." (6× faster)
    re: /\.(?<=[\u4e00-\u9fff]\.)(?<![一二三四五六七八九十〇零]\.)(\d+)(?![年月日])(?=[%％\u4e00-\u9fff])/g,
    hit: (m) => whole(m, {}, `0.${m[1]}`),
  },
  grouping: {
    needs: /\d,\d/,
    // figures with 千分撇 in groups that are not of three: 1,2345 or 1234,567 (a list "1,2,3" is no
    // grouping, and another rule's concern)
    re: hoisted(/(?<![\d,.])\d+(?:,\d+)+(?!\d)/g),
    hit(m) {
      const [first, ...rest] = m[0].split(',')
      const long = rest.some((g) => g.length > 3)
      const wideFirst = first.length > 3 && rest.every((g) => g.length === 3)
      return long || wideFirst ? whole(m) : null
    },
  },
  'relative-time': {
    needs: /\d{4}年/,
    re: /(?:今年|去年|明年|前年|本年|上年|当年)(?=\d{4}年)/g,
    hit: (m) => whole(m, {}, ''),
  },
} satisfies Record<string, NumberCheck>

export type NumberCheckId = keyof typeof NUMBER_CHECKS

const NONE: RegExpExecArray[] = []
const sticky = new Map<RegExp, RegExp>()

/**
 * The matches of `check.re` in `text`, as a global search finds them. With `starts`, the
 * expression is tried (sticky) at those places only, skipping those inside the last match.
 */
export function numberMatches(check: NumberCheck, text: string): RegExpExecArray[] {
  let out = NONE
  const { re, starts } = check
  if (!starts) {
    if (check.needs && !check.needs.test(text)) return out
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) (out === NONE ? (out = []) : out).push(m)
    return out
  }
  const at = starts(text)
  if (at.length === 0) return out
  let y = sticky.get(re)
  if (!y) sticky.set(re, (y = new RegExp(re.source, re.flags.replace('g', '') + 'y')))
  let end = 0
  for (const p of at) {
    if (p < end) continue
    y.lastIndex = p
    const m = y.exec(text)
    if (!m) continue
    end = p + m[0].length
    ;(out === NONE ? (out = []) : out).push(m)
  }
  return out
}
