/**
 * The check of a default rule's hand-written `needs`: run on every line instead (needs removed),
 * the rule must find exactly the same on random mixtures of its own pieces and common text.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../shared/document/parse'
import { compileRules, runRules, type CompiledRule } from '../../../shared/engine/run'
import { defaultRulebook } from '../../../shared/index'

const compiled = compileRules(defaultRulebook)
const findings = (rule: CompiledRule, text: string) =>
  runRules([rule], parseDocument(text, defaultRulebook.documentTypes)).findings

/** One block per rule id of `pieces`: its own pieces, mixed with `common`, under `seed`. */
export function describeNeeds(
  pieces: Record<string, string[]>,
  common: string[],
  seed: number,
): void {
  describe.each(Object.entries(pieces))('%s', (id, own) => {
    const filtered = compiled.find((r) => r.entry.id === id)!
    const plain: CompiledRule = {
      ...filtered,
      listener: { ...filtered.listener!, needs: undefined },
    }

    it('changes no finding by running on the lines its needs name only', () => {
      let found = 0
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.constantFrom(...own), fc.constantFrom(...common)), {
            maxLength: 40,
          }),
          (parts) => {
            const text = parts.join('')
            const expected = findings(plain, text)
            found += expected.length
            expect(findings(filtered, text)).toEqual(expected)
          },
        ),
        { numRuns: 1500, seed },
      )
      expect(found).toBeGreaterThan(50)
    })
  })
}
