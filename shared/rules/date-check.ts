/** date-check: impossible dates (2023年2月29日, 6月31日) and a weekday in 括注 that does not match the date. */

import { memoOnLine } from '../document/line-memo'
import { maskedLine } from '../document/mask'
import type { DocModel } from '../document/types'
import { defineRuleKind, type ReportFn } from './kind'
import { daysInMonth, fullDates, weekday, WEEKDAYS } from './util/dates'
import { checksOption } from './util/schema'
import { requiredStrings } from './util/required-strings'

type Check = 'validity' | 'weekday'

interface Options {
  checks: Check[]
}

/** A digit after 月 (the day) or after "-" (an ISO date's month): far rarer than 月 or "-". */
const DATE_NEEDS = [...'0123456789'].flatMap((d) => [`月${d}`, `-${d}`])

/** A line's dates, read once for both checks (each default rule runs one of them). */
const datesOf = memoOnLine(maskedLine, (line) => fullDates(maskedLine(line)))

function checkMatch(m: RegExpExecArray, checks: Set<Check>, report: ReportFn): void {
  const yearText = m[1] ?? m[4]
  const year = yearText ? Number(yearText) : undefined
  const month = Number(m[2] ?? m[5])
  const day = Number(m[3] ?? m[6])
  const dateText = m[0].replace(/[ \u3000]?[（(].*$/, '')
  const start = m.index
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year)
  if (!valid) {
    if (checks.has('validity'))
      report({
        messageId: 'invalid',
        data: { date: dateText },
        start,
        end: start + dateText.length,
      })
    return
  }
  if (!checks.has('weekday') || year == null || !m[8]) return
  const expected = WEEKDAYS[weekday(year, month, day)]
  const found = m[8] === '天' ? '日' : m[8]
  if (found === expected) return
  const at = start + m[0].length - 2
  const replacement = expected === '日' && m[8] === '天' ? '天' : expected
  report({
    messageId: 'weekday',
    data: { date: dateText, prefix: m[7], expected: replacement, found: m[8] },
    start: at,
    end: at + 1,
    fix: { start: at, end: at + 1, replacement },
  })
}

/**
 * The years a date written without one (6月19日（星期三）) may belong to: the 成文日期's year and the
 * title's first year (a report dated January on last year's work has both). None: not checked.
 */
function documentYears(doc: DocModel): number[] {
  const years = new Set<number>()
  const date = doc.lines.findLast((l) => l.kind === 'date')
  const dated = date && /^\s*(\d{4})年/.exec(date.text)
  if (dated) years.add(Number(dated[1]))
  const titled = doc.titleText && /(?<!\d)((?:19|20)\d{2})年/.exec(doc.titleText)
  if (titled) years.add(Number(titled[1]))
  return [...years]
}

const WEEKDAY_NOTE = /[（(](?:星期|周|礼拜)[一二三四五六日天][）)]/

/** A weekday after a date without its year: wrong only if it fits none of the document's years. */
function checkYearless(doc: DocModel, report: ReportFn): void {
  if (!WEEKDAY_NOTE.test(doc.text)) return
  let years: number[] | undefined
  for (const line of doc.lines) {
    if (line.kind === 'date' || !WEEKDAY_NOTE.test(line.text)) continue
    years ??= documentYears(doc)
    if (!years.length) return
    for (const m of datesOf(line)) {
      if (m[1] || m[4] || !m[8]) continue
      const month = Number(m[2])
      const day = Number(m[3])
      const found = m[8] === '天' ? '日' : m[8]
      const fits = years.some(
        (y) => day <= daysInMonth(month, y) && WEEKDAYS[weekday(y, month, day)] === found,
      )
      if (fits || month < 1 || month > 12 || day < 1 || day > daysInMonth(month, years[0])) continue
      const expected = WEEKDAYS[weekday(years[0], month, day)]
      const at = line.start + m.index + m[0].length - 2
      report({
        messageId: 'weekdayInferred',
        data: {
          date: m[0].replace(/[ \u3000]?[（(].*$/, ''),
          year: String(years[0]),
          prefix: m[7],
          expected,
          found: m[8],
        },
        start: at,
        end: at + 1,
      })
    }
  }
}

export default defineRuleKind<Options>({
  meta: {
    id: 'date-check',
    description: '日期核对：不存在的日期，括注的星期与日期不符',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checks: checksOption(['validity', 'weekday']),
      },
    },
    defaultOptions: { checks: ['validity', 'weekday'] },
    messages: {
      invalid: '“{{date}}”不存在，请核对日期',
      weekday: '{{date}}是{{prefix}}{{expected}}，不是{{prefix}}{{found}}',
      weekdayInferred:
        '按本文年份（{{year}}年），{{date}}是{{prefix}}{{expected}}，不是{{prefix}}{{found}}，请核对',
    },
    fixable: true,
  },
  create({ options }) {
    const checks = new Set(options.checks)
    return {
      needs: DATE_NEEDS,
      line(line, report) {
        for (const m of datesOf(line)) checkMatch(m, checks, report)
      },
      // a weekday in brackets after a date: 星期, 周 or 礼拜
      documentNeeds: requiredStrings(WEEKDAY_NOTE.source),
      document(doc, report) {
        if (checks.has('weekday')) checkYearless(doc, report)
      },
    }
  },
})
