/**
 * inline-enumeration's lists: quotations found by a search for either mark and quotations too short
 * to hold two enumerators left unscanned must give what the walk over every code unit and the scan
 * of every quotation gave.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import {
  type Enumerator,
  enumeratorsFrom,
  scanEnumerators,
} from '../../../shared/document/enumerations'
import { lists, quotations } from '../../../shared/document/enumeration-lists'

const SAMPLES = resolve(import.meta.dirname, '../../fixtures/samples')

// the implementations replaced, kept as the reference
function referenceQuotations(text: string): [number, number][] {
  const out: [number, number][] = []
  let depth = 0
  let open = -1
  for (let i = text.indexOf('“'); i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x201c) {
      if (depth++ === 0) open = i
    } else if (c === 0x201d && depth > 0 && --depth === 0) out.push([open, i])
  }
  return out
}

function referenceLists(text: string, all: readonly Enumerator[]): (readonly Enumerator[])[] {
  const spans = text.includes('“') ? referenceQuotations(text) : []
  if (!spans.length) return all.length >= 2 ? [all] : []
  const outer: Enumerator[] = []
  const out: Enumerator[][] = []
  let k = 0
  for (const [a, b] of spans) {
    while (k < all.length && all[k].start <= a) outer.push(all[k++])
    const within: Enumerator[] = []
    while (k < all.length && all[k].start < b) within.push(all[k++])
    const quoted = scanEnumerators(text, a + 1, b)
    if (quoted.length > 1) out.push(quoted)
    else outer.push(...within)
  }
  while (k < all.length) outer.push(all[k++])
  return outer.length >= 2 ? [outer, ...out] : out
}

/** With `from`, the lists of a heading's run-in body after its title (the quotations the line's). */
function expectSame(text: string, from = 0) {
  expect(quotations(text)).toEqual(referenceQuotations(text))
  const whole = scanEnumerators(text)
  const all = enumeratorsFrom(text, whole, from)
  expect(lists(text, all, whole)).toEqual(referenceLists(text, all))
}

const PIECES = [
  ...'“”“”一二三是第其，、；。：甲乙 ',
  '一是',
  '二是',
  '三是',
  '第一，',
  '其次，',
  '“一是甲，二是乙”',
  '“一是，二是”',
  '“一是二是”',
  '“三重一大”',
  '“甲”',
  '，一是',
  '，二是',
  '第一，',
  '第二、',
  '是否',
]

describe('inline-enumeration lists', () => {
  it.each([
    '',
    '他说“一是团结，二是奋斗”。',
    '“二是”要监督，一是甲；三是乙。',
    '“一是，二是”“一是，二是”',
    '““一是，二是””一是',
    '”“”一是；二是“',
    '一是落实“三重一大”；二是“一是，二是”。',
    // a closing mark among the first five is a nested quotation's: the outer one is long
    '一是，““甲”，一是，二是”，二是',
    '一是，“甲“乙”，一是，二是”，二是',
    '一是，“甲乙丙“”，一是，二是”，二是',
    // the quotation's first enumerator follows its opening mark, or spaces after it
    '甲“一是，二是”',
    '甲“ 一是，二是”',
    '甲“第一，二是、”',
    '甲“一是，二是否”',
  ])('%s', (text) => expectSame(text))

  it('reads a quotation before a heading body', () => {
    expectSame('一、“一是，二是”。一是甲；二是乙', 10)
  })

  it('gives what the walk and the scan of every quotation gave, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), (parts, n) => {
        const text = parts.join('')
        expectSame(text, n % (text.length + 1))
      }),
      { numRuns: 5000, seed: 20261207 },
    )
  })

  it('gives the same on the sample reports and generated reports', () => {
    const texts = readdirSync(SAMPLES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SAMPLES, f), 'utf8'))
    for (let seed = 1; seed <= 12; seed++) texts.push(generateReport(seed, 14_000))
    let quoted = 0
    for (const text of texts)
      for (const line of text.split('\n')) {
        expectSame(line)
        if (quotations(line).length) quoted++
      }
    expect(quoted).toBeGreaterThan(50)
  })
})
