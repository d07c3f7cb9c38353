/**
 * The document rules read a few lines: through the flat text (`forLinesHolding`) or as the engine
 * hands them over (the lines holding a rule's `documentNeeds`), and scan a few characters by hand;
 * each must find what the line-by-line search or the expression it replaces finds, on any text.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import { parseDocument } from '../../../shared/document/parse'
import { forLinesHolding, indexOfAny, trimmedLength } from '../../../shared/rules/util/doc-lines'
import { runRules, type CompiledRule, type LineCache } from '../../../shared/engine/run'

const BREAKS = ['\n', '\r\n', '\r']
// Line breaks, the strings the rules look for and their pieces, spaces and an astral character.
const PIECES = [
  ...BREAKS,
  ...'《》全年以下如下列从三4个方面项问题：。 \u3000\t',
  '全年',
  '下列',
  '以下3个方面',
  '从三个问题',
  '😀',
]
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''))

function holding(text: string, needle: string) {
  const doc = parseDocument(text)
  const found: number[] = []
  forLinesHolding(doc, needle, (line) => found.push(line.index))
  return { found, expected: doc.lines.filter((l) => l.text.includes(needle)).map((l) => l.index) }
}

/** The lines the engine hands a document rule that declares `needs`, through a session or not. */
function handed(text: string, needs: string[], session?: LineCache) {
  const doc = parseDocument(text)
  let found: number[] = []
  const rule: CompiledRule = {
    entry: {
      id: 'probe',
      kind: 'probe',
      description: '',
      enabled: true,
      severity: 'info',
      category: 'format',
    },
    kind: {
      meta: { id: 'probe', description: '', schema: {}, defaultOptions: {}, messages: {} },
      create: () => ({}),
    },
    listener: {
      documentNeeds: needs,
      document: (_doc, _report, holding) => {
        found = holding.map((l) => l.index)
      },
    },
  }
  const { cache } = runRules([rule], doc, session)
  const expected = doc.lines
    .filter((l) => needs.some((n) => l.text.includes(n)))
    .map((l) => l.index)
  return { found, expected, cache }
}

describe('forLinesHolding', () => {
  it('visits the lines that hold the string, in order, on random text', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('《', '全年', '下列', '😀'), (text, needle) => {
        const { found, expected } = holding(text, needle)
        expect(found).toEqual(expected)
      }),
      { numRuns: 3000, seed: 20261207 },
    )
  })

  it('visits the lines that hold the string on generated reports', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const { found, expected } = holding(generateReport(seed, 14_000), '《')
      expect(found).toEqual(expected)
    }
  })
})

describe('the lines the engine hands a document rule', () => {
  it('are those holding one of its needs, in order, on random text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { found, expected } = handed(text, ['《', '全年', '下列'])
        expect(found).toEqual(expected)
      }),
      { numRuns: 3000, seed: 20261207 },
    )
  })

  it('are the same when a session reuses the prefilter sets of unchanged lines', () => {
    fc.assert(
      fc.property(texts, texts, (before, after) => {
        const { cache } = handed(before, ['《', '全年'], new Map())
        const { found, expected } = handed(after, ['《', '全年'], cache)
        expect(found).toEqual(expected)
      }),
      { numRuns: 1000, seed: 20261207 },
    )
  })

  it('are those holding one of its needs on generated reports', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const { found, expected } = handed(generateReport(seed, 14_000), ['《', '以下'])
      expect(found).toEqual(expected)
    }
  })
})

describe('hand scans', () => {
  const anyText = fc.string({
    unit: fc.constantFrom(...' \t\u3000\u00a0\u2028\ufeff\u200ba。：:；x😀'),
    maxLength: 30,
  })

  it('trimmedLength is the length of trimEnd()', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(trimmedLength(text)).toBe(text.trimEnd().length)
      }),
      { numRuns: 3000, seed: 20261207 },
    )
  })

  it('indexOfAny finds what a character-class search of the slice finds', () => {
    fc.assert(
      fc.property(anyText, fc.nat(30), fc.nat(30), (text, a, b) => {
        const from = Math.min(a, text.length)
        const to = Math.min(Math.max(from, b), text.length)
        const at = text.slice(from, to).search(/[。：:；]/)
        expect(indexOfAny(text, '。：:；', from, to)).toBe(at < 0 ? -1 : from + at)
      }),
      { numRuns: 3000, seed: 20261207 },
    )
  })
})
