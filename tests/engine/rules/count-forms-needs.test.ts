/**
 * num-form-consistency declares what a line must hold for it to report: a count in 汉字 right
 * before its measure word. Run on every line instead, it must find exactly the same.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../shared/document/parse'
import { compileRules, runRules, type CompiledRule } from '../../../shared/engine/run'
import { defaultRulebook } from '../../../shared/index'

const [filtered] = compileRules({
  ...defaultRulebook,
  rules: defaultRulebook.rules.filter((r) => r.id === 'num-form-consistency'),
})
const plain: CompiledRule = {
  ...filtered,
  listener: { ...filtered.listener!, needs: undefined },
}

const findings = (rule: CompiledRule, text: string) =>
  runRules([rule], parseDocument(text, defaultRulebook.documentTypes)).findings

const PIECES = [
  ...'0123456789二三四五六七八九十两一百千第番届每年月分人次名起件场期篇家户批个会全，。\n',
  ...['23人次', '5次', '人次', '三次', '十二名', '两批', '开展谈话', '\u3000\u3000'],
]

describe('num-form-consistency needs', () => {
  it('declares strings, not every line', () => {
    expect(Array.isArray(filtered.listener!.needs)).toBe(true)
  })

  it('changes no finding on random counts', () => {
    let found = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const expected = findings(plain, text)
        found += expected.length
        expect(findings(filtered, text)).toEqual(expected)
      }),
      { numRuns: 2000, seed: 20260603 },
    )
    expect(found).toBeGreaterThan(100)
  })
})
