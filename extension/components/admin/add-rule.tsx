/** Adds the common rules without JSON, and edits the required sections of each document type. */

import { useState } from 'preact/hooks'
import type { Rulebook } from '../../../shared/index'
import {
  RULE_TEMPLATES,
  addRule,
  requiredSectionLines,
  setRequiredSections,
} from './rule-templates'

interface Props {
  draft: Rulebook
  onChange(next: Rulebook): void
}

export function AddRule({ draft, onChange }: Props) {
  const [templateId, setTemplateId] = useState(RULE_TEMPLATES[0].id)
  const [values, setValues] = useState<Record<string, string>>({})
  const template = RULE_TEMPLATES.find((t) => t.id === templateId)!
  const ready = template.inputs.every((i) => !i.required || values[i.key]?.trim())
  const add = () => {
    const taken = new Set(draft.rules.map((r) => r.id))
    onChange(addRule(draft, template.build(values, taken)))
    setValues({})
  }
  return (
    <section class="add-rule" data-view="add-rule">
      <h3>添加常用规则</h3>
      <select
        data-field="template"
        value={templateId}
        onChange={(e) => setTemplateId((e.target as HTMLSelectElement).value as typeof templateId)}
      >
        {RULE_TEMPLATES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
      {template.inputs.map((i) => (
        <label key={`${templateId}-${i.key}`} class="field">
          <span class="label">{i.label}</span>
          <input
            data-template-input={i.key}
            placeholder={i.placeholder}
            value={values[i.key] ?? ''}
            onInput={(e) => setValues({ ...values, [i.key]: (e.target as HTMLInputElement).value })}
          />
        </label>
      ))}
      <button type="button" data-action="add-rule" disabled={!ready} onClick={add}>
        添加到草稿
      </button>
      <RequiredSections draft={draft} onChange={onChange} />
    </section>
  )
}

function RequiredSections({ draft, onChange }: Props) {
  const [typeId, setTypeId] = useState(draft.documentTypes[0]?.id ?? '')
  const [text, setText] = useState<string | null>(null)
  const current = text ?? requiredSectionLines(draft, typeId).join('\n')
  return (
    <div class="required-sections">
      <h3>文种必备部分</h3>
      <select
        data-field="document-type"
        value={typeId}
        onChange={(e) => {
          setTypeId((e.target as HTMLSelectElement).value)
          setText(null)
        }}
      >
        {draft.documentTypes.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <textarea
        data-field="required-sections"
        rows={4}
        placeholder="每行一个部分：名称：同义词，同义词"
        value={current}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <button
        type="button"
        data-action="set-sections"
        onClick={() => {
          onChange(setRequiredSections(draft, typeId, current.split('\n')))
          setText(null)
        }}
      >
        更新必备部分
      </button>
    </div>
  )
}
