/**
 * The pattern kind tests a trigger that every line holding one of the rule's needs matches only
 * once its expression has found something: the findings must be those of testing it first, on
 * every line (the prefilter, which leaves out lines the trigger cannot match, left out too).
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskSkipped } from '../../../shared/document/mask'
import { parseDocument } from '../../../shared/document/parse'
import { compileRules, runRules } from '../../../shared/engine/run'
import { defaultRulebook, type RuleEntry } from '../../../shared/index'
import { impliedBy } from '../../../shared/rules/pattern'

/** The rule's findings, its handler called on every line (the prefilter left out). */
function findings(entry: RuleEntry, text: string) {
  const rules = compileRules({ ...defaultRulebook, rules: [entry] }).map((r) => ({
    ...r,
    listener: { ...r.listener!, needs: undefined },
  }))
  return runRules(rules, parseDocument(text, defaultRulebook.documentTypes)).findings
}

/** What testing the trigger first found: nothing on a line it does not match, else the matches. */
function reference(entry: RuleEntry, text: string) {
  const { trigger, ...options } = entry.options as { trigger: string; flags?: string }
  if (!new RegExp(trigger, options.flags).test(maskSkipped(text))) return []
  return findings({ ...entry, options }, text)
}

const triggered = defaultRulebook.rules.filter(
  (r) => r.kind === 'pattern' && (r.options as { trigger?: string }).trigger,
)
// a trigger its expression does not imply (the rule's needs are the trigger's, the rarer): a line
// with 甲 and no 乙 has no finding
const unrelated: RuleEntry = {
  ...triggered[0],
  id: 'pattern-unrelated-trigger',
  options: { pattern: '[甲丙丁]+', trigger: '乙' },
}

describe('impliedBy', () => {
  it('holds for a class every need holds, not for an anchored or partial trigger', () => {
    expect(impliedBy(/[—\-－–]/, ['--', '–', '—', '－'])).toBe(true)
    expect(impliedBy(/截至/, ['截至'])).toBe(true)
    expect(impliedBy(/^[ ]*[，。]/, ['，', '。'])).toBe(false)
    expect(impliedBy(/([，、])\1/, ['、、', '、，'])).toBe(false)
    expect(impliedBy(/(?=号)/, ['号'])).toBe(false)
    expect(impliedBy(/号/, undefined)).toBe(false)
  })

  it('holds for some of the default rules', () => {
    const lazy = triggered.filter((r) => {
      const rule = compileRules({ ...defaultRulebook, rules: [r] })[0]
      const { trigger, flags } = r.options as { trigger: string; flags?: string }
      return impliedBy(new RegExp(trigger, flags), rule.listener!.needs)
    })
    expect(lazy.map((r) => r.id)).toContain('punct-dash-form')
    expect(lazy.map((r) => r.id)).not.toContain('punct-line-start')
    const rule = compileRules({ ...defaultRulebook, rules: [unrelated] })[0]
    expect(impliedBy(/乙/, rule.listener!.needs)).toBe(true)
  })
})

describe.each([...triggered, unrelated].map((r) => [r.id, r] as const))('%s', (_, entry) => {
  const { pattern, trigger } = entry.options as { pattern: string; trigger: string }
  // the rule's examples, the expressions' own characters, what stands around them, and an
  // address that masks some
  const pieces = [
    ...(entry.examples?.invalid ?? []),
    ...(entry.examples?.valid ?? []),
    ...new Set([...pattern.replace(/\\u[0-9a-f]{4}|\\./g, ''), ...trigger]),
    ...'甲乙，。 \u3000',
    'https://a.cn/x--y',
    '——',
  ].filter((c) => !c.includes('\n'))

  it('finds what testing the trigger first found', () => {
    let found = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('')
        const expected = reference(entry, text)
        found += expected.length
        expect(findings(entry, text)).toEqual(expected)
      }),
      { numRuns: 400, seed: 20261207 },
    )
    expect(found).toBeGreaterThan(0)
  })
})
