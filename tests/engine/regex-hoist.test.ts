/**
 * Hoisting a leading lookbehind behind the first character it guards: the rewritten expression
 * must find exactly the same matches, groups included, as the one written.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultRulebook } from '../../shared/index'
import { HOISTED, hoistLookbehinds } from '../../shared/rules/util/regex-hoist'

const TRICKY: [string, string][] = [
  ['(?<![\\d.])\\d{2}年', ''],
  ['(?<=^|[，。])(?:一是|第一)(?=[，、])', ''],
  ['(?<!\\d|\\d\\.|-)(?:(\\d{4})年)?(\\d{1,2})月|(?<![\\d-])(\\d{4})-(\\d{2})', ''],
  ['(?<=(甲|乙))(?:丙|丁)', ''],
  ['(?<=(甲))(丙)\\1', ''],
  ['(?<=a)(?<!ba)[a-c]+?c', 'i'],
  ['(?<![A-Z])x{2,3}y', 'i'],
  ['(?<=^\\s*)第', 'm'],
  ['(?<!较|比|同比)(\\d{4})年(?:度)?全年', ''],
  ['(?<n>(?<!甲)乙)\\k<n>', ''],
  ['(?<=[\\u4e00-\\u9fff])\\.(\\d+)', 'u'],
]

const expressions: [string, string][] = [
  ...TRICKY,
  ...defaultRulebook.rules.flatMap((r) => {
    const o = r.options as { pattern?: string; flags?: string } | undefined
    return o?.pattern ? [[o.pattern, o.flags ?? ''] as [string, string]] : []
  }),
  // the engine's own expressions, as written
  ...HOISTED.map((re) => [re.source, re.flags.replace(/[gy]/g, '')] as [string, string]),
]

function matches(re: RegExp, text: string) {
  return [...text.matchAll(re)].map((m) => ({ at: m.index, m: [...m], groups: m.groups }))
}

describe('hoistLookbehinds', () => {
  it.each([
    ['(?<![\\d.])\\d{2}年', '\\d(?<!(?:[\\d.])\\d)\\d年'],
    ['(?<=a)(?<!b)c+?d', 'c(?<=(?:a)c)(?<!(?:b)c)c*?d'],
    ['(?<!x)(?:ab|c{2,})', '(?:a(?<!(?:x)a)b|c(?<!(?:x)c)c+)'],
    ['(?<!x)(a)', '(a(?<!(?:x)a))'],
    ['甲|(?<!乙)丙', '甲|丙(?<!(?:乙)丙)'],
    ['(?:(?<=\\d年)|(?<!\\w))0([1-9])', '0(?:(?<=(?:\\d年)0)|(?<!(?:\\w)0))([1-9])'],
  ])('%s → %s', (source, expected) => {
    expect(hoistLookbehinds(source)).toBe(expected)
  })

  it.each([
    ['(?<=a)x?'], // the first character may be absent
    ['(?<=a)(?=b)b'], // a lookahead stands at the lookbehind's place
    ['(?<=(x))(?:a|b)'], // the capture would be copied into two branches
    ['(?<=\\1)(a)'],
    ['(?<!a)(?:b)+'],
    ['(?<!a)\\1(b)'],
    ['(?:(?<=a)|b)c'], // not every branch is a lookbehind
    ['abc'],
    ['(?<!a'], // does not parse: left for the compiler to report
  ])('leaves %s as it is', (source) => {
    expect(hoistLookbehinds(source)).toBe(source)
  })

  it('leaves a character outside the basic plane and the v flag alone', () => {
    expect(hoistLookbehinds('(?<!a)😀')).toBe('(?<!a)😀')
    expect(hoistLookbehinds('(?<!a)[b]', 'v')).toBe('(?<!a)[b]')
  })

  it('finds the same matches and groups for every default expression, on random text', () => {
    let rewritten = 0
    for (const [source, flags] of expressions) {
      const hoisted = hoistLookbehinds(source, flags)
      if (hoisted === source) continue
      rewritten++
      const a = new RegExp(source, 'g' + flags)
      const b = new RegExp(hoisted, 'g' + flags)
      const alphabet = [...new Set(source.replace(/\\[dwsbBu]|\\x..|[\\^$|()[\]{}?*+]/g, ''))]
      const pieces = [
        ...alphabet,
        '1',
        '2',
        '0',
        '2023',
        '年',
        '月',
        '日',
        '，',
        '。',
        '.',
        '-',
        ' ',
      ]
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
          const text = parts.join('')
          expect(matches(b, text), `${source} on ${text}`).toEqual(matches(a, text))
        }),
        { numRuns: 400 },
      )
    }
    expect(HOISTED.length).toBeGreaterThan(10)
    expect(rewritten).toBeGreaterThan(20)
  })
})
