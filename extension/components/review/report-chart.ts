/** A small horizontal bar chart of findings by category, as an inline SVG string. */

import type { Category } from '../../../shared/index'
import { escapeHtml } from './escape'
import { CATEGORY_LABELS } from './labels'

const BAR_HEIGHT = 18
const GAP = 6
const LABEL_WIDTH = 64
const BAR_WIDTH = 240

/** Bars sorted by count, largest first; an empty chart says so in text. */
export function categoryChartSvg(byCategory: Partial<Record<Category, number>>): string {
  const rows = (Object.entries(byCategory) as [Category, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const max = Math.max(1, ...rows.map(([, n]) => n))
  const height = Math.max(1, rows.length) * (BAR_HEIGHT + GAP)
  const width = LABEL_WIDTH + BAR_WIDTH + 40
  const bars = rows.map(([cat, n], i) => {
    const y = i * (BAR_HEIGHT + GAP)
    const w = Math.max(2, Math.round((n / max) * BAR_WIDTH))
    const label = escapeHtml(CATEGORY_LABELS[cat] ?? cat)
    return (
      `<g data-category="${escapeHtml(cat)}">` +
      `<text x="0" y="${y + 13}" font-size="12">${label}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR_HEIGHT}" fill="#c0392b" opacity="0.8"></rect>` +
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + 13}" font-size="12">${n}</text></g>`
    )
  })
  const empty = rows.length ? '' : '<text x="0" y="14" font-size="12">未发现问题</text>'
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="按类别统计的问题数" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bars.join('')}${empty}</svg>`
  )
}
