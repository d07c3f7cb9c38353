/**
 * The six heading-marker rules declare what a heading line must hold for their check to find
 * anything ("1、", "（一）、", "一，", a half-width bracket, "⑴", "一）"): run on every heading line
 * instead, each must find exactly the same.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../shared/document/parse'
import { compileRules, runRules, type CompiledRule } from '../../../shared/engine/run'
import { defaultRulebook } from '../../../shared/index'

const compiled = compileRules(defaultRulebook)
const findings = (rule: CompiledRule, text: string) =>
  runRules([rule], parseDocument(text, defaultRulebook.documentTypes)).findings

// Line starts of every marker variant, marker parts, the marks that may follow them, heading text.
const STARTS = [
  ...[
    '1、',
    '12、',
    '（一）、',
    '(1).',
    '（1）：',
    '一，',
    '十二．',
    '一.',
    '(一)',
    '（1)',
    '(2）',
  ],
  ...['⑴', '⑵，', '⒈', '⒛', '㈠', '㈩、', '一）', '十）', '1)', '3）', '①', '一、', '（一）', '1.'],
  ...['', '\u3000\u3000'],
]
const PIECES = [
  ...'（()）一二三四十两12345690、，,.．。:：;；%％ \u3000⑴⑵⒇⒈⒛㈠㈩①⑳',
  ...['（一）', '（1）', '十一', '...', '加强', '2023年', '3.5%'],
]
const line = fc
  .tuple(fc.constantFrom(...STARTS), fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }))
  .map(([start, rest]) => start + rest.join(''))
const IDS = [
  'numbering-arabic-dunhao',
  'numbering-bracket-extra-punct',
  'numbering-hanzi-mark',
  'numbering-halfwidth-paren',
  'numbering-one-paren',
  'numbering-enclosed-glyph',
]

describe.each(IDS)('%s', (id) => {
  const filtered = compiled.find((r) => r.entry.id === id)!
  const plain: CompiledRule = { ...filtered, listener: { ...filtered.listener!, needs: undefined } }

  it('declares needs', () => expect(filtered.listener!.needs).toBeTruthy())

  it('changes no finding by running on the heading lines its needs name only', () => {
    let found = 0
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = ['关于加强工作的报告', ...lines].join('\n')
        const expected = findings(plain, text)
        found += expected.length
        expect(findings(filtered, text)).toEqual(expected)
      }),
      { numRuns: 3000, seed: 20260611 },
    )
    expect(found).toBeGreaterThan(50)
  })
})
