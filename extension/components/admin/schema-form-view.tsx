/** A form generated from a rule kind's JSON Schema; every change goes back as (path, value). */

import type { Field, Path } from './schema-form'
import { getAt, pathString } from './schema-form'

interface Props {
  fields: Field[]
  value: unknown
  path: Path
  issues: Map<string, string[]>
  onChange(path: Path, value: unknown): void
}

const LINE_KINDS_HINT = '每行一项'

function Issues({ issues, path }: { issues: Map<string, string[]>; path: Path }) {
  const list = issues.get(pathString(path))
  if (!list?.length) return null
  return (
    <span class="issue" data-issue={pathString(path)}>
      {list.join('；')}
    </span>
  )
}

function Input({ field, value, path, issues, onChange }: { field: Field } & Omit<Props, 'fields'>) {
  const here = [...path, field.key]
  const v = getAt(value, here)
  const name = pathString(here)
  switch (field.type) {
    case 'string':
    case 'number':
    case 'integer':
      return (
        <input
          data-field={name}
          type={field.type === 'string' ? 'text' : 'number'}
          value={v == null ? '' : String(v)}
          onInput={(e) => {
            const raw = (e.target as HTMLInputElement).value
            const next = field.type === 'string' ? raw : raw === '' ? undefined : Number(raw)
            onChange(here, raw === '' && !field.required ? undefined : next)
          }}
        />
      )
    case 'boolean':
      return (
        <input
          data-field={name}
          type="checkbox"
          checked={!!v}
          onChange={(e) => onChange(here, (e.target as HTMLInputElement).checked)}
        />
      )
    case 'enum':
      return (
        <select
          data-field={name}
          value={String(v ?? '')}
          onChange={(e) => onChange(here, (e.target as HTMLSelectElement).value || undefined)}
        >
          <option value="">（默认）</option>
          {field.choices.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      )
    case 'multi-enum': {
      const list = (v as string[] | undefined) ?? []
      return (
        <span class="choices" data-field={name}>
          {field.choices.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={list.includes(c)}
                onChange={() =>
                  onChange(here, list.includes(c) ? list.filter((x) => x !== c) : [...list, c])
                }
              />
              {c}
            </label>
          ))}
        </span>
      )
    }
    case 'string-list':
      return (
        <textarea
          data-field={name}
          rows={2}
          placeholder={LINE_KINDS_HINT}
          value={((v as string[] | undefined) ?? []).join('\n')}
          onInput={(e) => {
            const lines = (e.target as HTMLTextAreaElement).value
              .split('\n')
              .filter((l) => l.trim())
            onChange(here, lines.length || field.required ? lines : undefined)
          }}
        />
      )
    case 'object-list': {
      const list = (v as unknown[] | undefined) ?? []
      return (
        <div class="object-list" data-field={name}>
          {list.map((_, i) => (
            <div key={i} class="object-item">
              <SchemaForm
                fields={field.fields}
                value={value}
                path={[...here, i]}
                issues={issues}
                onChange={onChange}
              />
              <button type="button" class="small" onClick={() => onChange([...here, i], undefined)}>
                删除
              </button>
            </div>
          ))}
          <button
            type="button"
            class="small"
            data-action="add-item"
            onClick={() => onChange(here, [...list, {}])}
          >
            添加一项
          </button>
        </div>
      )
    }
    case 'object':
      return (
        <SchemaForm
          fields={field.fields}
          value={value}
          path={here}
          issues={issues}
          onChange={onChange}
        />
      )
    case 'json':
      return <code>{JSON.stringify(v)}</code>
  }
}

export function SchemaForm({ fields, value, path, issues, onChange }: Props) {
  return (
    <div class="schema-form">
      {fields.map((f) => (
        <div key={f.key} class="field">
          <span class="label">
            {f.label}
            {f.required ? ' *' : ''}
          </span>
          <Input field={f} value={value} path={path} issues={issues} onChange={onChange} />
          <Issues issues={issues} path={[...path, f.key]} />
        </div>
      ))}
    </div>
  )
}
