/**
 * paired-marks lets one native search (`sideBySide`) clear most lines in place of `plain`: a line
 * it clears must be one `plain` clears too, on any text, and it must stay linear.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IS_MARK, plain, sideBySide } from '../../../shared/rules/util/plain-marks'

function plainFrom(text: string, from: number): boolean {
  let first = from
  while (first < text.length && !IS_MARK[text.charCodeAt(first)]) first++
  return plain(text, first, -1, -1)
}

// every paired mark, whole pairs, nesting, and other text
const PIECES = [
  ...'“”‘’（）《》〈〉【】〔〕',
  '“”',
  '（）',
  '《》',
  '文',
  'a',
  '　',
  '“文（文）文”',
]

describe('sideBySide', () => {
  it.each([
    ['', true],
    ['加强学习', true],
    ['“互联网+政务服务”平台（社区）《条例》', true],
    ['“学习（条例）精神”', false], // plain, but one pair inside another
    ['“学习“两个维护”精神”', false],
    ['学习》', false],
    ['“学习', false],
  ])('%s', (text, expected) => {
    expect(sideBySide(text, 0)).toBe(expected)
    if (expected) expect(plainFrom(text, 0)).toBe(true)
  })

  it('clears only lines plain clears, on random text and from any place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }),
        fc.nat(40),
        (pieces, n) => {
          const text = pieces.join('')
          const from = n % (text.length + 1)
          if (sideBySide(text, from)) expect(plainFrom(text, from)).toBe(true)
        },
      ),
      { numRuns: 5000, seed: 20261207 },
    )
  })

  it('stays linear on a long line it does not clear', () => {
    const text = '“' + '文'.repeat(200_000) + '（' + '文'.repeat(200_000)
    const t0 = performance.now()
    expect(sideBySide(text, 0)).toBe(false)
    expect(performance.now() - t0).toBeLessThan(1000)
  })
})
