/**
 * The parser rewritten to allocate less (no copies of a line's body, no expression results, no
 * intermediate arrays) must build the very same document model as before: the previous parser is
 * kept in parse-reference.ts and both run on the sample reports, generated reports and random or
 * mutated texts holding every marker variant, CRLF/CR breaks, full-width spaces and decimals.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDocument, generateReport, random } from '../../../bench/corpus'
import { inMemoScope, MemoScope } from '../../../shared/document/line-memo'
import { matchMarker, toHeading } from '../../../shared/document/markers'
import { parseDocument } from '../../../shared/document/parse'
import type { DocModel, OutlineNode } from '../../../shared/document/types'
import { defaultRulebook } from '../../../shared/index'
import * as reference from './parse-reference'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures')
const TYPES = defaultRulebook.documentTypes

/** The sample reports and every golden case's input. */
function fixtureTexts(): string[] {
  const samples = join(FIXTURES, 'samples')
  const golden = join(FIXTURES, 'golden')
  return [
    ...readdirSync(samples)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(samples, f), 'utf8')),
    ...readdirSync(golden).map((d) => readFileSync(join(golden, d, 'input.txt'), 'utf8')),
  ]
}

/** The model's references point into `lines`, as they did: rules compare lines by identity. */
function expectSharedLines(doc: DocModel): void {
  const own = (l: { index: number } | undefined) => l === undefined || doc.lines[l.index] === l
  expect(own(doc.title)).toBe(true)
  expect(doc.titleLines.every(own)).toBe(true)
  expect(doc.headings.every(own)).toBe(true)
  const visit = (nodes: OutlineNode[], parent?: OutlineNode): void => {
    for (const node of nodes) {
      expect(own(node.line) && node.heading === node.line.heading).toBe(true)
      expect(node.parent).toBe(parent)
      visit(node.children, node)
    }
  }
  visit(doc.outline)
}

/** Parses `text` with both parsers, outside a memo scope, in a one-off scope and in a session. */
function expectSameModel(text: string): void {
  const expected = reference.parseDocumentRef(text, TYPES)
  const plain = parseDocument(text, TYPES)
  expect(plain).toStrictEqual(expected)
  expectSharedLines(plain)
  expect(inMemoScope(new MemoScope(false), () => parseDocument(text, TYPES))).toStrictEqual(
    expected,
  )
  // a session's second run reuses what the first computed for each line's text
  const session = new MemoScope()
  inMemoScope(session, () => parseDocument(text, TYPES))
  session.nextRun()
  expect(inMemoScope(session, () => parseDocument(text, TYPES))).toStrictEqual(expected)
}

// Line starts of every marker form and variant, near-markers (decimals, years, approximate
// numbers) and the openings of the other line kinds.
const OPENINGS = [
  ...['一、', '十一、', '二十、', '两、', '一，', '一,', '一.', '一．', '一.5', '二、三', '一十、'],
  ...[
    '（一）',
    '(一)',
    '（一)',
    '(一）',
    '（一）、',
    '（一）.',
    '（一）...',
    '（十二）：',
    '（〇）',
  ],
  ...['（1）', '(1)', '（12）', '（123）', '（1）,', '（1）:', '（0）', '1）', '一）', '12)', '0.'],
  ...['1.', '1．', '12.', '123.', '1、', '1、2', '3.5%', '3.5％', '2023.', '2.2024年', '0、'],
  ...['①', '⑳', '⑴', '⑴，', '⑴.', '⑴..', '⒇', '⒈', '⒛', '㈠', '㈠、', '㈩', '②.'],
  ...['第一部分', '第二部分：', '第三章 ', '第十一篇\u3000', '第一部分主要'],
  ...['附件：', '附件:1.', '附件1', '附件２', '附件一', '附件 1：', '抄送：', '抄送:'],
  ...['（此件公开发布）', '(此件不公开)', '述职人：张三', '报告人: 李四'],
  ...['2024年12月20日', '2024年1月5号', '二〇二四年十二月二十日', '县政发〔2024〕12号'],
  ...['××县应急管理局文件', '关于2024年工作情况的报告', '2024年工作要点', '县人民政府：'],
  ...[
    '首先、',
    '二是',
    '特此报告。',
    '现将有关情况报告如下：',
    'www.a.cn',
    'a@b.cn',
    '见https://x.cn/y',
  ],
]
const MIDDLES = [
  ...['加强', '组织领导', '。', '！', '？', '，', '：', '正文', '2023年', '5%', '...', '…'],
  // what may follow a marker and change whether it is one: "二、两", "1.％", "（1）.."
  ...['两', '三', '十', '%', '％', '5', '.', '．', '、', ')', '）', '①', ' ', '\u3000'],
]
const SPACES = ['', ' ', '\u3000', '\u3000\u3000', '\t', '\u00a0', ' \u3000']
const TRAILS = ['', ' ', '\u3000', '\t', '\u00a0', '\ufeff', '\u2028', '\u200a', ' \u3000 ']
const BREAKS = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n']

const line = fc
  .tuple(
    fc.constantFrom(...SPACES),
    fc.constantFrom(...OPENINGS, ''),
    fc.array(fc.constantFrom(...MIDDLES), { maxLength: 4 }),
    fc.constantFrom(...TRAILS),
  )
  .map(([indent, opening, middle, trail]) => indent + opening + middle.join('') + trail)

const text = fc
  .array(fc.tuple(line, fc.constantFrom(...BREAKS)), { maxLength: 30 })
  .map((lines) => lines.map(([l, br]) => l + br).join(''))

/** `base` with `count` random edits: an opening or a break inserted, or a span deleted. */
function mutate(base: string, seed: number, count: number): string {
  const rnd = random(seed)
  let out = base
  for (let i = 0; i < count; i++) {
    const at = Math.floor(rnd() * (out.length + 1))
    const r = rnd()
    const pool = r < 0.5 ? OPENINGS : r < 0.8 ? BREAKS : SPACES
    const piece = pool[Math.floor(rnd() * pool.length)]
    const cut = r > 0.95 ? Math.floor(rnd() * 20) : 0
    out = out.slice(0, at) + piece + out.slice(at + cut)
  }
  return out
}

describe('parseDocument equals the previous parser', () => {
  it('on the sample reports and golden inputs', () => {
    const texts = fixtureTexts()
    expect(texts.length).toBeGreaterThan(20)
    for (const t of texts) {
      expectSameModel(t)
      expectSameModel(t.replace(/\n/g, '\r\n'))
    }
  })

  it('on generated reports and a compiled document, with LF, CRLF and CR breaks', () => {
    for (let seed = 0; seed < 12; seed++) {
      const report = generateReport(100 + seed, 14_000, 0.1)
      expectSameModel(report)
      expectSameModel(report.replace(/\n/g, seed % 2 ? '\r\n' : '\r'))
    }
    expectSameModel(generateDocument(60_000, 5))
  })

  it('on reports mutated with markers, breaks and spaces at random places', () => {
    const texts = fixtureTexts()
    for (let seed = 0; seed < 120; seed++) {
      const base = seed % 3 ? generateReport(seed, 3_000, 0.1) : texts[seed % texts.length]
      expectSameModel(mutate(base, seed, 1 + (seed % 40)))
    }
  })

  it('on random texts of marker-like lines', () => {
    fc.assert(
      fc.property(text, (t) => expectSameModel(t)),
      { numRuns: 1500, seed: 20261210 },
    )
  })

  it('reads trailing white space as trimEnd does, for every code unit', () => {
    // a heading, an annotation, a blank line and a date with any code unit after them
    const kinds = (lines: { kind: string }[]) => lines.map((l) => l.kind).join()
    const found: string[] = []
    const expected: string[] = []
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c)
      const t = `一、甲${u}\n（此件公开）${u}\n${u}\n2024年1月2日${u}`
      found.push(kinds(parseDocument(t).lines))
      expected.push(kinds(reference.classify(t)))
    }
    expect(found).toEqual(expected)
  })

  it('meets every line kind and marker variant in the random texts', () => {
    const kinds = new Set<string>()
    const variants = new Set<string>()
    fc.assert(
      fc.property(text, (t) => {
        for (const l of parseDocument(t, TYPES).lines) {
          kinds.add(l.kind)
          if (l.heading) variants.add(l.heading.variant)
        }
      }),
      { numRuns: 1500, seed: 20261210 },
    )
    expect(kinds.size).toBe(11)
    expect(variants.size).toBe(7)
  })

  it('the test can fail: a changed heading is told apart', () => {
    const t = '关于工作情况的报告\n市人民政府：\n一、甲\n（一）乙\n1.丙'
    const doc = parseDocument(t, TYPES)
    doc.headings[2].heading!.variant = 'arabic-dunhao'
    expect(() => expect(doc).toStrictEqual(reference.parseDocumentRef(t, TYPES))).toThrow()
  })
})

describe('matchMarker and toHeading equal the previous ones', () => {
  it('at any offset of random marker-like lines', () => {
    fc.assert(
      fc.property(line, fc.nat(6), (l, at) => {
        const expected = reference.matchMarker(l, at)
        const found = matchMarker(l, at)
        expect(found).toStrictEqual(expected)
        if (found && expected)
          expect(toHeading(l, found)).toStrictEqual(reference.toHeading(l, expected))
      }),
      { numRuns: 5000, seed: 20261211 },
    )
  })
})
