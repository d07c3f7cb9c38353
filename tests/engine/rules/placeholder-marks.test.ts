/**
 * placeholder's marks check reads the unfilled dates only once a run of X ends at 年, 月 or 日; it
 * must report what reading them first on every line with an X reported.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import type { Report } from '../../../shared/rules/kind'
import {
  checkMarks,
  dateSpans,
  isPlaceholderRun,
  yearStart,
  type Options,
} from '../../../shared/rules/placeholder'

const SAMPLES = resolve(import.meta.dirname, '../../fixtures/samples')

// the implementation replaced, kept as the reference
function referenceMarks(text: string, options: Options, terms: string[]): Report[] {
  const out: Report[] = []
  if (!/[XxＸｘ×]/.test(text)) return out
  const skip = options.skipDates ? dateSpans(text) : []
  const run = /[XxＸｘ×]+/g
  for (let m = run.exec(text); m; m = run.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    if (skip.some(([s, e]) => s <= start && end <= e)) continue
    const year = yearStart(text, start, end)
    if (year >= 0) {
      if (!skip.some(([s, e]) => s <= year && end <= e))
        out.push({ messageId: 'mark', data: { match: text.slice(year, end) }, start: year, end })
      continue
    }
    if (isPlaceholderRun(text, start, end, terms))
      out.push({ messageId: 'mark', data: { match: m[0] }, start, end })
  }
  return out
}

const TERMS = ['X射线', 'X光']
const OPTIONS: Options[] = [
  { checks: ['marks'], skipDates: true },
  { checks: ['marks'], skipDates: false },
]

function expectSame(text: string) {
  for (const options of OPTIONS) {
    const found: Report[] = []
    checkMarks(text, options, TERMS, (r) => found.push(r))
    expect(found).toEqual(referenceMarks(text, options, TERMS))
  }
}

const PIECES = [
  ...'XxＸｘ×年月日0129_＿□〇○ \u3000-.的a，。“”',
  ...['20XX年', '2023年X月', 'XX月XX日', '____年__月__日', '  月  日', 'X光', 'XXXXX月'],
  ...['年X月X日', '19××年', '2024年1月X日', '×××同志', '0571-XXXX', '〇月〇日'],
]

describe('placeholder marks', () => {
  it.each(['2023年X月召开', '20XX年', 'XX年XX月XX日', '年X月X日', 'XXXXX月', '于20XX年X月X日'])(
    '%s',
    (text) => expectSame(text),
  )

  it('reports what reading the dates first reported, on random text', () => {
    let reported = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expectSame(text)
        reported += referenceMarks(text, OPTIONS[0], TERMS).length
      }),
      { numRuns: 5000, seed: 20261207 },
    )
    expect(reported).toBeGreaterThan(1000)
  })

  it('reports the same on the sample reports and generated reports', () => {
    const texts = readdirSync(SAMPLES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SAMPLES, f), 'utf8'))
    for (let seed = 1; seed <= 12; seed++) texts.push(generateReport(seed, 14_000))
    for (const text of texts) for (const line of text.split('\n')) expectSame(line)
  })
})
