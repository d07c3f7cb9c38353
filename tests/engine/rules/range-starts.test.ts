/**
 * num-range-order tries its range expression where `rangeStarts` says a range may start. Found in
 * one scan for a range's mark with a digit after it, those places must be the ones where the
 * expression matches among the places first written: before every mark with a figure before it.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import { RANGE, rangeStarts, runsDownwards } from '../../../shared/rules/util/arithmetic-rates'

/** The places as first written: every mark, sorted, walked back over a figure and its % or 万. */
function writtenStarts(text: string): number[] {
  const seps: number[] = []
  for (const ch of '—～〜~至')
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) seps.push(i)
  seps.sort((a, b) => a - b)
  const starts: number[] = []
  for (const i of seps) {
    let k = i
    if ('%％万亿'.includes(text[k - 1] ?? '_')) k--
    if (!/\d/.test(text[k - 1] ?? '')) continue
    while (k > 0 && /[\d.]/.test(text[k - 1])) k--
    starts.push(k)
  }
  return starts
}

const matching = (text: string, starts: number[]) =>
  starts.filter((p) => {
    RANGE.lastIndex = p
    return RANGE.test(text)
  })

const PIECES = [...'0123456789.,:：/A_-#＃第号%％万亿—～〜~至人月年 ', '——', '15—10人', '30%—20%']

describe('rangeStarts', () => {
  it('keeps, in order, the places where a range matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        expect(matching(text, rangeStarts(text))).toEqual(matching(text, writtenStarts(text)))
      }),
      { numRuns: 5000, seed: 20260604 },
    )
  })

  it('keeps them on generated reports', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const text = generateReport(seed, 14_000, 0.3)
      expect(matching(text, rangeStarts(text))).toEqual(matching(text, writtenStarts(text)))
    }
  })

  it('reads the two figures of a range as the expression does', () => {
    let down = 0
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES, '9.5', '10.25', '9.4—9.5', '9.6～9.5'), {
          maxLength: 30,
        }),
        (pieces) => {
          const text = pieces.join('')
          for (const at of rangeStarts(text)) {
            RANGE.lastIndex = at
            const m = RANGE.exec(text)
            if (!m) continue
            const expected = Number(m[1]) > Number(m[4])
            if (expected) down++
            expect(runsDownwards(text, at), text).toBe(expected)
          }
        },
      ),
      { numRuns: 5000, seed: 20260605 },
    )
    expect(down).toBeGreaterThan(200)
  })
})
