/** JSON Schema → form model: the fields an admin edits for a rule kind's options, and path helpers. */

import type { JsonSchema } from '../../../shared/index'

export type Field =
  | {
      type: 'string' | 'number' | 'integer'
      key: string
      label: string
      required: boolean
      multiline?: boolean
    }
  | { type: 'boolean'; key: string; label: string; required: boolean }
  | { type: 'enum'; key: string; label: string; required: boolean; choices: string[] }
  | { type: 'multi-enum'; key: string; label: string; required: boolean; choices: string[] }
  | { type: 'string-list'; key: string; label: string; required: boolean }
  | { type: 'object-list'; key: string; label: string; required: boolean; fields: Field[] }
  | { type: 'object'; key: string; label: string; required: boolean; fields: Field[] }
  /** Anything the generator cannot draw: edited as raw JSON. */
  | { type: 'json'; key: string; label: string; required: boolean }

/** Chinese labels for option names used by the rule kinds; a schema `title` wins over these. */
export const OPTION_LABELS: Record<string, string> = {
  phrases: '词语清单',
  text: '禁用词语',
  replacement: '规范写法',
  note: '说明',
  allow: '允许的较长写法（例外）',
  lineKinds: '只检查这些行',
  pattern: '正则表达式',
  flags: '正则标志',
  exclude: '排除的写法（正则）',
  checks: '检查项',
  terms: '术语',
  pairs: '术语对',
  preferred: '规范用语',
  variants: '不规范的变体',
}

const labelOf = (key: string, s: JsonSchema) =>
  (typeof s.title === 'string' && s.title) || OPTION_LABELS[key] || key

function fieldOf(key: string, s: JsonSchema, required: boolean): Field {
  const label = labelOf(key, s)
  if (Array.isArray(s.enum))
    return { type: 'enum', key, label, required, choices: s.enum.map(String) }
  switch (s.type) {
    case 'string':
      return { type: 'string', key, label, required, multiline: Number(s.maxLength ?? 0) > 200 }
    case 'number':
    case 'integer':
      return { type: s.type, key, label, required }
    case 'boolean':
      return { type: 'boolean', key, label, required }
    case 'object':
      return { type: 'object', key, label, required, fields: formFields(s) }
    case 'array': {
      const items = (s.items ?? {}) as JsonSchema
      if (Array.isArray(items.enum))
        return { type: 'multi-enum', key, label, required, choices: items.enum.map(String) }
      if (items.type === 'string') return { type: 'string-list', key, label, required }
      if (items.type === 'object')
        return { type: 'object-list', key, label, required, fields: formFields(items) }
    }
  }
  return { type: 'json', key, label, required }
}

/** The fields of an object schema, required ones first, then in declaration order. */
export function formFields(schema: JsonSchema): Field[] {
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((schema.required ?? []) as string[])
  const fields = Object.entries(props).map(([k, s]) => fieldOf(k, s, required.has(k)))
  return fields.sort((a, b) => Number(b.required) - Number(a.required))
}

export type Path = (string | number)[]

export function getAt(value: unknown, path: Path): unknown {
  let v: any = value
  for (const k of path) v = v == null ? undefined : v[k]
  return v
}

/**
 * Returns a copy of `value` with `next` at `path`; `undefined` removes an object key or an array
 * item, so optional fields left empty disappear instead of failing `minLength`.
 */
export function setAt<T>(value: T, path: Path, next: unknown): T {
  if (!path.length) return next as T
  const [head, ...rest] = path
  const base: any = Array.isArray(value) ? [...value] : { ...(value as object) }
  const child = setAt(base[head], rest, next)
  if (child === undefined) {
    if (Array.isArray(base)) base.splice(head as number, 1)
    else delete base[head]
  } else base[head] = child
  return base
}

/** Issues of a validation whose path starts with `prefix`, keyed by the rest of the path. */
export function issuesUnder(
  issues: { path: string; message: string }[],
  prefix: string,
): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const i of issues) {
    if (i.path !== prefix && !i.path.startsWith(prefix + '.') && !i.path.startsWith(prefix + '['))
      continue
    const rest = i.path.slice(prefix.length).replace(/^\./, '')
    out.set(rest, [...(out.get(rest) ?? []), i.message])
  }
  return out
}

/** "phrases[0].text" for a path below the options. */
export function pathString(path: Path): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('')
}
