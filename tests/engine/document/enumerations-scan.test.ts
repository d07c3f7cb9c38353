// scanEnumerators reads enumerators by hand; it must find what one global search finds in the slice.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import {
  enumeratorsBetween,
  enumeratorsFrom,
  scanEnumerators,
} from '../../../shared/document/enumerations'
import { parseHanzi } from '../../../shared/document/numerals'

// the expression the scan replaces, with the numbers read as parseHanzi reads them
const n = '[一二三四五六七八九十]'
const after = '[，,]|、(?![第一二三四五六七八九十])'
const REFERENCE = new RegExp(
  `(?<=^|[。；;！？：:，,]|^[ \\u3000]+)(?:(${n}{1,3})是(?![否非])|第(${n}{1,3})(?=${after})|其(${n})(?=${after})|(首先|其次|再次|最后)(?=${after}))`,
  'g',
)
const WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: Infinity }

function reference(text: string, from: number, to: number) {
  const out = []
  for (const m of text.slice(from, to).matchAll(REFERENCE)) {
    const [whole, shi, di, qi, word] = m
    const family = shi ? 'shi' : di ? 'di' : qi ? 'qi' : 'sequence-words'
    const ordinal = word ? WORDS[word] : parseHanzi(shi ?? di ?? qi)
    if (!ordinal) continue
    const start = m.index + from
    out.push({ family, ordinal, start, end: start + whole.length, text: whole })
  }
  return out
}

const PIECES = [
  ...'一二三四五六七八九十是否非第其首先次再最后，,、；;：:。！？ \u3000甲“”',
  '十一',
  '二十',
  '其次',
  '最后',
  '首先',
  '再次',
  '第十二',
  '一是',
  '、第',
]

describe('scanEnumerators', () => {
  it.each([
    '一是压实责任；二是强化监督；十二是落实。',
    '第一、二季度完成。第一、第二批验收。',
    '首先，提高站位；其次，压实；再次、最后、',
    '一十是，十十是，二三是，九十九是，一二三四是',
    '\u3000\u3000 一是甲',
    '第一，第一二三四，第十、',
    '其一，其十，其次，其二、三',
    '统一是前提，二是否，三是非',
    '第二十三四，第二十一，二十三四是，一是',
  ])('%s', (text) => {
    expect(scanEnumerators(text)).toEqual(reference(text, 0, text.length))
  })

  it('finds what a global search finds in the slice, on random enumerator-like text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.join('')
          const from = text.length ? a % (text.length + 1) : 0
          const to = from + (b % (text.length - from + 1))
          expect(scanEnumerators(text, from, to)).toEqual(reference(text, from, to))
          expect(scanEnumerators(text)).toEqual(reference(text, 0, text.length))
        },
      ),
      { numRuns: 5000, seed: 20261125 },
    )
  })

  it('reads the enumerators of a slice to the end off those of the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(), (parts, a) => {
        const text = parts.join('')
        const from = a % (text.length + 1)
        expect(enumeratorsFrom(text, scanEnumerators(text), from)).toEqual(
          scanEnumerators(text, from),
        )
      }),
      { numRuns: 5000, seed: 20261125 },
    )
  })

  it('reads the enumerators of a slice up to a closing quotation mark off those of the whole text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }),
        fc.nat(),
        (before, after, a) => {
          const to = before.join('').length
          const text = `${before.join('')}”${after.join('')}`
          const from = a % (to + 1)
          expect(enumeratorsBetween(text, scanEnumerators(text), from, to)).toEqual(
            scanEnumerators(text, from, to),
          )
        },
      ),
      { numRuns: 5000, seed: 20261207 },
    )
  })

  it('finds what a global search finds, on generated reports', () => {
    for (let seed = 1; seed <= 8; seed++)
      for (const line of generateReport(seed, 14_000).split('\n'))
        expect(scanEnumerators(line)).toEqual(reference(line, 0, line.length))
  })
})
