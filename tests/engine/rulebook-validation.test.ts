/** Rulebook validation against hostile and broken rulebooks (issue 6): every problem listed, nothing hangs. */

import { describe, expect, it } from 'vitest'
import {
  defaultRulebook,
  lint,
  validateRulebook,
  type RuleEntry,
  type Rulebook,
} from '../../shared/index'

const phraseRule = (over: Partial<RuleEntry> = {}): RuleEntry => ({
  id: 'team-phrase',
  kind: 'phrase-list',
  enabled: true,
  severity: 'warning',
  category: 'wording',
  description: '本单位用语',
  options: { phrases: [{ text: '国税局', replacement: '税务局' }] },
  examples: { invalid: ['市国税局召开会议。'], valid: ['市税务局召开会议。'] },
  ...over,
})
const withRules = (...rules: unknown[]) => ({ ...defaultRulebook, rules })
const issuesOf = (input: unknown) => {
  const r = validateRulebook(input)
  return r.ok ? [] : r.issues
}

describe('validateRulebook', () => {
  it('accepts the default rulebook and a team rule with passing examples', () => {
    expect(issuesOf(defaultRulebook)).toEqual([])
    expect(issuesOf(withRules(phraseRule()))).toEqual([])
  })

  it('rejects non-objects and lists every missing field', () => {
    expect(issuesOf(null).length).toBeGreaterThan(0)
    expect(issuesOf('rulebook').length).toBeGreaterThan(0)
    const issues = issuesOf({ id: 'x' })
    expect(issues.map((i) => i.message).join('\n')).toMatch(
      /name[\s\S]*version[\s\S]*documentTypes[\s\S]*rules/,
    )
  })

  it('lists every problem at once, each with a path', () => {
    const issues = issuesOf(
      withRules(
        phraseRule({ id: 'Bad Id' }),
        phraseRule({ id: 'two', kind: 'no-such-kind' }),
        phraseRule({ id: 'three', severity: 'fatal' as never }),
        phraseRule({ id: 'four', options: { phrases: 'not a list' } }),
        phraseRule({ id: 'five', options: { phrases: [{ text: '甲' }], extra: true } }),
      ),
    )
    const paths = issues.map((i) => i.path)
    expect(paths).toEqual(
      expect.arrayContaining(['rules[0].id', 'rules[2].severity', 'rules[3].options.phrases']),
    )
    expect(
      issues.some((i) => i.path.startsWith('rules[1]') && i.message.includes('no-such-kind')),
    ).toBe(true)
    expect(
      issues.some((i) => i.path.startsWith('rules[4].options') && i.message.includes('extra')),
    ).toBe(true)
    for (const i of issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('rejects a rule whose own examples fail, in both directions', () => {
    const issues = issuesOf(
      withRules(
        phraseRule({
          examples: { invalid: ['市税务局召开会议。'], valid: ['市国税局召开会议。'] },
        }),
      ),
    )
    expect(issues.map((i) => i.path)).toEqual([
      'rules[0].examples.invalid[0]',
      'rules[0].examples.valid[0]',
    ])
  })

  it('rejects duplicate rule ids', () => {
    expect(issuesOf(withRules(phraseRule(), phraseRule())).map((i) => i.path)).toContain(
      'rules[1].id',
    )
  })

  it.each([
    ['(a+)+$', '嵌套重复'],
    ['(x+x+)+y', '嵌套重复'],
    ['(a|a)*b', '分支'],
    ['([一-龥]+)*。', '嵌套重复'],
    ['(', '无法编译'],
  ])('rejects the dangerous or broken pattern %s', (pattern, why) => {
    const issues = issuesOf(
      withRules({
        id: 'admin-pattern',
        kind: 'pattern',
        enabled: true,
        severity: 'error',
        category: 'wording',
        description: '管理员写的正则',
        options: { pattern },
      }),
    )
    expect(issues.find((i) => i.path === 'rules[0].options.pattern')?.message).toContain(why)
  })

  it('rejects message templates with markup and unknown message ids', () => {
    const issues = issuesOf(
      withRules(phraseRule({ messages: { replace: '<img src=x onerror=alert(1)>', nope: '无' } })),
    )
    expect(issues.map((i) => i.path).sort()).toEqual([
      'rules[0].messages.nope',
      'rules[0].messages.replace',
    ])
  })

  it('bounds enormous lists instead of accepting them', () => {
    const phrases = Array.from({ length: 6000 }, (_, i) => ({ text: `词${i}` }))
    const issues = issuesOf(withRules(phraseRule({ options: { phrases }, examples: undefined })))
    expect(issues.some((i) => i.path === 'rules[0].options.phrases')).toBe(true)
    const many = Array.from({ length: 501 }, (_, i) =>
      phraseRule({ id: `r${i}`, examples: undefined }),
    )
    expect(issuesOf(withRules(...many)).some((i) => i.path === 'rules')).toBe(true)
  })

  it('a large but allowed phrase list still lints a long report quickly enough to finish', () => {
    const phrases = Array.from({ length: 4000 }, (_, i) => ({
      text: `禁用词${i}号`,
      replacement: `规范词${i}号`,
    }))
    const book: Rulebook = {
      ...defaultRulebook,
      rules: [phraseRule({ options: { phrases }, examples: undefined })],
    }
    expect(validateRulebook(book).ok).toBe(true)
    const text = '这是正文，提到禁用词17号。\n'.repeat(2000)
    expect(lint(text, book)).toHaveLength(2000)
  })
})
