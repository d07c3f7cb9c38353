// Grouping findings by outline section, counting and filtering them.
import { describe, expect, it } from 'vitest'
import { lint, parseDocument, type Finding } from '../../../shared/index'
import {
  countFindings,
  filterFindings,
  groupBySection,
  sectionAnchors,
} from '../../../extension/components/review/sections'

const TEXT = [
  '某局2023年工作总结',
  '一、主要工作',
  '（一）抓学习',
  '（二）抓落实',
  '（四）抓队伍',
  '二、存在的问题',
  '二、下一步打算',
].join('\n')

describe('groupBySection', () => {
  const doc = parseDocument(TEXT)
  const findings = lint(TEXT)

  it('puts each finding under the heading whose section contains it, with its ancestors', () => {
    const groups = groupBySection(sectionAnchors(doc), findings)
    const skip = groups.find((g) => g.findings.some((f) => f.ruleId === 'numbering-skip'))!
    expect(skip.path).toEqual(['一、主要工作', '（四）抓队伍'])
    const dup = groups.find((g) => g.findings.some((f) => f.ruleId === 'numbering-duplicate'))!
    expect(dup.path).toEqual(['二、下一步打算'])
  })

  it('keeps findings before the first heading in a group with an empty path, first', () => {
    const early: Finding = { ...findings[0], start: 0, end: 2, line: 1, column: 1, ruleId: 'x' }
    const groups = groupBySection(sectionAnchors(doc), [...findings, early])
    expect(groups[0].path).toEqual([])
    expect(groups[0].findings.map((f) => f.ruleId)).toContain('x')
    expect(groups.slice(1).every((g) => g.findings.every((f) => f.line > 1))).toBe(true)
  })

  it('accepts extra anchors (styled .docx headings) without a marker', () => {
    const plain = '标题\n概述\n正文一\n正文二'
    const f: Finding = { ...findings[0], line: 4, start: 9, end: 10 }
    const groups = groupBySection(
      sectionAnchors(parseDocument(plain), [{ line: 1, level: 1, label: '概述' }]),
      [f],
    )
    expect(groups[0].path).toEqual(['概述'])
  })
})

describe('countFindings and filterFindings', () => {
  const findings = lint(TEXT)
  it('counts by severity and category', () => {
    const c = countFindings(findings)
    expect(c.total).toBe(findings.length)
    expect(c.bySeverity.error).toBe(findings.filter((f) => f.severity === 'error').length)
    expect(c.byCategory.numbering).toBe(findings.filter((f) => f.category === 'numbering').length)
  })
  it('filters by severity, category and text', () => {
    expect(
      filterFindings(findings, { query: '重复' }).every((f) => f.message.includes('重复')),
    ).toBe(true)
    expect(filterFindings(findings, { query: '重复' }).length).toBeGreaterThan(0)
    expect(filterFindings(findings, { severities: ['info'] })).toEqual(
      findings.filter((f) => f.severity === 'info'),
    )
    expect(filterFindings(findings, { categories: ['format'] })).toEqual([])
  })
})
