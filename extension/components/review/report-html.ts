/** Renders a review report as one printable, self-contained HTML page; all text escaped. */

import type { Finding } from '../../../shared/index'
import { escapeHtml as e } from './escape'
import { CATEGORY_LABELS, SEVERITY_LABELS } from './labels'
import { categoryChartSvg } from './report-chart'
import { formatDate, locationOf, type ReportModel } from './report-model'

const STYLE = `
body{font-family:"FangSong","仿宋",serif;max-width:800px;margin:2em auto;color:#222;line-height:1.6}
h1{font-family:"SimHei","黑体",sans-serif;font-size:22px;text-align:center}
h2{font-family:"SimHei","黑体",sans-serif;font-size:17px;border-bottom:1px solid #999;margin-top:1.5em}
h3{font-size:15px;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
.meta{color:#555;font-size:13px;text-align:center}
.sev-error{color:#b03a2e;font-weight:bold}.sev-warning{color:#9a6700}.sev-info{color:#2e6da4}
.excerpt{font-family:monospace;background:#f4f4f4}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
`

function findingRow(f: Finding): string {
  return (
    `<tr data-rule="${e(f.ruleId)}" data-severity="${e(f.severity)}">` +
    `<td>${e(locationOf(f))}</td>` +
    `<td class="sev-${e(f.severity)}">${e(SEVERITY_LABELS[f.severity] ?? f.severity)}</td>` +
    `<td>${e(CATEGORY_LABELS[f.category] ?? f.category)}</td>` +
    `<td>${e(f.message)}<br><span class="excerpt">${e(f.excerpt)}</span></td>` +
    `<td>${e(f.authority ?? '—')}</td>` +
    `<td>${e(f.ruleId)}</td></tr>`
  )
}

/** A complete HTML document: summary, chart by category, then every finding grouped by section. */
export function renderReportHtml(r: ReportModel): string {
  const c = r.counts
  const summary =
    `<table><tr><th>问题总数</th><th>错误</th><th>警告</th><th>提示</th></tr>` +
    `<tr><td>${c.total}</td><td>${c.bySeverity.error}</td><td>${c.bySeverity.warning}</td><td>${c.bySeverity.info}</td></tr></table>`
  const head =
    '<tr><th>位置</th><th>级别</th><th>类别</th><th>问题</th><th>依据</th><th>规则</th></tr>'
  const sections = r.groups
    .map(
      (g) =>
        `<section data-section="${g.key}"><h3>${e(g.path.length ? g.path.join(' › ') : '标题及开头部分')}</h3>` +
        `<table>${head}${g.findings.map(findingRow).join('')}</table></section>`,
    )
    .join('')
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8">` +
    `<title>${e(`审核报告：${r.title}`)}</title><style>${STYLE}</style></head><body>` +
    `<h1>公文审核报告</h1>` +
    `<p class="meta">${e(r.title)}<br>来源：${e(r.source)}　规则集：${e(r.rulebook.name ?? r.rulebook.id)}（第 ${r.rulebook.version} 版）　生成时间：${e(formatDate(r.date))}</p>` +
    `<h2>一、概况</h2>${summary}` +
    `<h2>二、按类别统计</h2><figure>${categoryChartSvg(c.byCategory)}</figure>` +
    `<h2>三、问题清单</h2>${c.total ? sections : '<p>未发现问题。</p>'}` +
    `</body></html>`
  )
}
