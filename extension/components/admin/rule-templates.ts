/** The common rules an admin adds without JSON: each template is a few inputs that build a RuleEntry. */

import {
  ruleKinds,
  type Category,
  type RuleEntry,
  type Rulebook,
  type Severity,
} from '../../../shared/index'

export interface TemplateInput {
  key: string
  label: string
  placeholder?: string
  required?: boolean
}

export interface RuleTemplate {
  id: 'banned-phrase' | 'placeholder-pattern' | 'template-residue' | 'term-pair'
  label: string
  inputs: TemplateInput[]
  build(values: Record<string, string>, taken: Set<string>): RuleEntry
}

/** A free kebab-case id: `base`, else `base-2`, `base-3`, … */
export function freeId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`
}

const entry = (
  id: string,
  kind: string,
  category: Category,
  severity: Severity,
  description: string,
  options: Record<string, unknown>,
  examples: { valid?: string[]; invalid?: string[] },
): RuleEntry => ({
  id,
  kind,
  enabled: true,
  severity,
  category,
  description,
  authority: '单位规定',
  level: '单位',
  options,
  examples,
})

const v = (values: Record<string, string>, k: string) => (values[k] ?? '').trim()

/** The term-consistency kind when the registry has one (mixing both forms is flagged); else a phrase list. */
function termPair(values: Record<string, string>, taken: Set<string>): RuleEntry {
  const preferred = v(values, 'preferred')
  const variant = v(values, 'variant')
  const id = freeId('unit-term', taken)
  const description = `“${preferred}”与“${variant}”不应在同一文件中混用`
  if (ruleKinds['term-consistency'])
    return entry(
      id,
      'term-consistency',
      'consistency',
      'warning',
      description,
      {
        groups: [{ variants: [preferred, variant], name: preferred }],
      },
      { invalid: [`${preferred}。${variant}。`], valid: [`${preferred}。${preferred}。`] },
    )
  return entry(
    id,
    'phrase-list',
    'consistency',
    'warning',
    `统一用“${preferred}”，不用“${variant}”`,
    {
      phrases: [{ text: variant, replacement: preferred }],
    },
    { invalid: [`${variant}。`], valid: [`${preferred}。`] },
  )
}

export const RULE_TEMPLATES: RuleTemplate[] = [
  {
    id: 'banned-phrase',
    label: '禁用词 → 规范写法',
    inputs: [
      { key: 'text', label: '禁用词', placeholder: '如：建国以来', required: true },
      { key: 'replacement', label: '规范写法（可空）', placeholder: '如：新中国成立以来' },
      { key: 'note', label: '说明（可空）', placeholder: '如：固有表述' },
    ],
    build(values, taken) {
      const text = v(values, 'text')
      const replacement = v(values, 'replacement')
      const note = v(values, 'note')
      const phrase = { text, ...(replacement && { replacement }), ...(note && { note }) }
      const description = replacement ? `“${text}”应写作“${replacement}”` : `不用“${text}”`
      return entry(
        freeId('unit-phrase', taken),
        'phrase-list',
        'wording',
        'warning',
        description,
        { phrases: [phrase] },
        {
          invalid: [`${text}。`],
        },
      )
    },
  },
  {
    id: 'placeholder-pattern',
    label: '占位符（正则）',
    inputs: [
      {
        key: 'pattern',
        label: '正则表达式',
        placeholder: '如：【[^】]*待填[^】]*】',
        required: true,
      },
      {
        key: 'example',
        label: '一个应被查出的例子',
        placeholder: '如：【待填数据】',
        required: true,
      },
    ],
    build(values, taken) {
      return entry(
        freeId('unit-placeholder', taken),
        'pattern',
        'placeholder',
        'error',
        `未填写的占位符：${v(values, 'pattern')}`,
        {
          pattern: v(values, 'pattern'),
        },
        { invalid: [v(values, 'example')] },
      )
    },
  },
  {
    id: 'template-residue',
    label: '模板残留语',
    inputs: [{ key: 'text', label: '残留语', placeholder: '如：仅供参考', required: true }],
    build(values, taken) {
      const text = v(values, 'text')
      return entry(
        freeId('unit-residue', taken),
        'phrase-list',
        'format',
        'error',
        `模板残留：“${text}”`,
        {
          phrases: [{ text, note: '模板残留，应删除' }],
        },
        { invalid: [`${text}。`] },
      )
    },
  },
  {
    id: 'term-pair',
    label: '术语统一（规范 / 不规范）',
    inputs: [
      {
        key: 'preferred',
        label: '规范用语',
        placeholder: '如：国家税务总局××市税务局',
        required: true,
      },
      { key: 'variant', label: '不规范写法', placeholder: '如：××市国税局', required: true },
    ],
    build: termPair,
  },
]

/** Adds a built rule to a copy of the rulebook. */
export function addRule(book: Rulebook, rule: RuleEntry): Rulebook {
  return { ...book, rules: [...book.rules, rule] }
}

/** Sets the required sections of one document type, by a list of "名称：同义词，同义词" lines. */
export function setRequiredSections(book: Rulebook, typeId: string, lines: string[]): Rulebook {
  const old = book.documentTypes.find((t) => t.id === typeId)?.requiredSections ?? []
  const taken = new Set<string>()
  const sections = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      const [name, rest = ''] = l.split(/[:：]/)
      const synonyms = rest
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter(Boolean)
      const id = old.find((o) => o.name === name.trim())?.id ?? freeId(`section-${i + 1}`, taken)
      taken.add(id)
      return { id, name: name.trim(), synonyms: synonyms.length ? synonyms : [name.trim()] }
    })
  return {
    ...book,
    documentTypes: book.documentTypes.map((t) =>
      t.id === typeId ? { ...t, requiredSections: sections } : t,
    ),
  }
}

/** The inverse of `setRequiredSections`, for the textarea. */
export function requiredSectionLines(book: Rulebook, typeId: string): string[] {
  const t = book.documentTypes.find((x) => x.id === typeId)
  return (t?.requiredSections ?? []).map((s) => `${s.name}：${s.synonyms.join('，')}`)
}
