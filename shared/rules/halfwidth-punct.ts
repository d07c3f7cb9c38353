/** halfwidth-punct: half-width , . ; : ? ! in Chinese text, with the full-width mark as the fix. */

import { findEnumerators } from '../document/enumerations'
import { maskedLine } from '../document/mask'
import type { LineKind } from '../document/types'
import { defineRuleKind } from './kind'
import {
  CJK_CLOSE,
  CJK_OPEN,
  charAt,
  charBefore,
  isAsciiAlnum,
  isAsciiLetter,
  isCjk,
  isHan,
} from './util/chars'
import { inChinesePair, zhEndsAt } from './util/quote-context'
import { requiredStrings } from './util/required-strings'

interface Options {
  /** Which half-width marks to check, any of , . ; : ? ! */
  marks: string
  lineKinds?: LineKind[]
}

const FULL: Record<string, string> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
}
const HALF = /[,.;:?!]/g
/** Whether `text[0, end)` holds one of , . ; : ? ! (a heading's indentation: a few characters). */
export function halfBefore(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (',.;:?!'.includes(text[i])) return true
  return false
}
/**
 * The marks `inChinese` may accept: a "." before a Latin letter or digit never is one (2.3, v1.2,
 * 报告.docx), and decimals are most of a report's half-width marks.
 */
export const CANDIDATES = /[,;:?!]|\.(?![A-Za-z0-9])/g
const ZH_POINTS = '，。、；：？！'
const POINTS = ZH_POINTS + ',;:?!'
const isPoint = (c: string | undefined) => !!c && POINTS.includes(c)
/** A bracketed enumerator ending just before the mark: "（3）." "(一)," (not "（3项）."). */
const ENUMERATOR_BEFORE = /[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]$/

/**
 * Chinese on the left: a Han character, a closing full-width mark (”）》), a full-width point mark
 * (the "," in "一是：," is Chinese text too) or ")" / '"' closing Chinese ("(一)," "(（一）、),"),
 * also where a fix makes it Chinese ("(一))," "㈠".") or a quote pair punct-straight-quotes turns
 * into “” ("一、""."). `parenEnd` is where a heading marker the numbering rules end in "）" stops
 * ("（二）.)," becomes "（二）),"), -1 without one.
 */
function zhBefore(text: string, i: number, parenEnd: number): boolean {
  const c = charBefore(text, i)
  if (c === ')') {
    let j = i - 1
    while (j > 0 && text[j - 1] === ')') j--
    return j === parenEnd || zhEndsAt(text, i)
  }
  if (c === '"') return zhEndsAt(text, i - 1) || inChinesePair(text, i - 1)
  return isHan(c) || (c !== '' && (CJK_CLOSE.includes(c) || ZH_POINTS.includes(c)))
}

/**
 * Whether 。！？ in place of the mark at `i` would start an inline enumerator ("加强.首先、"): the
 * enumerator rules see a clause start after ；：， in either width but after 。！？ only in full
 * width, so fixing the mark would reveal their findings. Such a mark is reported without a fix.
 */
function revealsEnumerator(text: string, i: number): boolean {
  if (!'一二三四五六七八九十第其首再最'.includes(text.charAt(i + 1))) return false
  return findEnumerators('。' + text.slice(i + 1, i + 8)).some((e) => e.start === 1)
}

/**
 * A straight quote beside the mark with no Han on its far side ("'',一"): punct-straight-quotes may
 * judge the pair Chinese only by this mark, and only once it is full-width, so it gets no fix.
 */
function bareQuoteBeside(text: string, i: number): boolean {
  const quote = (c: string) => c === '"' || c === "'"
  return (
    (quote(text.charAt(i - 1)) && !isHan(charBefore(text, i - 1))) ||
    (quote(text.charAt(i + 1)) && !isHan(charAt(text, i + 2)))
  )
}

/** Whether the dots ending at `i` are an ellipsis ("...", not "Loading..."): punct-ellipsis-form's view. */
function ellipsisBefore(text: string, i: number): boolean {
  let j = i
  while (j > 0 && text[j - 1] === '.') j--
  return i - j >= 3 && !isAsciiLetter(charBefore(text, j))
}

/** Chinese on the right: a Han character, an opening full-width mark (“（《), "(一)" or a quote pair
 * punct-straight-quotes turns into “” (",""一、"). */
function zhAfter(text: string, i: number): boolean {
  const c = charAt(text, i)
  if (c === '(') return isHan(charAt(text, i + 1))
  if (c === '"') return isHan(charAt(text, i + 1)) || inChinesePair(text, i)
  return isHan(c) || (c !== '' && CJK_OPEN.includes(c))
}

/**
 * A mark ending the line right after a number that follows Chinese ("同比增长1.5%." "共计36;"):
 * the sentence is Chinese, the number only stands between. "v1.2." and "by 5%." have no Han before.
 */
function afterZhNumberAtEnd(text: string, i: number): boolean {
  if (text.slice(i + 1).trim() !== '') return false
  let j = i
  while (j > 0 && /[\d.%％]/.test(text[j - 1])) j--
  return /^\d/.test(text.slice(j, i)) && isHan(charBefore(text, j))
}

/**
 * Whether the mark at `i` belongs to Chinese text. Decimals (2.3), times (8:30), thousands
 * (3,000), English (Mr. Li), file names (报告.docx) and "..." have a digit, a Latin letter or
 * another dot beside them and are left alone; URLs are masked before this runs.
 */
export function inChinese(text: string, i: number, parenEnd: number): boolean {
  const mark = text[i]
  const prev = charBefore(text, i)
  const next = charAt(text, i + 1)
  if (mark === '.') {
    if (prev === '.' || next === '.') return false
    return (zhBefore(text, i, parenEnd) && !isAsciiAlnum(next)) || afterZhNumberAtEnd(text, i)
  }
  if (zhBefore(text, i, parenEnd) || afterZhNumberAtEnd(text, i)) return true
  // ",全年" after a closing mark, an ellipsis or at a line start: Chinese on the right, nothing
  // English on the left
  return (
    (mark === ',' || mark === ';') &&
    zhAfter(text, i + 1) &&
    !isAsciiAlnum(prev) &&
    (prev !== '.' || ellipsisBefore(text, i))
  )
}

export default defineRuleKind<Options>({
  meta: {
    id: 'halfwidth-punct',
    description: '中文里用了半角标点（, . ; : ? !），应改用全角标点',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['marks'],
      properties: {
        marks: { type: 'string', minLength: 1, maxLength: 6, pattern: '^[,.;:?!]+$' },
        lineKinds: { type: 'array', uniqueItems: true, items: { type: 'string' } },
      },
    },
    defaultOptions: { marks: ',.;:?!' },
    messages: { halfwidth: '半角“{{match}}”应改为全角“{{replacement}}”' },
    fixable: true,
  },
  create({ options }) {
    const marks = new Set(options.marks)
    const kinds = options.lineKinds?.length ? new Set<string>(options.lineKinds) : null
    return {
      kinds: options.lineKinds?.length ? options.lineKinds : undefined,
      needs: requiredStrings(HALF.source),
      line(line, report) {
        if (kinds && !kinds.has(line.kind)) return
        const text = maskedLine(line)
        // marks in or right after a heading marker ("⑴,") are the numbering rules' business
        const h = line.heading
        const parenEnd = h && h.canonical.endsWith('）') ? h.markerEnd : -1
        const skipStart = h ? h.markerStart : -1
        const skipEnd = h ? h.markerEnd + 1 : -1
        // with no mark before a heading's marker (only indentation), the search starts past it
        CANDIDATES.lastIndex = h && !halfBefore(text, skipStart) ? skipEnd : 0
        for (let m = CANDIDATES.exec(text); m; m = CANDIDATES.exec(text)) {
          const i = m.index
          const ch = m[0]
          if (!marks.has(ch) || (i >= skipStart && i < skipEnd)) continue
          if (!inChinese(text, i, parenEnd)) continue
          // after an enumerator inside a line ("（3）.首先") the mark is a numbering slip, not a 。
          if (ENUMERATOR_BEFORE.test(text.slice(Math.max(0, i - 6), i))) continue
          const replacement = FULL[ch]
          const data = { match: ch, replacement }
          // beside another point mark (",，"), the fix would double a mark: which one stays is unknown
          if (
            isPoint(text[i - 1]) ||
            isPoint(text[i + 1]) ||
            bareQuoteBeside(text, i) ||
            ('.!?'.includes(ch) && revealsEnumerator(text, i))
          )
            report({ messageId: 'halfwidth', data, start: i, end: i + 1 })
          else
            report({
              messageId: 'halfwidth',
              data,
              start: i,
              end: i + 1,
              fix: { start: i, end: i + 1, replacement },
            })
        }
      },
    }
  },
})
