/** Calendar helpers for date rules: days per month, weekdays, 汉字 dates to Arabic. */

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
