/** A strict table-driven tester for rule entries, after ESLint's RuleTester. */

import { describe, expect, it } from 'vitest'
import {
  applyFixes,
  defaultRulebook,
  lint,
  ruleKinds,
  type Finding,
  type RuleEntry,
} from '../../shared/index'

export interface ExpectedError {
  messageId: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

export interface InvalidCase {
  text: string
  errors: ExpectedError[]
  /** The text after applying every fix; omit when the rule offers none. */
  output?: string
}

export interface RuleTests {
  /** Texts the rule must not flag; a comment beside each tricky case says why it must pass. */
  valid: string[]
  invalid: InvalidCase[]
}

/** The entry of the default rulebook with this id; fails loudly when it is missing. */
export function defaultEntry(id: string): RuleEntry {
  const entry = defaultRulebook.rules.find((r) => r.id === id)
  if (!entry) throw new Error(`default rulebook has no rule "${id}"`)
  return entry
}

function lintWith(entry: RuleEntry, text: string): Finding[] {
  const book = { ...defaultRulebook, rules: [{ ...entry, enabled: true }] }
  return lint(text, book)
}

function show(text: string, findings: Finding[]): string {
  const lines = findings.map(
    (f) => `  ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.messageId} ${f.message}`,
  )
  return `\n--- text ---\n${text}\n--- findings ---\n${lines.join('\n') || '  (none)'}\n`
}

function checkTable(entry: RuleEntry, tests: RuleTests): void {
  const kind = ruleKinds[entry.kind]
  if (!kind) throw new Error(`unknown rule kind "${entry.kind}"`)
  const seen = new Set<string>()
  const once = (key: string) => {
    if (seen.has(key))
      throw new Error(`duplicate test case for ${entry.id}: ${JSON.stringify(key)}`)
    seen.add(key)
  }
  tests.valid.forEach((t) => once(t))
  for (const c of tests.invalid) {
    once(c.text)
    if (!c.errors.length) throw new Error(`invalid case without errors for ${entry.id}: ${c.text}`)
    for (const e of c.errors)
      if (!(e.messageId in kind.meta.messages))
        throw new Error(`unknown messageId "${e.messageId}" for kind ${kind.meta.id}`)
  }
}

/** Registers one describe block: each valid text unflagged, each invalid text flagged exactly as listed. */
export function testRule(entry: RuleEntry, tests: RuleTests): void {
  checkTable(entry, tests)
  describe(entry.id, () => {
    for (const text of tests.valid)
      it(`valid: ${text.slice(0, 40)}`, () => {
        const findings = lintWith(entry, text)
        expect(findings, show(text, findings)).toEqual([])
      })
    for (const c of tests.invalid)
      it(`invalid: ${c.text.slice(0, 40)}`, () => {
        const findings = lintWith(entry, c.text)
        for (const f of findings) {
          expect(
            f.start >= 0 && f.end <= c.text.length && f.start <= f.end,
            show(c.text, findings),
          ).toBe(true)
          expect(f.messageId, show(c.text, findings)).not.toBe('internal-error')
        }
        const got = findings.map((f, i) => {
          const want = c.errors[i] ?? {}
          const picked: Record<string, unknown> = { messageId: f.messageId }
          for (const k of ['line', 'column', 'endLine', 'endColumn'] as const)
            if (k in want) picked[k] = f[k]
          return picked
        })
        expect(got, show(c.text, findings)).toEqual(c.errors)
        if (c.output !== undefined)
          expect(applyFixes(c.text, findings).text, show(c.text, findings)).toBe(c.output)
        else
          expect(
            findings.filter((f) => f.fix),
            `${entry.id} offers a fix: give "output"`,
          ).toEqual([])
      })
  })
}
