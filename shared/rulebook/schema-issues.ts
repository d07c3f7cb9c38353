/** Runs a JSON Schema over a value and turns its errors into Chinese issues with a dotted path. */

import { Validator, type OutputUnit } from '@cfworker/json-schema'
import type { JsonSchema } from '../types'

export interface Issue {
  /** Where the problem is, e.g. "rules[3].options.pattern"; "" for the whole rulebook. */
  path: string
  message: string
}

const validators = new WeakMap<JsonSchema, Validator>()

function toPath(location: string, base: string): string {
  const parts = location.replace(/^#\/?/, '').split('/').filter(Boolean)
  let path = base
  for (const p of parts) path += /^\d+$/.test(p) ? `[${p}]` : path ? `.${p}` : p
  return path
}

function describe(unit: OutputUnit): string | null {
  const e = unit.error
  switch (unit.keyword) {
    case 'required':
      return `缺少必填项“${/"([^"]+)"/.exec(e)?.[1] ?? ''}”`
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return /does not match/.test(e) ? `不允许的属性“${/"([^"]+)"/.exec(e)?.[1] ?? ''}”` : null
    case 'false':
      return '不允许的属性（规则类型不认识这一项）'
    case 'type':
      return `类型不对：${/expected "?([^".]+)"?/.exec(e)?.[1] ?? e}`
    case 'enum':
    case 'const':
      return '取值不在允许范围内'
    case 'pattern':
      return '格式不对（只允许小写字母、数字和连字符）'
    case 'minLength':
      return '不能为空或过短'
    case 'maxLength':
      return '过长'
    case 'minItems':
      return '项数过少'
    case 'maxItems':
      return '项数过多'
    case 'maxProperties':
      return '属性过多'
    case 'minimum':
    case 'maximum':
      return '数值超出范围'
    case 'properties':
    case 'items':
    case 'prefixItems':
    case '$ref':
    case 'allOf':
      return null // summary of nested errors, which are reported themselves
    default:
      return e
  }
}

/** Validates `value` against `schema`, listing every problem (not only the first). */
export function schemaIssues(schema: JsonSchema, value: unknown, base = ''): Issue[] {
  let v = validators.get(schema)
  if (!v) {
    v = new Validator(schema as never, '2020-12', false)
    validators.set(schema, v)
  }
  const result = v.validate(value)
  if (result.valid) return []
  const issues: Issue[] = []
  const seen = new Set<string>()
  for (const unit of result.errors) {
    const message = describe(unit)
    if (!message) continue
    const issue = { path: toPath(unit.instanceLocation, base), message }
    const key = `${issue.path}\u0000${issue.message}`
    if (!seen.has(key)) issues.push(issue)
    seen.add(key)
  }
  return issues
}
