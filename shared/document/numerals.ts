/** Chinese numerals up to 九十九, both ways, as used in 公文 ordinals (一、 （十一） 二十三、). */

const DIGITS = '〇一二三四五六七八九'

/** Value of a digit 一 … 九 (两 reads as 二), 0 for any other code unit. */
const DIGIT_VALUE = new Uint8Array(65536)
for (let d = 1; d <= 9; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d
DIGIT_VALUE['两'.charCodeAt(0)] = 2

const TEN = '十'.charCodeAt(0)

/**
 * Parses 一 … 九十九 (also 两 for 2) in `s` from `start` to `end` (the whole string by default);
 * returns null for anything else (一十, 十十, 〇). The range lets a caller read a numeral inside a
 * line without copying it out.
 */
export function parseHanzi(s: string, start = 0, end = s.length): number | null {
  // read by code unit: called for every ordinal and enumerator, so no expression and no copy
  const n = end - start
  const first = s.charCodeAt(start)
  if (n === 1) return first === TEN ? 10 : DIGIT_VALUE[first] || null
  if (n <= 0 || n > 3) return null
  // where 十 stands: first or second (a third 十 never makes a numeral)
  const ten = first === TEN ? 0 : s.charCodeAt(start + 1) === TEN ? 1 : -1
  if (ten < 0 || ten < n - 2) return null
  // 十 / 十五 / 二十 / 二十五: tens before 十 (二 … 九, one omitted), ones after it
  const tens = ten === 0 ? 1 : DIGIT_VALUE[first]
  if (tens < 2 && ten === 1) return null
  if (ten + 1 === n) return tens * 10
  const next = s.charCodeAt(start + ten + 1)
  const ones = DIGIT_VALUE[next]
  return ones && next !== TEN ? tens * 10 + ones : null
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
