/** Where straight quotes stand in Chinese: what punct-straight-quotes fixes and punct-halfwidth-in-zh expects. */

import { lineMemo } from '../../document/line-memo'
import { charAt, charBefore, isAsciiAlnum, isCjk, isHan } from './chars'

export const hasHan = (s: string) => [...s].some(isHan)

/** Positions of `mark` that can be quotation marks: not an apostrophe (don't) nor an inch sign (5'10"). */
export function quoteMarks(text: string, mark: string, from: number, to: number): number[] {
  const out: number[] = []
  for (let i = text.indexOf(mark, from); i >= 0 && i < to; i = text.indexOf(mark, i + 1)) {
    const prev = charBefore(text, i)
    const next = charAt(text, i + 1)
    if (mark === "'" && isAsciiAlnum(prev) && (isAsciiAlnum(next) || next === ' ' || next === ''))
      continue
    // full-width digits too, which format-fullwidth-alnum makes half-width
    if (/[0-9０-９]/.test(prev) && !zhStartsAt(text, i + 1)) continue
    out.push(i)
  }
  return out
}

/** Pairs `marks` in order; an odd count leaves every mark unpaired (which one is extra is unknown). */
export function pairs(marks: number[]): [number, number][] | null {
  if (marks.length % 2) return null
  const out: [number, number][] = []
  for (let i = 0; i < marks.length; i += 2) out.push([marks[i], marks[i + 1]])
  return out
}

/** ① ⑴ ⒈ ㈠: enclosed numbers, which the numbering rules turn into ① （1） 1. （一）. */
const ENCLOSED = /^[\u2460-\u249b\u3220-\u3229]$/

/** Whether the dots from `j` to `k` are an ellipsis that punct-ellipsis-form turns into "……". */
function isEllipsis(text: string, j: number, k: number): boolean {
  return k - j >= 3 && !/[A-Za-z.]/.test(text.charAt(j - 1)) && text.charAt(k) !== '.'
}

/**
 * Chinese right before `i`: a full-width character, or one a fix makes full-width ("㈠" becomes
 * "（一）", "..." becomes "……", the brackets of "(一)" become "（一）"), so the judgement holds
 * before and after fixing.
 */
export function zhEndsAt(text: string, i: number): boolean {
  let j = i
  while (j > 0 && text[j - 1] === ')') j--
  const c = charBefore(text, j)
  if (isCjk(c) || ENCLOSED.test(c)) return true
  let d = j
  while (d > 0 && text[d - 1] === '.') d--
  return isEllipsis(text, d, j)
}

/** Chinese right from `i`, in the same sense as `zhEndsAt`. */
export function zhStartsAt(text: string, i: number): boolean {
  let k = i
  while (k < text.length && text[k] === '(') k++
  const c = charAt(text, k)
  if (isCjk(c) || ENCLOSED.test(c)) return true
  let d = k
  while (d < text.length && text[d] === '.') d++
  return isEllipsis(text, k, d)
}

/** Chinese around or inside the pair [a, b]. */
export function chineseContext(text: string, a: number, b: number): boolean {
  return hasHan(text.slice(a + 1, b)) || zhEndsAt(text, a) || zhStartsAt(text, b + 1)
}

/**
 * Each quote of a Chinese-judged pair of a line mapped to its pair, kept in the run's memo scope (a
 * line asks once per half-width mark beside a quote); no module-level copy of report text.
 */
const quotePairs = lineMemo((text: string) => {
  const pairOf = new Map<number, [number, number]>()
  for (const pair of pairs(quoteMarks(text, '"', 0, text.length)) ?? [])
    pairOf.set(pair[0], pair).set(pair[1], pair)
  return pairOf
})

/**
 * Whether the " at `i` opens or closes a pair that punct-straight-quotes judges Chinese
 * ("一、"abc"." ",""一、"): its fix writes “ or ” there, beside which a half-width mark is Chinese.
 */
export function inChinesePair(text: string, i: number): boolean {
  const pair = quotePairs(text).get(i)
  return !!pair && chineseContext(text, pair[0], pair[1])
}

const OPENS = '“‘（《〈【〔「『'
const CLOSES = '”’）》〉】〕」』'

/** Whether the full-width paired marks in `s` close in order ("〕" or "”" alone do not). */
export function balanced(s: string): boolean {
  const stack: string[] = []
  for (const c of s) {
    const open = OPENS.indexOf(c)
    if (open >= 0) stack.push(CLOSES[open])
    else if (CLOSES.includes(c) && stack.pop() !== c) return false
  }
  return stack.length === 0
}
