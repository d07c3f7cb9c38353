/**
 * punct-halfwidth-in-zh looks only at the marks CANDIDATES finds, not at every , . ; : ? !: the
 * marks it passes over (a "." before a Latin letter or digit) must be ones `inChinese` rejects.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import { CANDIDATES, halfBefore, inChinese } from '../../../shared/rules/halfwidth-punct'

const ALL = /[,.;:?!]/g
const positions = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m.index)

/** Every mark CANDIDATES leaves out is a "." before a letter or digit, rejected whatever parenEnd. */
function check(text: string) {
  const candidates = new Set(positions(CANDIDATES, text))
  for (const i of positions(ALL, text)) {
    if (candidates.has(i)) continue
    expect([text[i], /[A-Za-z0-9]/.test(text.charAt(i + 1))]).toEqual(['.', true])
    for (let parenEnd = -1; parenEnd <= i; parenEnd++)
      expect(inChinese(text, i, parenEnd), `${text} @${i} ${parenEnd}`).toBe(false)
  }
  expect(positions(CANDIDATES, text).every((i) => /[,.;:?!]/.test(text[i]))).toBe(true)
}

// Marks, what stands beside them in Chinese, English and figures, and the shapes the rule reads
const PIECES = [
  ...',.;:?!aZ09中文一（）()"\'“”。，、%％ \u3000',
  '\ud842\udfb7',
  '...',
  '（3）',
  '(一)',
]

describe('CANDIDATES', () => {
  it('passes over only marks inChinese rejects, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) =>
        check(pieces.join('')),
      ),
      { numRuns: 3000, seed: 20261207 },
    )
  })

  it('passes over only marks inChinese rejects, on generated reports', () => {
    for (let seed = 1; seed <= 4; seed++)
      for (const line of generateReport(seed, 14_000).split('\n')) check(line)
  })
})

describe('halfBefore', () => {
  // the expression it replaces, which sliced the line's head off to test it
  const reference = (text: string, end: number) => /[,.;:?!]/.test(text.slice(0, end))

  it('answers as the expression on a slice, on random text and any end', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.nat(40), (p, n) => {
        const text = p.join('')
        for (const end of [0, n % (text.length + 1), text.length])
          expect(halfBefore(text, end)).toBe(reference(text, end))
      }),
      { numRuns: 3000, seed: 20261208 },
    )
  })
})
