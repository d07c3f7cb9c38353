/**
 * `dateMatches` and `fullDates` try their date expression only a few places before each 月 (and
 * each "-"); they must find exactly what one global search with the same expression finds, on any
 * text.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import { DATE_PATTERN, dateMatches, FULL_DATE, fullDates } from '../../../shared/rules/util/dates'

const plain = (text: string) =>
  [...text.matchAll(new RegExp(DATE_PATTERN, 'g'))].map((m) => [m.index, ...m])
const scanned = (text: string) => dateMatches(text).map((m) => [m.index, ...m])

// Characters dates are made of, their neighbours, and some that break a date.
const PIECES = [...'0123456789〇○零OΟ一二三四五六七八九十年月日号度，至—-', '2024年', '十二月']

describe('dateMatches', () => {
  it.each([
    '2024年3月5日召开，二〇二四年十二月二十五日结束。',
    '123月', // no month of three digits
    '12月5日至2025年1月3日',
    '2024年2024年3月', // the first year is not part of the date
    '二〇二四年12月十五号',
    '第十一月', // 十一月 after 第 still a month
    '20245年3月',
    '月月月3月',
  ])('%s', (text) => {
    expect(scanned(text)).toEqual(plain(text))
  })

  it('finds what a global search finds, on random date-like text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(scanned(text)).toEqual(plain(text))
      }),
      { numRuns: 3000, seed: 20261125 },
    )
  })

  it('finds what a global search finds, on generated reports', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const text = generateReport(seed, 14_000)
      expect(scanned(text)).toEqual(plain(text))
    }
  })
})

describe('fullDates', () => {
  const global = (text: string) =>
    [...text.matchAll(new RegExp(FULL_DATE.source, 'g'))].map((m) => [m.index, ...m])
  const tried = (text: string) => fullDates(text).map((m) => [m.index, ...m])
  // dates with a day, ISO dates, weekdays in brackets, and what may stand before a date
  const FULL_PIECES = [
    ...'0123456789年月日号-.（）() 　星期周礼拜一日天',
    ...[
      '2024年',
      '12月',
      '3月15日',
      '2024年3月5日',
      '2024年12',
      '2024-01-15',
      '（星期一）',
      '20245',
      '1.',
    ],
  ]

  it.each([
    '2024年3月5日（星期二）召开，2024-01-15（周一）报到',
    '12024年3月5日', // the year is not four digits: the date starts at 3月
    '2024年123月5日',
    '1.3月5日',
    '-3月5日',
    '2024-01-15-2',
  ])('%s', (text) => {
    expect(tried(text)).toEqual(global(text))
  })

  it('finds what a global search finds, on random date-like text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FULL_PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        expect(tried(text)).toEqual(global(text))
      }),
      { numRuns: 5000, seed: 20260602 },
    )
  })

  it('finds what a global search finds, on generated reports', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const text = generateReport(seed, 14_000, 0.3)
      expect(tried(text)).toEqual(global(text))
    }
  })
})
