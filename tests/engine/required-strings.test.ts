/**
 * What a rule needs, read from its expression (`requiredChars`, `requiredStrings`): every match
 * holds one of the characters or strings found, checked against the RegExp engine itself.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultRulebook } from '../../shared/index'
import { NUMBER_CHECKS, type NumberCheck } from '../../shared/rules/util/number-checks'
import {
  anyOf,
  narrower,
  needsList,
  requiredChars,
  requiredStrings,
} from '../../shared/rules/util/required-strings'

// Every expression the default rulebook runs on lines, checked against the RegExp engine itself.
const patterns: [string, string][] = [
  ...defaultRulebook.rules.flatMap((r) => {
    const o = r.options as { pattern?: string; trigger?: string; flags?: string } | undefined
    return [o?.pattern, o?.trigger].filter((p) => p != null).map((p) => [p!, o!.flags ?? ''])
  }),
  ...Object.values(NUMBER_CHECKS as Record<string, NumberCheck>).flatMap((c) =>
    [c.re, c.needs].filter((re) => re != null).map((re) => [re!.source, re!.flags]),
  ),
] as [string, string][]

describe('requiredChars', () => {
  it.each([
    ['截止', '', '截'],
    ['XX|，，|截止', '', '截X，'],
    ['[，、；：]{2}', '', '、；：，'],
    ['(?:大约|约)\\d+左右', '', '左'],
    ['(?:大约|约)\\d+', '', '大约'],
    ['\\u622a\\x58', '', 'X'],
    ['a(?=年)', '', 'a'],
    ['(?<=[年])月?', '', '年'],
    ['(?<n>甲)\\k<n>', '', '甲'],
    ['[-—–]', '', '-–—'],
    ['[\\-\\]]', '', '-]'],
    ['x{2,}', '', 'x'],
  ])('%s → %s', (source, flags, expected) => {
    expect([...(requiredChars(source, flags) ?? '')].sort().join('')).toBe(
      [...expected].sort().join(''),
    )
  })

  it.each([
    ['a?', ''], // optional: nothing certain
    ['a*b{0,2}', ''],
    ['[^，]', ''], // negated class
    ['(?!a)b|c?', ''], // one branch needs nothing
    ['\\w+', ''],
    ['[\\u4e00-\\u9fff]', ''], // too many to help
    ['\\p{Script=Han}', 'u'], // outside the understood syntax
    ['\\u{4e00}', 'u'],
    ['[a-z]', 'v'],
    ['a', 'i'], // case folding
    ['(', ''], // does not compile
    ['a{', ''],
    ['(?i:a)', ''],
    ['^$', ''],
    ['\\b', ''],
    ['(a)?\\1', ''],
    ['[]', ''],
  ])('%s (%s) → undefined', (source, flags) => {
    expect(requiredChars(source, flags)).toBeUndefined()
  })

  it('keeps letters without case under the i flag', () => {
    expect(requiredChars('截止', 'i')).toBe('截')
  })

  it('combines the requirements of several parts', () => {
    expect(anyOf(['ab', 'bc'])).toBe('abc')
    expect(anyOf(['ab', undefined])).toBeUndefined()
    expect(narrower('，', 'X')).toBe('X')
    expect(narrower(undefined, 'X')).toBe('X')
  })

  it('holds for every default expression on random strings made of its own characters', () => {
    let checked = 0
    for (const [source, flags] of patterns) {
      const needs = requiredChars(source, flags)
      if (!needs) continue
      const re = new RegExp(source, flags.replace(/[gy]/g, ''))
      const alphabet = [...new Set(source.replace(/\\[dwsbBu]|\\x..|[\\^$|()[\]{}?*+]/g, ''))]
      const pieces = [...alphabet, '1', '2', '0', '2023', '年', '月', '日', '，', '\u3000', '.']
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
          const text = parts.join('')
          if (re.test(text))
            expect(
              [...needs].some((c) => text.includes(c)),
              text,
            ).toBe(true)
        }),
        { numRuns: 300 },
      )
      checked++
    }
    expect(checked).toBeGreaterThan(40)
  })
})

describe('requiredStrings', () => {
  it.each([
    ['，，|、、', ['、、', '，，']],
    ['([，、])\\1', ['、、', '、，', '，、', '，，']],
    ['\\d+年', ['0年', '1年', '2年', '3年', '4年', '5年', '6年', '7年', '8年', '9年']],
    ['第[一二三]{1,3}(?=[，,])', ['第一', '第三', '第二']],
    ['(?<![报提])请[^，。]{0,12}?(?:批准|批复)', ['批准', '批复']],
    ['截止(?!日)', ['截止']],
    ['首先|其次', ['其次', '首先']],
    ['关于.*的报告', ['的报告']],
    ['\\1(甲)', ['甲']], // a reference to a group not yet matched matches ""
    ['(?:(甲)|乙)\\1丙', ['乙丙', '甲丙']],
    ['(?<!。)。{3,}', ['。。。']], // at least three in a row
    ['[ab]{2,}', ['aa', 'ab', 'ba', 'bb']],
  ])('%s → %j', (source, expected) => {
    expect(requiredStrings(source)).toEqual(expected)
  })

  it.each([['(a)?\\1'], ['[^，]{2}'], ['a?b?'], ['(?:x|)y?']])('%s → undefined', (source) => {
    expect(requiredStrings(source)).toBeUndefined()
  })

  it('joins no string across a lookahead', () => {
    // 一(?=二)三 never matches, but 一(?=二) alone would be "一二" only on the line, never in a match
    expect(requiredStrings('甲(?=乙)丙')).not.toContain('甲乙丙')
    expect(needsList('，。')).toEqual(['，', '。'])
    expect(anyOf([['甲乙'], '丙'])).toEqual(['丙', '甲乙'])
  })

  // Every default line expression, checked against the RegExp engine: a line it matches on
  // contains one of the strings.
  it('holds for every default expression on random strings made of its own pieces', () => {
    let checked = 0
    for (const [source, flags] of patterns) {
      const needs = requiredStrings(source, flags)
      if (!needs) continue
      const re = new RegExp(source, flags.replace(/[gy]/g, ''))
      const alphabet = [...new Set(source.replace(/\\[dwsbBu]|\\x..|[\\^$|()[\]{}?*+]/g, ''))]
      const pieces = [...alphabet, ...needs, '1', '2', '0', '2023', '年', '月', '日', '，', '.']
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
          const text = parts.join('')
          if (re.test(text))
            expect(
              needs.some((s) => text.includes(s)),
              text,
            ).toBe(true)
        }),
        { numRuns: 300 },
      )
      checked++
    }
    expect(checked).toBeGreaterThan(40)
  })
})
