/** Every rule with its Chinese description, authority, severity and switch; options behind a click. */

import { useState } from 'preact/hooks'
import { ruleKinds, type RuleEntry, type Severity } from '../../../shared/index'
import { SchemaForm } from './schema-form-view'
import { formFields, issuesUnder, type Path } from './schema-form'

interface Props {
  rules: RuleEntry[]
  issues: { path: string; message: string }[]
  onChange(index: number, path: Path, value: unknown): void
}

const SEVERITIES: [Severity, string][] = [
  ['error', '错误'],
  ['warning', '警告'],
  ['info', '提示'],
]

function RuleRow({
  rule,
  index,
  issues,
  onChange,
}: { rule: RuleEntry; index: number } & Pick<Props, 'issues' | 'onChange'>) {
  const [open, setOpen] = useState(false)
  const kind = ruleKinds[rule.kind]
  const own = issuesUnder(issues, `rules[${index}]`)
  const options = issuesUnder(issues, `rules[${index}].options`)
  const fields = kind ? formFields(kind.meta.schema) : []
  return (
    <li class={`rule ${own.size ? 'has-issues' : ''}`} data-rule-id={rule.id}>
      <div class="rule-head">
        <label class="switch" title="启用">
          <input
            type="checkbox"
            data-field="enabled"
            checked={rule.enabled}
            onChange={(e) => onChange(index, ['enabled'], (e.target as HTMLInputElement).checked)}
          />
        </label>
        <button
          type="button"
          class="link rule-desc"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          {rule.description}
        </button>
        <select
          data-field="severity"
          value={rule.severity}
          onChange={(e) => onChange(index, ['severity'], (e.target as HTMLSelectElement).value)}
        >
          {SEVERITIES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div class="rule-meta">
        <code>{rule.id}</code> · {kind?.meta.description ?? rule.kind} · 依据：
        {rule.authority ?? '—'}
      </div>
      {own.size > 0 && (
        <div class="issue" data-rule-issues>
          {[...own.entries()].map(([p, m]) => `${p || '规则'}：${m.join('；')}`).join('　')}
        </div>
      )}
      {open && fields.length > 0 && (
        <SchemaForm
          fields={fields}
          value={rule.options ?? {}}
          path={[]}
          issues={options}
          onChange={(path, value) => onChange(index, ['options', ...path], value)}
        />
      )}
    </li>
  )
}

export function RuleList({ rules, issues, onChange }: Props) {
  const [query, setQuery] = useState('')
  const shown = rules
    .map((r, i) => [r, i] as const)
    .filter(([r]) => !query || r.id.includes(query) || r.description.includes(query))
  return (
    <section class="rules">
      <input
        type="search"
        placeholder="查找规则"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <ul>
        {shown.map(([r, i]) => (
          <RuleRow key={r.id} rule={r} index={i} issues={issues} onChange={onChange} />
        ))}
      </ul>
    </section>
  )
}
