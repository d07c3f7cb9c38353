import { describe, expect, it } from 'vitest'
import {
  applyFixes,
  createSession,
  defaultRulebook,
  lint,
  ruleKinds,
  type Rulebook,
  type RuleEntry,
  type Finding,
} from '../../shared/index'
import { lineStarts, positionAt } from '../../shared/engine/positions'

const entry = (over: Partial<RuleEntry>): RuleEntry => ({
  id: 'probe',
  kind: 'pattern',
  enabled: true,
  severity: 'error',
  category: 'placeholder',
  description: '测试',
  options: { pattern: 'XX' },
  ...over,
})
const book = (...rules: RuleEntry[]): Rulebook => ({ ...defaultRulebook, rules })

describe('positions', () => {
  it('counts \\n, \\r\\n and \\r as one line break each, columns in UTF-16 units', () => {
    const text = '甲\r\n乙\r丙\n𠀀XX'
    const [f] = lint(text, book(entry({})))
    expect(f).toMatchObject({
      start: 9,
      end: 11,
      line: 4,
      column: 3,
      endLine: 4,
      endColumn: 5,
      excerpt: 'XX',
    })
  })

  it('maps an offset at the very end of the text', () => {
    const starts = lineStarts('ab\ncd')
    expect(positionAt(starts, 5)).toEqual({ line: 2, column: 3 })
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 })
  })
})

describe('excerpts', () => {
  it('keep a short span whole and the two ends of a long one', () => {
    const inner = '学'.repeat(200)
    const text = `　　他说“前文“${inner}”后文”。\n　　截止目前完成。`
    const findings = lint(text)
    const nested = findings.find((f) => f.ruleId === 'punct-quote-nesting')!
    expect(nested.end - nested.start).toBe(202)
    expect(nested.excerpt).toBe(`“${'学'.repeat(59)}…${'学'.repeat(18)}”`)
    const short = findings.find((f) => f.ruleId === 'phrasing-jiezhi-jiezhi')!
    expect(short.excerpt).toBe(text.slice(short.start, short.end))
  })
})

describe('isolation', () => {
  it('a throwing rule yields one internal diagnostic and the others still report', () => {
    ruleKinds['test-throws'] = {
      meta: {
        id: 'test-throws',
        description: '总是出错',
        schema: {},
        defaultOptions: {},
        messages: {},
      },
      create: () => ({
        line() {
          throw new Error('boom')
        },
      }),
    }
    try {
      const findings = lint('XX县', book(entry({ id: 'broken', kind: 'test-throws' }), entry({})))
      expect(findings.map((f) => [f.ruleId, f.messageId])).toEqual([
        ['broken', 'internal-error'],
        ['probe', 'flag'],
      ])
      expect(findings[0].message).toContain('boom')
    } finally {
      delete ruleKinds['test-throws']
    }
  })

  it('a rule that fails on its second line reports nothing, is not called again, and the rest run on', () => {
    const seen: string[] = []
    ruleKinds['test-throws-later'] = {
      meta: {
        id: 'test-throws-later',
        description: '第二行出错',
        schema: {},
        defaultOptions: {},
        messages: { flag: '标记' },
      },
      create: () => ({
        line(line, report) {
          seen.push(line.text)
          report({ messageId: 'flag', start: 0, end: 1 })
          if (seen.length === 2) throw new Error('boom')
        },
      }),
    }
    try {
      // forty lines: the engine's sets of lines span more than one 32-bit word
      const text = Array.from({ length: 40 }, (_, i) => `第${i + 1}行XX。`).join('\n')
      const findings = lint(text, book(entry({ id: 'late', kind: 'test-throws-later' }), entry({})))
      expect(seen).toEqual(['第1行XX。', '第2行XX。'])
      expect(findings.filter((f) => f.ruleId === 'late').map((f) => f.messageId)).toEqual([
        'internal-error',
      ])
      expect(findings.filter((f) => f.ruleId === 'probe')).toHaveLength(40)
    } finally {
      delete ruleKinds['test-throws-later']
    }
  })

  it('an unknown kind is one internal diagnostic, not an empty result', () => {
    const findings = lint('XX县', book(entry({ id: 'ghost', kind: 'no-such-kind' }), entry({})))
    expect(findings.map((f) => f.ruleId)).toEqual(['ghost', 'probe'])
  })

  it('disabled rules do not run', () => {
    expect(lint('XX县', book(entry({ enabled: false })))).toEqual([])
  })
})

describe('applyFixes', () => {
  it('applies non-overlapping fixes and skips an overlapping one', () => {
    const r = applyFixes('abcdef', [
      { fix: { start: 1, end: 3, replacement: 'X' } },
      { fix: { start: 2, end: 4, replacement: 'Y' } },
      { fix: { start: 4, end: 5, replacement: 'Z' } },
    ])
    expect(r.text).toBe('aXdZf')
    expect(r.applied).toHaveLength(2)
  })
})

describe('incremental session', () => {
  const report =
    '关于2023年度工作情况的报告\n\n一、主要工作\n（一）学习XX次，，成效明显。\n（三）完成任务。\n二、存在的问题\n问题XX个。\n'

  it('gives the same findings as a full lint after each edit', () => {
    const session = createSession(defaultRulebook)
    const edits = [
      report,
      report.replace('（三）', '（二）'),
      report.replace('学习XX次', '学习12次'),
      report + '三、下一步打算\n（一）继续努力。\n',
      report.replace(/\n/g, '\r\n'),
      '',
    ]
    for (const text of edits) expect(session.update(text)).toEqual(lint(text, defaultRulebook))
  })

  it('runs a document rule whose needs only an unchanged line holds', () => {
    const text =
      '县局关于2023年工作情况的报告\n\n一、主要工作\n（一）新馆建设，请予批准。\n（二）完成任务。\n'
    const session = createSession(defaultRulebook)
    const flagged = (findings: Finding[]) =>
      findings.some((f) => f.ruleId === 'structure-no-request-in-report')
    expect(flagged(session.update(text))).toBe(true)
    const edited = text.replace('完成任务', '完成全部任务')
    const findings = session.update(edited)
    expect(flagged(findings)).toBe(true)
    expect(findings).toEqual(lint(edited))
    expect(flagged(session.update(edited.replace('请予批准', '加快推进')))).toBe(false)
  })

  it('does not re-run line handlers for unchanged lines', () => {
    let calls = 0
    ruleKinds['test-count'] = {
      meta: {
        id: 'test-count',
        description: '计数',
        schema: {},
        defaultOptions: {},
        messages: { m: '计数' },
      },
      create: () => ({
        line() {
          calls++
        },
      }),
    }
    try {
      const session = createSession(book(entry({ id: 'count', kind: 'test-count' })))
      const lines = Array.from({ length: 50 }, (_, i) => `第${i}段内容。`)
      session.update(lines.join('\n'))
      const first = calls
      lines[10] = '第10段内容已修改。'
      session.update(lines.join('\n'))
      expect(first).toBe(50)
      expect(calls - first).toBe(1)
    } finally {
      delete ruleKinds['test-count']
    }
  })
})
