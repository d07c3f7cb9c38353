/**
 * The line prefilter: a rule that declares `needs` (characters) or `kinds` (line kinds) is not
 * called on other lines. It must never change a result, only skip work.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDocument, generateReport } from '../../bench/corpus'
import { parseDocument } from '../../shared/document/parse'
import { linePlan, markWanted } from '../../shared/engine/prefilter'
import { compileRules, runRules, type CompiledRule } from '../../shared/engine/run'
import { defaultRulebook, type Finding } from '../../shared/index'
import { NUMBER_CHECKS, type NumberCheck } from '../../shared/rules/util/number-checks'
import {
  anyOf,
  narrower,
  needsList,
  requiredChars,
  requiredStrings,
} from '../../shared/rules/util/required-strings'

const SAMPLES = resolve(import.meta.dirname, '../fixtures/samples')

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

/** The same rules with their prefilters removed. */
function unfiltered(rules: CompiledRule[]): CompiledRule[] {
  return rules.map((r) =>
    r.listener
      ? {
          ...r,
          listener: { ...r.listener, needs: undefined, kinds: undefined, documentNeeds: undefined },
        }
      : r,
  )
}

function findingsOf(rules: CompiledRule[], text: string): Finding[] {
  const { findings } = runRules(rules, parseDocument(text, defaultRulebook.documentTypes))
  return findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId))
}

/** The sample reports, then `generated`. */
const samplesAnd = (generated: string[]) => [
  ...readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SAMPLES, f), 'utf8')),
  ...generated,
]

/** The findings of `rules` with and without their prefilters on each text; returns how many. */
function sameFindings(rules: CompiledRule[], texts: string[]): number {
  const plain = unfiltered(rules)
  let total = 0
  for (const text of texts) {
    const expected = findingsOf(plain, text)
    expect(findingsOf(rules, text)).toEqual(expected)
    total += expected.length
  }
  return total
}

/** The default rules three times, the copies under ids of their own. */
const threefold = () => {
  const copy = (n: number) => defaultRulebook.rules.map((r) => ({ ...r, id: `${r.id}-${n}` }))
  return [...copy(1), ...copy(2), ...defaultRulebook.rules]
}

describe('line prefilter', () => {
  const filtered = compileRules(defaultRulebook)
  const plain = unfiltered(filtered)

  it('several default document rules declare what they need', () => {
    const documentNeeding = filtered.filter((r) => r.listener?.documentNeeds)
    expect(documentNeeding.length).toBeGreaterThan(5)
  })

  it('most default line rules declare what they need', () => {
    const line = filtered.filter((r) => r.listener?.line)
    const declared = line.filter((r) => r.listener!.needs || r.listener!.kinds)
    expect(declared.length / line.length).toBeGreaterThan(0.8)
  })

  it('changes no finding on the sample reports and generated documents', () => {
    const generated = [
      ...Array.from({ length: 12 }, (_, i) => generateReport(500 + i, 14_000, 0.08)),
      generateDocument(60_000, 77),
    ]
    expect(sameFindings(filtered, samplesAnd(generated))).toBeGreaterThan(200)
  })

  it('changes no finding with a rulebook of more than 128 rules (sets of more than four words)', () => {
    // each rule's bit is in one of the first four words once and beyond them twice
    const large = compileRules({ ...defaultRulebook, rules: threefold() })
    expect(large.length).toBeGreaterThan(128 + 64)
    const generated = Array.from({ length: 3 }, (_, i) => generateReport(700 + i, 8_000, 0.1))
    expect(sameFindings(large, samplesAnd(generated))).toBeGreaterThan(40)
  })

  it('marks exactly the rules whose needs a line holds, for rulebooks of any size', () => {
    for (const rules of [defaultRulebook.rules, threefold()]) {
      const plan = linePlan(compileRules({ ...defaultRulebook, rules }))
      const everyRule = [...plan.active, ...plan.documentRules]
      const pieces = [
        ...new Set(
          everyRule.flatMap((r) => [
            ...needsList(r.listener?.needs ?? []),
            ...needsList(r.listener?.documentNeeds ?? []),
          ]),
        ),
        '甲',
        '，',
      ]
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
          const text = parts.join('')
          const wanted = new Int32Array(plan.words)
          markWanted(plan, text, 0, text.length, 'paragraph', wanted)
          everyRule.forEach((rule, r) => {
            const line = r < plan.active.length
            const needs = line ? rule.listener!.needs : rule.listener!.documentNeeds
            const kinds = line ? (rule.listener!.kinds as readonly string[] | undefined) : undefined
            const expected =
              (!kinds || kinds.includes('paragraph')) &&
              (!needs || needsList(needs).some((n) => text.includes(n)))
            expect(!!(wanted[r >> 5] & (1 << (r & 31))), `${rule.entry.id} in ${text}`).toBe(
              expected,
            )
          })
        }),
        { numRuns: 300 },
      )
    }
  })

  it('changes no finding on random mixtures of defect-prone pieces', () => {
    const needs = [
      ...new Set(
        filtered.flatMap((r) => [
          ...needsList(r.listener?.needs ?? []),
          ...needsList(r.listener?.documentNeeds ?? []),
        ]),
      ),
    ]
    const pieces = [
      ...needs,
      '关于2023年工作情况的报告\n',
      '关于新建办公楼的请示\n',
      '请予批准。',
      '妥否，请批示。',
      '「',
      '」',
      '(含)',
      '一、',
      '（一）',
      '1.',
      '一是',
      '第一，',
      '首先，',
      'XX',
      '2023年',
      '5月',
      '12日',
      '截止',
      '的的',
      '习习近平',
      '新时代新时代',
      '附件：',
      '抄送：',
      '特此报告。',
      '\n',
      '\u3000\u3000',
      '工作',
      '报告',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const text = parts.join('')
        expect(findingsOf(filtered, text)).toEqual(findingsOf(plain, text))
      }),
      { numRuns: 400, seed: 20261124 },
    )
  })
})
