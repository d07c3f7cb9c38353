/** Calendar helpers for date rules: finding dates, days per month, weekdays, 汉字 dates to Arabic. */

import { hoisted } from './regex-hoist'

export const WEEKDAYS = '日一二三四五六'

const YEAR_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  O: 0,
  Ο: 0,
  '0': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** Days in `month` (1-12); February has 29 when the year is unknown. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year == null) return 29
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** 0 = Sunday … 6 = Saturday, proleptic Gregorian. */
export function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** 二〇二四 → 2024 (digit by digit); null when a character is not a year digit. */
export function hanziYear(s: string): number | null {
  let n = 0
  for (const ch of s) {
    const d = YEAR_DIGITS[ch]
    if (d == null) return null
    n = n * 10 + d
  }
  return n
}

/** A year, month and day in 汉字, as expression sources (二〇二四年, 十二月, 二十五日). */
export const HY = '[〇○零OΟ0一二三四五六七八九]{4}年'
export const HM = '[一二三四五六七八九十]{1,2}月'
export const HD = '[一二三四五六七八九十]{1,3}[日号]'

/** Any date with a month: each part either 汉字 or Arabic; groups 1-3 hold year, month and day. */
export const DATE_PATTERN = `(?<![\\d〇○零一二三四五六七八九十])(${HY}|\\d{4}年)?(${HM}|\\d{1,2}月)(${HD}|\\d{1,2}[日号])?`

// The expression tried at one position, and what a date's year and month are written with.
const DATE_AT = new RegExp(DATE_PATTERN, 'y')
const DATE_CHARS = new Set('0123456789〇○零OΟ一二三四五六七八九十年')

/**
 * The matches of `DATE_PATTERN` in `text`, as a global search finds them. Every match holds one
 * 月, at most 7 characters (a year with 年, a month) after its start. The expression has no fixed
 * first character to scan for, so rather than trying it everywhere, it is tried only where a run
 * of date characters before a 月 starts, leftmost first.
 */
export function dateMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let from = 0
  for (let q = text.indexOf('月'); q >= 0; q = text.indexOf('月', q + 1)) {
    let s = q
    while (s > from && s > q - 7 && DATE_CHARS.has(text[s - 1])) s--
    for (; s < q; s++) {
      DATE_AT.lastIndex = s
      const m = DATE_AT.exec(text)
      if (!m) continue
      out.push(m)
      from = s + m[0].length
      break
    }
  }
  return out
}

/**
 * A date with its day: 2024年1月15日 (year optional) or the ISO form 2024-01-15, then an optional
 * （星期一）/（周一）. Groups: 1-3 year, month and day; 4-6 the ISO form's; 7-8 the weekday's word and
 * day.
 */
export const FULL_DATE = hoisted(
  /(?<!\d|\d\.|-)(?:(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]|(\d{4})-(\d{2})-(\d{2})(?![\d\-]))(?:[ \u3000]?[（(](星期|周|礼拜)([一二三四五六日天])[）)])?/g,
)
const FULL_DATE_AT = new RegExp(FULL_DATE.source, 'y')

const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}

/**
 * Where a `FULL_DATE` may start, ascending: before a 月 between digits, at the month's one or two
 * digits, or four places before them when 年 stands there; four places before a "-" after a digit.
 */
function fullDateStarts(text: string): number[] {
  const out: number[] = []
  for (let k = text.indexOf('月', 1); k >= 0; k = text.indexOf('月', k + 1)) {
    if (!isDigit(text, k + 1) || !isDigit(text, k - 1)) continue
    // the month's first digit: no digit stands before a date's first
    const j = isDigit(text, k - 2) ? k - 2 : k - 1
    if (j >= 5 && text[j - 1] === '年') out.push(j - 5)
    out.push(j)
  }
  const dates = out.length
  for (let k = text.indexOf('-', 4); k >= 0; k = text.indexOf('-', k + 1))
    if (isDigit(text, k - 1)) out.push(k - 4)
  return dates > 0 && out.length > dates ? out.sort((a, b) => a - b) : out
}

/** The matches of `FULL_DATE` in `text`, as a global search finds them, tried only where one may start. */
export function fullDates(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let end = 0
  for (const p of fullDateStarts(text)) {
    if (p < end) continue
    FULL_DATE_AT.lastIndex = p
    const m = FULL_DATE_AT.exec(text)
    if (!m) continue
    end = p + m[0].length
    out.push(m)
  }
  return out
}
