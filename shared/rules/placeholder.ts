/** placeholder: unfilled template marks (XX, ××, Ｘ, XXX同志) and incomplete dates (2023年X月, ____年__月__日). */

import { MASK, maskedLine } from '../document/mask'
import { defineRuleKind, type ReportFn } from './kind'
import { charAt, charBefore, isAsciiAlnum, isHan } from './util/chars'
import { checksOption } from './util/schema'
import { hoisted } from './util/regex-hoist'

type Check = 'marks' | 'dates'

export interface Options {
  checks: Check[]
  /** Terms that begin with an X and are not placeholders (X射线, X光); matched case-insensitively. */
  terms?: string[]
  /** Leave X inside a date ("2023年X月") to the dates check, so it is reported once. */
  skipDates?: boolean
}

const RUN = /[XxＸｘ×]+/g
const PH = '(?:[XxＸｘ×]{1,4}|[_＿]+|□{1,4}|[〇○]{1,2}|[ \\u3000]{2,6}|\\u3000)'
const PH_YEAR = '(?:[XxＸｘ×]{2,4}|[_＿]{2,}|□{2,4})'
/** A date with at least one unfilled part; which alternative matched is checked in code. */
const DATE = hoisted(
  new RegExp(
    [
      `(?<![\\dXxＸｘ×_＿□])(?:\\d{4}|(?:19|20)[XxＸｘ×]{2}|${PH_YEAR})年(?:\\d{1,2}|${PH})月(?:(?:\\d{1,2}|${PH})日)?`,
      `(?<=^|[ \\u3000])年${PH}月${PH}日`,
      `(?<![\\d一二三四五六七八九十〇○零XxＸｘ×_＿□年])${PH}月${PH}日`,
    ].join('|'),
    'g',
  ),
)

const normalise = (s: string) =>
  s.replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toUpperCase()

/**
 * Nearest character before `i` past a gap of spaces. Half-width spaces are always looked past; a
 * gap with a U+3000 only while it is narrower than four columns, as format-stray-spaces deletes
 * such a gap ("的　X" reads as "的X"); a wider one is layout and stands for an edge.
 */
function before(text: string, i: number): string {
  let j = i
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\u3000')) j--
  return wideGap(text.slice(j, i)) ? '\u3000' : charBefore(text, j)
}

function after(text: string, i: number): string {
  let j = i
  while (j < text.length && (text[j] === ' ' || text[j] === '\u3000')) j++
  return wideGap(text.slice(i, j)) ? '\u3000' : charAt(text, j)
}

/** A gap with a U+3000 four or more columns wide (U+3000 counts two). */
function wideGap(gap: string): boolean {
  if (!gap.includes('\u3000')) return false
  return gap.length + gap.split('\u3000').length - 1 >= 4
}

// Every unfilled part of a DATE match sits right before its 年, 月 or 日.
const UNFILLED = 'XxＸｘ×_＿□〇○ \u3000'
const UNFILLED_BEFORE_UNIT = new RegExp(`[${UNFILLED}][年月日]`)
const UNFILLED_BEFORE_UNIT_STRINGS = [...UNFILLED].flatMap((c) => [c + '年', c + '月', c + '日'])

export function dateSpans(text: string): [number, number][] {
  const out: [number, number][] = []
  if (!text.includes('月') || !UNFILLED_BEFORE_UNIT.test(text)) return out
  DATE.lastIndex = 0
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    // anything but digits and 年月日 is an unfilled part (X, _, □, 〇 or blank space)
    if (/[^\d年月日]/.test(m[0])) out.push([m.index, m.index + m[0].length])
  }
  return out
}

export function isPlaceholderRun(
  text: string,
  start: number,
  end: number,
  terms: string[],
): boolean {
  const run = text.slice(start, end)
  if (/^×+$/.test(run) && run.length < 2) return false // 长×宽: a multiplication sign
  const prev = before(text, start)
  const next = after(text, end)
  // a telephone number's digits after its area code: 0571-XXXXXXXX
  if (prev === '-' && /\d-$/.test(text.slice(0, start)) && /^[XxＸｘ]{4,}$/.test(run))
    return !isAsciiAlnum(next)
  // part of a word, a model code or a product: XL, X5, Model X, 3×4, x-ray; or glued to an
  // address (masked), whose end moves when a fix next to it changes ("…?b=1１２３××")
  if (isAsciiAlnum(prev) || isAsciiAlnum(next) || /[-_/@+#]/.test(prev + next)) return false
  if (prev === MASK || next === MASK) return false
  if (
    (prev === '.' && isAsciiAlnum(before(text, start - 1))) ||
    (next === '.' && isAsciiAlnum(after(text, end + 1)))
  )
    return false
  if (/^[Ａ-Ｚａ-ｚ０-９]$/.test(prev) || /^[Ａ-Ｚａ-ｚ０-９]$/.test(next)) return false
  const tail = normalise(text.slice(start, start + 12))
  if (terms.some((t) => tail.startsWith(t))) return false
  if (isHan(prev) || isHan(next)) return true
  // between marks or at a line edge (“XX”、负责人：X), but not alone on a line or between spaces
  const edge = (c: string) => c === '' || c === '\u3000'
  if (edge(prev) && edge(next)) return false
  return !isAsciiAlnum(prev) && !isAsciiAlnum(next)
}

/** Where a year half filled in ("20XX年") starts, when the run at `start, end` is its XX; else -1. */
export function yearStart(text: string, start: number, end: number): number {
  if (end - start !== 2 || text[end] !== '年') return -1
  const at = start - 2
  return /^(?:19|20)$/.test(text.slice(at, start)) && !isAsciiAlnum(charBefore(text, at)) ? at : -1
}

/** 年, 月 or 日: the unit right after each run of X inside a DATE match. */
const isDateUnit = (c: string) => c === '年' || c === '月' || c === '日'

/**
 * Reports the X runs that are placeholders. With skipDates, runs inside an unfilled date are left
 * to the dates check; the dates are read only once a run ends at a 年, 月 or 日, as every run of X
 * inside a date does (its parts hold no other X), so most lines never search for one.
 */
export function checkMarks(
  text: string,
  options: Options,
  terms: string[],
  report: ReportFn,
): void {
  let spans: [number, number][] | undefined
  const inDate = (start: number, end: number) =>
    !!options.skipDates &&
    isDateUnit(text.charAt(end)) &&
    (spans ??= dateSpans(text)).some(([s, e]) => s <= start && end <= e)
  RUN.lastIndex = 0
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    if (inDate(start, end)) continue
    const year = yearStart(text, start, end)
    if (year >= 0) {
      if (!inDate(year, end))
        report({ messageId: 'mark', data: { match: text.slice(year, end) }, start: year, end })
      continue
    }
    if (isPlaceholderRun(text, start, end, terms))
      report({ messageId: 'mark', data: { match: m[0] }, start, end })
  }
}

function checkDates(text: string, report: ReportFn): void {
  for (const [start, end] of dateSpans(text))
    report({ messageId: 'date', data: { match: text.slice(start, end) }, start, end })
}

export default defineRuleKind<Options>({
  meta: {
    id: 'placeholder',
    description: '未填写的占位符（XX、××、Ｘ）和未写完整的日期（2023年X月、____年__月__日）',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['checks'],
      properties: {
        checks: checksOption(['marks', 'dates']),
        terms: {
          type: 'array',
          maxItems: 500,
          items: { type: 'string', minLength: 2, maxLength: 20, pattern: '^[XxＸｘ×]' },
        },
        skipDates: { type: 'boolean' },
      },
    },
    defaultOptions: {
      checks: ['marks'],
      terms: ['X射线', 'X光', 'X线', 'X型', 'X轴', 'X染色体', 'X刀'],
    },
    messages: {
      mark: '“{{match}}”是未填写的占位符，请填入实际内容',
      date: '日期“{{match}}”未填写完整，请写明具体日期',
    },
  },
  create({ options }) {
    const checks = new Set(options.checks)
    const terms = (options.terms ?? []).map(normalise)
    return {
      // marks: checkMarks looks only at lines with an X mark; dates: dateSpans at those with an
      // unfilled part before 年, 月 or 日
      needs: [
        ...(checks.has('marks') ? [...'XxＸｘ×'] : []),
        ...(checks.has('dates') ? UNFILLED_BEFORE_UNIT_STRINGS : []),
      ],
      line(line, report) {
        const text = maskedLine(line)
        if (checks.has('marks')) checkMarks(text, options, terms, report)
        if (checks.has('dates')) checkDates(text, report)
      },
    }
  },
})
