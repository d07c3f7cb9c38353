/** Counts by severity and category at the top of the results. */

import type { Category } from '../../../shared/index'
import { CATEGORY_LABELS } from './labels'
import type { Counts } from './sections'

export function SummaryBar({ counts, source }: { counts: Counts; source: string }) {
  const cats = Object.entries(counts.byCategory) as [Category, number][]
  return (
    <section class="summary" data-total={counts.total}>
      <div class="source-name">{source}</div>
      <div class="sev">
        <span class="big">{counts.total}</span> 处问题：
        <span class="sev-error" data-count="error">
          错误 {counts.bySeverity.error}
        </span>
        <span class="sev-warning" data-count="warning">
          警告 {counts.bySeverity.warning}
        </span>
        <span class="sev-info" data-count="info">
          提示 {counts.bySeverity.info}
        </span>
      </div>
      {cats.length > 0 && (
        <div class="cats">
          {cats.map(([c, n]) => (
            <span key={c} class="chip" data-count-category={c}>
              {CATEGORY_LABELS[c]} {n}
            </span>
          ))}
        </div>
      )}
    </section>
  )
}
