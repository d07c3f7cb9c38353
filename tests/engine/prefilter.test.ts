/**
 * The line prefilter: a rule that declares `needs` (characters or strings) or `kinds` (line kinds)
 * is not called on other lines. It must never change a result, only skip work. What a rule's
 * expression needs is tested in required-strings.test.ts.
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
import { needsList } from '../../shared/rules/util/required-strings'

const SAMPLES = resolve(import.meta.dirname, '../fixtures/samples')

/** The same rules with their prefilters removed. */
function unfiltered(rules: CompiledRule[]): CompiledRule[] {
  return rules.map((r) =>
    r.listener
      ? {
          ...r,
          listener: {
            ...r.listener,
            needs: undefined,
            repeats: undefined,
            kinds: undefined,
            documentNeeds: undefined,
          },
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

/**
 * What `repeats` means, read plainly: an ideograph twice in a row, or an ideograph and the code
 * unit after it again 2 places on, or with the two units after it again 3 to 8 places on.
 */
function repeatsItself(text: string): boolean {
  const han = (i: number) => /[\u4e00-\u9fff]/.test(text[i])
  for (let i = 1; i < text.length; i++) {
    if (!han(i)) continue
    if (text[i] === text[i - 1]) return true
    for (let k = 2; k <= Math.min(8, i); k++) {
      const n = k === 2 ? 2 : 3
      if (i + n <= text.length && text.slice(i, i + n) === text.slice(i - k, i - k + n)) return true
    }
  }
  return false
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
      // pieces that make a line repeat itself, or nearly
      const nearRepeats = fc.constantFrom('的', '研究', '研究研究', '甲乙丙', '甲乙', '乙', '丙')
      const piece = fc.oneof(
        { arbitrary: fc.constantFrom(...pieces), weight: 3 },
        { arbitrary: nearRepeats, weight: 1 },
      )
      let repeating = 0
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
          const text = parts.join('')
          const wanted = new Int32Array(plan.words)
          markWanted(plan, text, 0, text.length, 'paragraph', wanted)
          everyRule.forEach((rule, r) => {
            const line = r < plan.active.length
            const needs = line ? rule.listener!.needs : rule.listener!.documentNeeds
            const kinds = line ? (rule.listener!.kinds as readonly string[] | undefined) : undefined
            const repeats = line && rule.listener!.repeats
            const expected =
              (!kinds || kinds.includes('paragraph')) &&
              ((!needs && !repeats) ||
                (!!needs && needsList(needs).some((n) => text.includes(n))) ||
                (!!repeats && repeatsItself(text)))
            expect(!!(wanted[r >> 5] & (1 << (r & 31))), `${rule.entry.id} in ${text}`).toBe(
              expected,
            )
          })
          if (repeatsItself(text)) repeating++
        }),
        { numRuns: 300 },
      )
      // the texts tried both kinds of line for the rules with `repeats`
      expect(everyRule.some((r) => r.listener?.repeats)).toBe(true)
      expect(repeating).toBeGreaterThan(30)
      expect(repeating).toBeLessThan(270)
    }
  })

  it('calls repetition only on lines that repeat themselves, and misses none of its findings', () => {
    const entry = defaultRulebook.rules.find((r) => r.kind === 'repetition')!
    const only = compileRules({ ...defaultRulebook, rules: [entry] })
    expect(only[0].listener!.repeats).toBe(true)
    // a listed character that is no ideograph cannot be told by the pass: the rule reads every line
    const custom = { ...entry, options: { ...entry.options, chars: ['的', '1'] } }
    expect(compileRules({ ...defaultRulebook, rules: [custom] })[0].listener!.repeats).toBe(false)
    // ideographs of terms, listed characters, allowed strings and doubled words, with marks
    const units = [
      ...'习近平党中央新时代的了把与及为目推进研究工作，。、“”1X',
      ...['习近平', '党中央', '新时代', '推进', '研究', '的'],
    ]
    const line = fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((u) => u.join(''))
    let found = 0
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join('\n')
        const expected = findingsOf(unfiltered(only), text)
        expect(findingsOf(only, text)).toEqual(expected)
        found += expected.length
      }),
      { numRuns: 1500, seed: 20261207 },
    )
    expect(found).toBeGreaterThan(100)
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
