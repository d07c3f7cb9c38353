/**
 * Where year-abbrev and num-range-order try their expressions, found now by one search (a test
 * each, no match arrays): exactly the places the searches they replace found, on any text.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import { rangeStarts } from '../../../shared/rules/util/arithmetic-rates'
import { yearAbbrevStarts } from '../../../shared/rules/util/number-starts'

const SAMPLES = resolve(import.meta.dirname, '../../fixtures/samples')

// the implementations replaced, kept as the reference
const digitAt = (text: string, i: number) => /\d/.test(text[i] ?? '')

function referenceYearStarts(text: string): number[] {
  const out: number[] = []
  for (let k = text.indexOf('年', 2); k >= 0; k = text.indexOf('年', k + 1))
    if (digitAt(text, k - 1) && digitAt(text, k - 2) && !digitAt(text, k - 3)) out.push(k - 2)
  for (const quote of ["'", '’'])
    for (let k = text.indexOf(quote); k >= 0; k = text.indexOf(quote, k + 1))
      if (digitAt(text, k + 1) && digitAt(text, k + 2)) out.push(k)
  return out.sort((a, b) => a - b)
}

function referenceRangeStarts(text: string): number[] {
  const starts: number[] = []
  const joint = /(?:——|[—～〜~至])(?=\d)/g
  for (let m = joint.exec(text); m; m = joint.exec(text)) {
    let k = m.index
    if ('%％万亿'.includes(text[k - 1] ?? '_')) k--
    if (!digitAt(text, k - 1)) continue
    while (k > 0 && /[\d.]/.test(text[k - 1])) k--
    starts.push(k)
  }
  return starts
}

function expectSame(text: string) {
  expect(yearAbbrevStarts(text)).toEqual(referenceYearStarts(text))
  expect(rangeStarts(text)).toEqual(referenceRangeStarts(text))
}

const PIECES = [
  ..."0123456789年月度’'—～〜~至.%％万亿a ，",
  ...['——', '———', '23年', '2023年', "'23", '’2023年', '15—10人', '5万—3万', '1——6月'],
]

describe('starts found by one search', () => {
  it('are the places the old searches found, on random text', () => {
    let found = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expectSame(text)
        found += referenceYearStarts(text).length + referenceRangeStarts(text).length
      }),
      { numRuns: 5000, seed: 20261207 },
    )
    expect(found).toBeGreaterThan(2000)
  })

  it('are the same on the sample reports and generated reports', () => {
    const texts = readdirSync(SAMPLES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SAMPLES, f), 'utf8'))
    for (let seed = 1; seed <= 12; seed++) texts.push(generateReport(seed, 14_000, 0.3))
    for (const text of texts) for (const line of text.split('\n')) expectSame(line)
  })
})
