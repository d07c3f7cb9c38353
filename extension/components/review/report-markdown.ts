/** Renders a review report as Markdown: summary, counts by category, findings by section. */

import { escapeMarkdown as m } from './escape'
import { CATEGORY_LABELS, SEVERITY_LABELS } from './labels'
import { formatDate, locationOf, type ReportModel } from './report-model'

export function renderReportMarkdown(r: ReportModel): string {
  const c = r.counts
  const out: string[] = [
    `# 公文审核报告：${m(r.title)}`,
    '',
    `- 来源：${m(r.source)}`,
    `- 规则集：${m(r.rulebook.name ?? r.rulebook.id)}（第 ${r.rulebook.version} 版）`,
    `- 生成时间：${formatDate(r.date)}`,
    '',
    '## 概况',
    '',
    `问题共 ${c.total} 处：错误 ${c.bySeverity.error}，警告 ${c.bySeverity.warning}，提示 ${c.bySeverity.info}。`,
    '',
    '## 按类别统计',
    '',
    '| 类别 | 数量 |',
    '| --- | --- |',
    ...Object.entries(c.byCategory).map(
      ([k, n]) => `| ${CATEGORY_LABELS[k as keyof typeof CATEGORY_LABELS] ?? m(k)} | ${n} |`,
    ),
    '',
    '## 问题清单',
  ]
  if (!c.total) out.push('', '未发现问题。')
  for (const g of r.groups) {
    out.push('', `### ${g.path.length ? g.path.map(m).join(' › ') : '标题及开头部分'}`, '')
    out.push(
      '| 位置 | 级别 | 类别 | 问题 | 原文 | 依据 | 规则 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    )
    for (const f of g.findings)
      out.push(
        `| ${locationOf(f)} | ${SEVERITY_LABELS[f.severity]} | ${CATEGORY_LABELS[f.category] ?? m(f.category)} | ` +
          `${m(f.message)} | ${m(f.excerpt)} | ${m(f.authority ?? '—')} | ${m(f.ruleId)} |`,
      )
  }
  return out.join('\n') + '\n'
}
