/**
 * paired-marks declares what its checks need: the nesting checks run only on lines holding “ (or
 * 《) twice, punct-unpaired reads only the lines holding a paired mark, and a line whose pairs
 * stand side by side gets no memo entry. Run on every line instead, each must find exactly the
 * same, and what the kind found before (reference/paired-marks-before.ts); a wrong need must show.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import { parseDocument } from '../../../shared/document/parse'
import { compileRules, runRules, type CompiledRule } from '../../../shared/engine/run'
import { defaultRulebook } from '../../../shared/index'
import before from './reference/paired-marks-before'

const compiled = compileRules(defaultRulebook)
const rule = (id: string) => compiled.find((r) => r.entry.id === id)!
const withNeeds = (r: CompiledRule, needs?: string, documentNeeds?: string): CompiledRule => ({
  ...r,
  listener: { ...r.listener!, needs, documentNeeds },
})
const findings = (r: CompiledRule, text: string) =>
  runRules([r], parseDocument(text, defaultRulebook.documentTypes)).findings
/** `r` as the kind before this change compiled it. */
const asBefore = (r: CompiledRule): CompiledRule => ({
  ...r,
  kind: before,
  listener: before.create({
    options: { ...before.meta.defaultOptions, ...r.entry.options },
    entry: r.entry,
    rulebook: defaultRulebook,
  }),
})
const ALL = ['punct-unpaired', 'punct-quote-nesting', 'punct-booktitle-nesting']

// every paired mark, pairs nested and side by side, heading markers, line breaks and blank lines
const PIECES = [
  ...'“”‘’（）《》〈〉【】〔〕文a1',
  '“文“文”文”',
  '《文《文》文》',
  '“文‘文“文”文’文”',
  '（一）',
  '1）',
  '一、',
  '\n',
  '\n\n',
  '\u3000\u3000',
]
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''))

/** Findings of `filtered` equal those of `plain` on random texts; returns how many there were. */
function same(filtered: CompiledRule, plain: CompiledRule): number {
  let found = 0
  fc.assert(
    fc.property(texts, (text) => {
      const expected = findings(plain, text)
      found += expected.length
      expect(findings(filtered, text)).toEqual(expected)
    }),
    { numRuns: 3000, seed: 20261208 },
  )
  for (let seed = 1; seed <= 4; seed++) {
    const text = generateReport(seed, 14_000, 0.1)
    expect(findings(filtered, text)).toEqual(findings(plain, text))
  }
  return found
}

describe('paired-marks needs', () => {
  it.each([
    ['punct-quote-nesting', '“'],
    ['punct-booktitle-nesting', '《'],
  ])('%s runs only on lines holding %s', (id, mark) => {
    const filtered = rule(id)
    expect(filtered.listener!.needs).toBe(mark)
    expect(same(filtered, withNeeds(filtered))).toBeGreaterThan(100)
  })

  it('punct-unpaired reads only the lines holding a paired mark', () => {
    const filtered = rule('punct-unpaired')
    expect(filtered.listener!.documentNeeds).toBeDefined()
    expect(same(filtered, withNeeds(filtered))).toBeGreaterThan(100)
  })

  it.each(ALL)('%s finds what the kind before found', (id) => {
    const present = rule(id)
    expect(same(present, asBefore(present))).toBeGreaterThan(100)
  })

  it('finds what the kind before found with all three checks on the sample reports', () => {
    const rules = ALL.map(rule)
    const SAMPLES = resolve(import.meta.dirname, '../../fixtures/samples')
    const texts = readdirSync(SAMPLES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SAMPLES, f), 'utf8'))
    expect(texts.length).toBeGreaterThan(2)
    for (const text of texts) {
      const run = (rs: CompiledRule[]) =>
        runRules(rs, parseDocument(text, defaultRulebook.documentTypes)).findings
      expect(run(rules)).toEqual(run(rules.map(asBefore)))
    }
  })

  it('a need that leaves out a mark changes findings', () => {
    const wrong = withNeeds(rule('punct-unpaired'), undefined, '“”‘’（）《》〈〉【】〔')
    const plain = withNeeds(rule('punct-unpaired'))
    expect(findings(wrong, '文〕')).not.toEqual(findings(plain, '文〕'))
    const nesting = rule('punct-quote-nesting')
    expect(findings(withNeeds(nesting, '〔'), '“文“文”文”')).toEqual([])
    expect(findings(nesting, '“文“文”文”')).not.toEqual([])
  })
})
