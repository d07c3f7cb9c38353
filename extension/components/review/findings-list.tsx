/** Findings grouped by outline section, with severity, category and text filters. */

import { CATEGORIES, type Category, type Finding, type Severity } from '../../../shared/types'
import { CATEGORY_LABELS, SEVERITY_LABELS } from './labels'
import type { Counts, FindingFilter, SectionGroup } from './sections'

interface Props {
  groups: SectionGroup[]
  counts: Counts
  filter: FindingFilter
  onFilter(f: FindingFilter): void
  onPick(f: Finding): void
}

const toggle = <T,>(list: T[] | undefined, x: T) =>
  list?.includes(x) ? list.filter((y) => y !== x) : [...(list ?? []), x]

export function FindingsList({ groups, counts, filter, onFilter, onPick }: Props) {
  return (
    <div data-view="findings">
      <div class="filters">
        {(['error', 'warning', 'info'] as Severity[]).map((s) => (
          <label key={s} class={`chip sev-${s}`}>
            <input
              type="checkbox"
              data-filter-severity={s}
              checked={!!filter.severities?.includes(s)}
              onChange={() => onFilter({ ...filter, severities: toggle(filter.severities, s) })}
            />
            {SEVERITY_LABELS[s]} {counts.bySeverity[s]}
          </label>
        ))}
        <select
          data-filter-category
          value={filter.categories?.[0] ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value as Category | ''
            onFilter({ ...filter, categories: v ? [v] : [] })
          }}
        >
          <option value="">全部类别</option>
          {CATEGORIES.filter((c) => counts.byCategory[c]).map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}（{counts.byCategory[c]}）
            </option>
          ))}
        </select>
        <input
          type="search"
          data-filter-query
          placeholder="筛选：问题或原文"
          value={filter.query ?? ''}
          onInput={(e) => onFilter({ ...filter, query: (e.target as HTMLInputElement).value })}
        />
      </div>
      {groups.map((g) => (
        <section key={g.key} class="group" data-section={g.key}>
          <h3>{g.path.length ? g.path.join(' › ') : '标题及开头部分'}</h3>
          <ul class="findings">
            {g.findings.map((f) => (
              <li
                key={`${f.ruleId}:${f.start}:${f.end}`}
                data-rule={f.ruleId}
                data-severity={f.severity}
                data-category={f.category}
                class={`finding sev-${f.severity}`}
                tabIndex={0}
                onClick={() => onPick(f)}
                onKeyDown={(e) => e.key === 'Enter' && onPick(f)}
              >
                <span class="where">
                  {f.line}:{f.column}
                </span>
                <span class="msg">{f.message}</span>
                <span class="meta">
                  {SEVERITY_LABELS[f.severity]} · {CATEGORY_LABELS[f.category]}
                  {f.authority ? ` · ${f.authority}` : ''}
                  {f.fix ? ' · 可自动修改' : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {!groups.length && <p class="muted">没有符合条件的问题。</p>}
    </div>
  )
}
