/**
 * phrase-list tests an allowed string only where it could cover the phrase found, instead of
 * finding every allowed string in the line: both must agree on any text (overlapping and repeated
 * phrases, an allowed string holding the phrase twice, surrogates).
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allowedCover } from '../../../shared/rules/util/allowed-cover'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const longestFirst = (phrases: string[]) =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length)

/** What the former code found: a global search for the alternation. */
function byExpression(text: string, sorted: string[]): [number, string][] {
  const re = new RegExp(sorted.map(escape).join('|'), 'g')
  return [...text.matchAll(re)].map((m) => [m.index, m[0]])
}

/** What the former code judged allowed: some occurrence of an allowed string covers the match. */
function coveredBefore(text: string, allow: string[], start: number, end: number): boolean {
  for (const a of allow)
    for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1))
      if (i <= start && end <= i + a.length) return true
  return false
}

// few characters, so that phrases and allowed strings meet often; regex syntax and surrogates too
const CHARS = [...'十八大党的“.*(', '\ud842\udfb7', '\ud842']
const word = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 4 })
  .map((a) => a.join(''))
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((a) => a.join(''))

describe('allowedCover', () => {
  it('agrees with a search for every allowed string, on random text', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(word, { maxLength: 6 }),
        text,
        (phrases, allow, t) => {
          const cover = allowedCover(allow)
          for (const [start, phrase] of byExpression(t, longestFirst(phrases)))
            expect(cover(t, phrase, start)).toBe(
              coveredBefore(t, allow, start, start + phrase.length),
            )
        },
      ),
      { numRuns: 5000, seed: 20261207 },
    )
  })
})
