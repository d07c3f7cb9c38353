/** Inline enumerators inside a paragraph: 一是/二是…, 第一/第二…, 其一/其二…, 首先/其次/再次/最后. */

import { charTable } from '../rules/util/chars'
import { requiredStrings } from '../rules/util/required-strings'
import { lineMemo, memoOnLine } from './line-memo'
import { maskedLine } from './mask'
import { parseHanzi } from './numerals'
import type { Line } from './types'

export type EnumFamily = 'shi' | 'di' | 'qi' | 'sequence-words'

export interface Enumerator {
  family: EnumFamily
  /** 1-based position; for 首先/其次/再次 1/2/3, for 最后 Infinity. */
  ordinal: number
  /** Range of the enumerator word relative to the text given, e.g. "二是". */
  start: number
  end: number
  text: string
}

// An enumerator starts a clause: at the start of the text or after a clause-ending mark.
const BOUNDARY = '(?<=^|[。；;！？：:，,]|^[ \\u3000]+)'
// A comma or a stray 顿号 follows; "第一、二季度" and "第一、第二批" are ranges, not enumerators.
const AFTER = '[，,]|、(?![第一二三四五六七八九十])'
const CORE = `(?:([一二三四五六七八九十]{1,3})是(?![否非])|第([一二三四五六七八九十]{1,3})(?=${AFTER})|其([一二三四五六七八九十])(?=${AFTER})|(首先|其次|再次|最后)(?=${AFTER}))`
/** The whole expression, for what every line with an enumerator contains. */
const ENUM = new RegExp(BOUNDARY + CORE)
/** Characters every line with an enumerator contains (one of). */
export const ENUMERATOR_NEEDS = requiredStrings(ENUM.source)
/**
 * The expression without its boundary, tried only where a clause starts: a lookbehind at the head
 * of an expression is tested at every position of every line.
 */
const AT = new RegExp(CORE, 'y')
const CLAUSE_END = charTable('。；;！？：:，,')
const FIRST = charTable('一二三四五六七八九十第其首再最')
const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: Infinity }

/**
 * Finds inline enumerators in a piece of text, in order. Memoised by text (several rules ask for
 * the same line); the result is shared, so callers must not mutate it.
 */
export const findEnumerators: (text: string) => readonly Enumerator[] = lineMemo(scanEnumerators)

/** `findEnumerators` of a line's masked text, kept on the line. */
export const lineEnumerators: (line: Line) => readonly Enumerator[] = memoOnLine(
  maskedLine,
  (line) => scanEnumerators(maskedLine(line)),
)

function scanEnumerators(text: string): Enumerator[] {
  const out: Enumerator[] = []
  let lead = 0
  while (text[lead] === ' ' || text[lead] === '\u3000') lead++
  for (let i = 0; i < text.length; i++) {
    if (!FIRST[text.charCodeAt(i)]) continue
    if (i > lead && !CLAUSE_END[text.charCodeAt(i - 1)]) continue
    AT.lastIndex = i
    const m = AT.exec(text)
    if (!m) continue
    const [whole, shi, di, qi, word] = m
    const family: EnumFamily = shi ? 'shi' : di ? 'di' : qi ? 'qi' : 'sequence-words'
    const ordinal = word ? SEQUENCE_WORDS[word] : parseHanzi(shi ?? di ?? qi)
    // a match is passed over, as a global search would, even when its number does not read
    i += whole.length - 1
    if (!ordinal) continue
    out.push({ family, ordinal, start: m.index, end: m.index + whole.length, text: whole })
  }
  return out
}
