// Review report rendering: HTML and Markdown carry every finding, the chart, and escape all text.
import { describe, expect, it } from 'vitest'
import { lint, parseDocument, type Finding } from '../../../shared/index'
import { buildReport } from '../../../extension/components/review/report-model'
import { renderReportHtml } from '../../../extension/components/review/report-html'
import { renderReportMarkdown } from '../../../extension/components/review/report-markdown'
import { categoryChartSvg } from '../../../extension/components/review/report-chart'
import { sectionAnchors } from '../../../extension/components/review/sections'

const TEXT = '某局2023年工作总结\n一、主要工作\n（一）抓学习\n（三）抓落实\n二、问题\n二、打算'
const hostile: Finding = {
  ruleId: 'evil-rule',
  category: 'wording',
  severity: 'warning',
  message: '<img src=x onerror=alert(1)>应改为“规范”',
  start: 0,
  end: 2,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 3,
  excerpt: '<script>alert(2)</script>',
  authority: 'GB/T 15834—2011 <b>4.5</b>',
}

function report(findings: Finding[]) {
  return buildReport({
    title: '某局2023年工作总结',
    source: '粘贴文本',
    rulebook: { id: 'default', name: '公文默认规则集', version: 3 },
    findings,
    anchors: sectionAnchors(parseDocument(TEXT)),
    date: new Date(2024, 0, 15, 9, 5),
  })
}

describe('renderReportHtml', () => {
  const findings = lint(TEXT)
  const html = renderReportHtml(report([...findings, hostile]))

  it('lists every finding with location, message and authority', () => {
    for (const f of findings) {
      expect(html).toContain(`data-rule="${f.ruleId}"`)
      expect(html).toContain(f.message)
      expect(html).toContain(`第 ${f.line} 行第 ${f.column} 列`)
      expect(html).toContain(f.authority ?? '—')
    }
    expect(html.match(/<tr data-rule=/g)!.length).toBe(findings.length + 1)
  })

  it('has the summary, a chart by category and the date', () => {
    expect(html).toContain('问题总数')
    expect(html).toMatch(/<svg[^>]*role="img"/)
    expect(html).toContain('data-category="numbering"')
    expect(html).toContain('2024-01-15 09:05')
    expect(html).toContain('第 3 版')
  })

  it('escapes messages, excerpts and authorities', () => {
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('says so when nothing was found', () => {
    expect(renderReportHtml(report([]))).toContain('未发现问题')
  })
})

describe('renderReportMarkdown', () => {
  it('has one table row per finding and escapes markup', () => {
    const findings = lint(TEXT)
    const md = renderReportMarkdown(report([...findings, hostile]))
    const rows = md.split('\n').filter((l) => l.startsWith('| 第 '))
    expect(rows.length).toBe(findings.length + 1)
    expect(md).not.toContain('<script>')
    expect(md).toContain('## 按类别统计')
    expect(md).toContain('| 序号 | ')
  })
})

describe('categoryChartSvg', () => {
  it('draws the largest category with the longest bar', () => {
    const svg = categoryChartSvg({ wording: 1, numbering: 4 })
    const widths = [...svg.matchAll(/<rect[^>]*width="(\d+)"/g)].map((m) => Number(m[1]))
    expect(widths).toHaveLength(2)
    expect(widths[0]).toBeGreaterThan(widths[1])
    expect(svg.indexOf('numbering')).toBeLessThan(svg.indexOf('wording'))
  })
})
