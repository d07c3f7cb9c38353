// Chinese numerals of ordinals: read by code unit, held to the expression they were first read with.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHanzi, toHanzi } from '../../../shared/document/numerals'

/** The first reading: a copy with 两 as 二, then two anchored expressions. */
function byExpression(s: string): number | null {
  const digits = '〇一二三四五六七八九'
  if (!s) return null
  const t = s.replace(/两/g, '二')
  if (/^[一二三四五六七八九]$/.test(t)) return digits.indexOf(t)
  const m = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(t)
  if (!m) return null
  return (m[1] ? digits.indexOf(m[1]) : 1) * 10 + (m[2] ? digits.indexOf(m[2]) : 0)
}

describe('parseHanzi', () => {
  it('reads 一 … 九十九, with 两 for 二', () => {
    const cases: [string, number | null][] = [
      ['一', 1],
      ['九', 9],
      ['两', 2],
      ['十', 10],
      ['十一', 11],
      ['十两', 12],
      ['二十', 20],
      ['两十', 20],
      ['九十九', 99],
      ['', null],
      ['〇', null],
      ['一十', null],
      ['十十', null],
      ['二十十', null],
      ['一二', null],
      ['一百', null],
      ['二十一二', null],
    ]
    for (const [s, n] of cases) expect(parseHanzi(s), s).toBe(n)
  })

  it('agrees with the expressions on random strings of numeral characters', () => {
    const chars = fc.constantFrom(...'〇一二三四五六七八九十两百甲')
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 5 }), (a) => {
        const s = a.join('')
        expect(parseHanzi(s)).toBe(byExpression(s))
      }),
      { numRuns: 20_000 },
    )
  })

  it('reads a range inside a longer string as it reads that range copied out', () => {
    const chars = fc.constantFrom(...'〇一二三四五六七八九十两百甲')
    const part = fc.array(chars, { maxLength: 4 }).map((a) => a.join(''))
    fc.assert(
      fc.property(part, part, part, (before, s, after) => {
        const at = before.length
        expect(parseHanzi(before + s + after, at, at + s.length)).toBe(parseHanzi(s))
      }),
      { numRuns: 20_000 },
    )
  })

  it('reads back what toHanzi writes', () => {
    for (let n = 1; n <= 99; n++) expect(parseHanzi(toHanzi(n))).toBe(n)
  })
})
