/** Chinese numerals up to 九十九, both ways, as used in 公文 ordinals (一、 （十一） 二十三、). */

const DIGITS = '〇一二三四五六七八九'

/** Parses 一 … 九十九 (also 两 for 2); returns null for anything else. */
export function parseHanzi(s: string): number | null {
  if (!s) return null
  const t = s.replace(/两/g, '二')
  if (/^[一二三四五六七八九]$/.test(t)) return DIGITS.indexOf(t)
  const m = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(t)
  if (!m) return null
  const tens = m[1] ? DIGITS.indexOf(m[1]) : 1
  const ones = m[2] ? DIGITS.indexOf(m[2]) : 0
  return tens * 10 + ones
}

/** Writes 1 … 99 as 一 … 九十九. */
export function toHanzi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n)
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return (tens > 1 ? DIGITS[tens] : '') + '十' + (ones ? DIGITS[ones] : '')
}

/** Character class body matching the characters of a Chinese numeral up to 九十九. */
export const HANZI_NUMERAL_CLASS = '一二三四五六七八九十两'
