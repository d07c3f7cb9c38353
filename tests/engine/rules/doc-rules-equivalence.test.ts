/**
 * The document-level rules rewritten for speed find exactly what their earlier versions found
 * (kept in ./reference as they were), on the sample reports, generated reports, generated reports
 * with defect-prone pieces spliced in, and random mixtures of those pieces.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDocument, generateReport } from '../../../bench/corpus'
import { parseDocument } from '../../../shared/document/parse'
import { compileRules, runRules, type CompiledRule } from '../../../shared/engine/run'
import { defaultRulebook } from '../../../shared/index'
import type { RuleKind } from '../../../shared/rules/kind'
import attachmentNote from './reference/attachment-note'
import citationConsistency from './reference/citation-consistency'
import genreClosing from './reference/genre-closing'
import headingSequence from './reference/heading-sequence'
import outlineShape from './reference/outline-shape'
import requiredSections from './reference/required-sections'
import titleFormat from './reference/title-format'
import yearScope from './reference/year-scope'

/** Each rewritten kind's earlier version. */
const REFERENCES: Record<string, RuleKind> = {
  'required-sections': requiredSections,
  'year-scope': yearScope,
  'citation-consistency': citationConsistency,
  'genre-closing': genreClosing,
  'title-format': titleFormat,
  'attachment-note': attachmentNote,
  'outline-shape': outlineShape,
  'heading-sequence': headingSequence,
}

const SAMPLES = resolve(import.meta.dirname, '../../fixtures/samples')
const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SAMPLES, f), 'utf8'))

// Section names and their pieces, and years (whole, opening a paragraph, spans).
const CAPTION_WORDS = [
  ...['存在的问题', '存在问题', '问题', '不足', '差距', '下一步', '工作打算', '打算', '改进'],
  ...['主要工作', '工作情况', '成效', '基本情况', '存在的主要问题', '尚未整改的问题及原因'],
  ...['2019年', '2021年', '2022年', '2023年度', '2024年', '全年', '2021年全年', '较2021年全年'],
  ...['2022年，', '2021年度全年', '2023—2025年', '关于2023年工作情况的报告', '工作总结'],
]
// What the rules look for, and what stands beside it: the words above, titles, closings, heading
// markers, attachments, dates, line breaks, spaces and an astral character.
const PIECES = [
  ...['\n', '\r\n', '\n\n', '\u3000\u3000', ' ', '😀', '。', '，', '：', '；', '、', '“', '”'],
  ...CAPTION_WORDS,
  ...['《条例》', '《安全生产条例》', '《安全生产条例（试行）》', '（以下简称《条例》）', '《'],
  ...['《项目管理办法》', '《项目管理办法（试行）》', '《管理办法》', '《项目管理力法》', '》'],
  ...['《》', '《法》', '《办法》', `《${'规'.repeat(120)}》`, `《${'规'.repeat(121)}》`],
  ...[
    `《${'规'.repeat(119)}章》`,
    `《${'规'.repeat(120)}章》`,
    '《法（试行）》',
    '《办法（修订）》',
  ],
  ...['一、', '二、', '三、', '（一）', '（二）', '1.', '2.', '（1）', '①', '1、', '一，', '⑴'],
  ...['特此报告。', '特此报告', '妥否，请批示。', '请予批准。', '特此函告。', '特此通知。'],
  ...['附件：1.', '附件:', '2.', '附件1', '附件2', '附件3', '详见附件2', '县税务局'],
  ...['\n附件：1.项目清单\n2.资金表\n', '\n附件:项目清单。', '\n附件1\n', '\n附件2\n资金表\n'],
  ...['\n附件：1、项目清单；', '\n3.2024年预算', '\n2023年12月1日\n', '关于', '的函', '？', '!'],
  ...['2023年12月1日', '以下三个方面', '如下2项', '市人民政府：', '加强', '报告', '请示'],
]

const texts = [
  ...samples,
  ...Array.from({ length: 8 }, (_, i) => generateReport(300 + i, 14_000, 0.1)),
  ...Array.from({ length: 8 }, (_, i) => generateReport(400 + i, 3_000, 0.3)),
  generateDocument(30_000, 5),
]

/** A short generated report with pieces inserted at random positions. */
const spliced = fc
  .tuple(
    fc.integer({ min: 0, max: 50 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PIECES)), { maxLength: 12 }),
  )
  .map(([seed, edits]) => {
    let text = generateReport(500 + seed, 1_500, 0.2)
    for (const [at, piece] of edits) {
      const i = at % (text.length + 1)
      text = text.slice(0, i) + piece + text.slice(i)
    }
    return text
  })

const mixed = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60, size: 'large' })
  .map((parts) => '县税务局关于2023年度工作情况的报告\n\n市人民政府：\n' + parts.join(''))

// An outline of headings and lead-ins whose captions may name required sections, or not.
const MARKERS = [
  '一、',
  '二、',
  '三、',
  '五、',
  '（一）',
  '（二）',
  '（三）',
  '1.',
  '2.',
  '3.',
  '（1）',
  '（2）',
  '\u3000\u3000',
  '',
]
const ENDS = [
  '',
  '。正文。',
  '：一是加强。',
  '。',
  '；',
  '：',
  ':',
  '。 ',
  '。妥否，请批示。',
  '。特此报告。',
]
const WORDS = [
  ...CAPTION_WORDS,
  '《条例》',
  '《安全生产条例（试行）》',
  '加强党的建设',
  '主要做法',
  '工作成效',
]
const outlined = fc
  .tuple(
    fc.constantFrom(
      '关于2023年度工作情况的报告',
      '2023年工作总结',
      '关于办公楼维修的请示',
      '县税务局关于“三重一大”，落实情况的报告。',
      '关于商请支持的函',
    ),
    fc.array(
      fc.tuple(
        fc.constantFrom(...MARKERS),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...ENDS),
      ),
      { maxLength: 14 },
    ),
  )
  .map(([title, lines]) =>
    [title, ...lines.map(([m, words, tail]) => m + words.join('') + tail)].join('\n'),
  )

const compiled = compileRules(defaultRulebook)

function findingsOf(rule: CompiledRule, text: string, types = defaultRulebook.documentTypes) {
  const { findings } = runRules([rule], parseDocument(text, types))
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}

describe.each(Object.entries(REFERENCES))('%s', (kindId, reference) => {
  const rules = compiled.filter((r) => r.entry.kind === kindId)
  const pairs = rules.map((rule) => {
    const options = { ...reference.meta.defaultOptions, ...(rule.entry.options ?? {}) }
    const old: CompiledRule = {
      ...rule,
      kind: reference,
      listener: reference.create({ options, entry: rule.entry, rulebook: defaultRulebook }),
    }
    return [rule, old] as const
  })

  it('is used by the default rulebook', () => expect(rules.length).toBeGreaterThan(0))

  it('finds the same on sample and generated reports', () => {
    for (const text of texts)
      for (const [rule, old] of pairs)
        expect(findingsOf(rule, text), rule.entry.id).toEqual(findingsOf(old, text))
  })

  it('finds the same on generated reports with pieces spliced in, and on mixtures', () => {
    let found = 0
    fc.assert(
      fc.property(fc.oneof(spliced, mixed, outlined), (text) => {
        for (const [rule, old] of pairs) {
          const expected = findingsOf(old, text)
          found += expected.length

          expect(findingsOf(rule, text), rule.entry.id).toEqual(expected)
        }
      }),
      { numRuns: 600, seed: 20260611 },
    )
    expect(found).toBeGreaterThan(20)
  })
})

describe('required-sections with more than eight sections (bits shared in its table)', () => {
  // the default types' sections one by one and pairwise: eleven sections of one synonym or more
  const base = defaultRulebook.documentTypes.find((t) => t.id === 'situation-report')!
  const one = base.requiredSections.flatMap((section) =>
    section.synonyms.slice(0, 3).map((synonym, i) => ({
      ...section,
      id: `${section.id}-${i}`,
      synonyms: [synonym, ...section.synonyms.slice(i + 3, i + 5)],
    })),
  )
  const types = [{ ...base, requiredSections: [...one, ...base.requiredSections] }]
  const rule = compiled.find((r) => r.entry.kind === 'required-sections')!
  const old: CompiledRule = {
    ...rule,
    kind: requiredSections,
    listener: requiredSections.create({
      options: requiredSections.meta.defaultOptions,
      entry: rule.entry,
      rulebook: defaultRulebook,
    }),
  }

  it('finds the same', () => {
    expect(types[0].requiredSections.length).toBeGreaterThan(8)
    let found = 0
    fc.assert(
      fc.property(outlined, (text) => {
        const expected = findingsOf(old, text, types)
        found += expected.length
        expect(findingsOf(rule, text, types)).toEqual(expected)
      }),
      { numRuns: 600, seed: 20260612 },
    )
    expect(found).toBeGreaterThan(100)
  })
})
