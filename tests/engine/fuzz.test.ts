/** Property tests of the engine over random and mutated reports (issue 6): invariants, not answers. */

import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { applyFixes, createSession, defaultRulebook, lint, type Finding } from '../../shared/index'

const PALETTE = [
  '一、',
  '二、',
  '（一）',
  '（二）',
  '(一)',
  '（一）、',
  '1、',
  '1.',
  '2.',
  '（1）',
  '（3）',
  '①',
  '⑴',
  '㈠',
  '⒈',
  '一是',
  '二是',
  '二是',
  '第一，',
  '首先、',
  'XX',
  'X',
  '××',
  'Ｘ',
  '，',
  '，，',
  ',',
  '.',
  '。',
  '；；',
  '：',
  '“',
  '”',
  '"',
  "'",
  '《',
  '》',
  '（',
  '）',
  '(',
  ')',
  '〔',
  '〕',
  '【待补充】',
  '截止',
  '截至',
  '2023年',
  '23年',
  '2024年01月05日',
  '2023年2月29日',
  '1-6月',
  '1—11月',
  '3.5%',
  '15～30%',
  '二〇二三年',
  '二零二三年',
  '\r\n',
  '\n',
  '\r',
  '\u3000',
  '\u3000\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  ' ',
  '\t',
  '𠀀',
  '😀',
  '\ud800',
  '\udc00',
  'abc',
  'GDP',
  'https://example.gov.cn/a?b=1',
  '——',
  '—',
  '…',
  '……',
  '...',
  '特此报告。',
  '附件：1、',
  '妥否，请批示。',
  '关于',
  '对',
  '的',
  '的的',
  '习习近平',
  '党委',
  '工作',
  '税务局',
  '报告',
  '总结',
  '要点',
  '本文来源于网络',
  '仅供参考',
  '！！！！',
  '？',
  '8:30',
  '１２３',
  '<b>',
  '&amp;',
]

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PALETTE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
)
const report = fc.array(token, { maxLength: 120 }).map((parts) => parts.join(''))

// A fixed seed keeps CI reproducible; FUZZ_SEED=random (or a number) explores further locally.
const seedSetting = process.env.FUZZ_SEED ?? '20261124'
const seed = seedSetting === 'random' ? Date.now() % 2 ** 31 : Number(seedSetting)
fc.configureGlobal({ seed })

let cases = 0
afterAll(() => console.log(`engine fuzz: ${cases} random reports checked (seed ${seed})`))

function isBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true
  const before = text.charCodeAt(i - 1)
  const after = text.charCodeAt(i)
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
}

function checkInvariants(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(f.messageId, f.message).not.toBe('internal-error')
    expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true)
    expect(isBoundary(text, f.start) && isBoundary(text, f.end)).toBe(true)
    expect(f.excerpt).toBe(text.slice(f.start, f.end))
    if (f.fix) expect(isBoundary(text, f.fix.start) && isBoundary(text, f.fix.end)).toBe(true)
  }
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => a.start - b.start)
  for (let i = 1; i < fixes.length; i++)
    expect(fixes[i].start).toBeGreaterThanOrEqual(fixes[i - 1].end)
}

function errorCounts(findings: Finding[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const f of findings) if (f.severity === 'error') m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1)
  return m
}

describe('engine fuzz', () => {
  it('never throws, keeps offsets inside the text and on UTF-16 boundaries, fixes disjoint', () => {
    fc.assert(
      fc.property(report, (text) => {
        cases++
        checkInvariants(text, lint(text))
      }),
      { numRuns: 600 },
    )
  })

  it('applying every fix and re-checking creates no new error', () => {
    fc.assert(
      fc.property(report, (text) => {
        cases++
        const before = lint(text)
        const fixed = applyFixes(text, before).text
        const after = errorCounts(lint(fixed))
        const was = errorCounts(before)
        for (const [rule, n] of after)
          expect(n, `${rule} after fixing ${JSON.stringify(text)}`).toBeLessThanOrEqual(
            was.get(rule) ?? 0,
          )
      }),
      { numRuns: 300 },
    )
  })

  it('an incremental session gives the same findings as a full run, edit after edit', () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 6 }), (texts) => {
        const session = createSession(defaultRulebook)
        for (const text of texts) {
          cases++
          expect(session.update(text)).toEqual(lint(text))
        }
      }),
      { numRuns: 120 },
    )
  })
})

describe('hostile shapes', () => {
  it('10,000 headings, deep nesting, a very long line and mixed line breaks', () => {
    const headings = Array.from({ length: 10_000 }, (_, i) => `（${(i % 99) + 1}）事项${i}`).join(
      '\n',
    )
    const deep = Array.from(
      { length: 2000 },
      (_, i) => ['一、', '（一）', '1.', '（1）', '①'][i % 5] + '标题',
    ).join('\r')
    const long = '加强学习，'.repeat(40_000) + 'XX。'
    const mixed = '一、甲\r\n（一）乙\r（二）丙\n（四）丁'
    for (const text of [headings, deep, long, mixed]) {
      cases++
      checkInvariants(text, lint(text))
    }
    expect(lint(mixed).some((f) => f.ruleId === 'numbering-skip' && f.line === 4)).toBe(true)
  })
})
