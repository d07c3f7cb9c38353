/** Rulebook validation: the frame, every rule's options against its kind, messages, and its examples. */

import { parseDocument } from '../document/parse'
import { compileRules, runRules } from '../engine/run'
import { ruleKinds } from '../rules'
import type { RuleEntry, Rulebook } from '../types'
import { ruleEntrySchema, rulebookSchema } from './schema'
import { schemaIssues, type Issue } from './schema-issues'

export type { Issue }

export type Validation = { ok: true; rulebook: Rulebook } | { ok: false; issues: Issue[] }

const MARKUP = /[<>]/

function entryIssues(entry: RuleEntry, at: string): Issue[] {
  const kind = ruleKinds[entry.kind]
  if (!kind) return [{ path: `${at}.kind`, message: `未知的规则类型“${entry.kind}”` }]
  const issues = schemaIssues(kind.meta.schema, entry.options ?? {}, `${at}.options`)
  if (!issues.length && kind.check) {
    const options = { ...kind.meta.defaultOptions, ...(entry.options ?? {}) }
    for (const i of kind.check(options))
      issues.push({ path: `${at}.options${i.path ? '.' + i.path : ''}`, message: i.message })
  }
  for (const [id, template] of Object.entries(entry.messages ?? {})) {
    if (!(id in kind.meta.messages))
      issues.push({
        path: `${at}.messages.${id}`,
        message: `规则类型“${kind.meta.id}”没有消息“${id}”`,
      })
    else if (MARKUP.test(template))
      issues.push({ path: `${at}.messages.${id}`, message: '消息模板不能含有 < 或 >' })
  }
  return issues
}

/** Runs one rule alone over its own examples: every invalid example flagged, no valid one. */
function exampleIssues(book: Rulebook, entry: RuleEntry, at: string): Issue[] {
  const single: Rulebook = { ...book, rules: [{ ...entry, enabled: true }] }
  const rules = compileRules(single)
  const issues: Issue[] = []
  const check = (text: string, expectFlag: boolean, path: string) => {
    const { findings } = runRules(rules, parseDocument(text, book.documentTypes))
    const broken = findings.find((f) => f.messageId === 'internal-error')
    if (broken) return issues.push({ path, message: broken.message })
    const flagged = findings.length > 0
    if (flagged !== expectFlag)
      issues.push({
        path,
        message: expectFlag ? '反例没有被这条规则查出' : `正例被误报：${findings[0].message}`,
      })
  }
  entry.examples?.invalid?.forEach((t, i) => check(t, true, `${at}.examples.invalid[${i}]`))
  entry.examples?.valid?.forEach((t, i) => check(t, false, `${at}.examples.valid[${i}]`))
  return issues
}

/**
 * Validates an untrusted rulebook. Lists every problem with a path and a Chinese message; a rule
 * whose own examples fail is a problem too, so such a rulebook cannot be saved.
 */
export function validateRulebook(input: unknown): Validation {
  let value: unknown
  try {
    // plain JSON only: drops undefined and functions, rejects cycles and BigInt
    value = JSON.parse(JSON.stringify(input) ?? 'null')
  } catch {
    return { ok: false, issues: [{ path: '', message: '规则集必须是 JSON 数据' }] }
  }
  const issues = schemaIssues(rulebookSchema, value)
  const book = value as Rulebook
  const rules = Array.isArray(book?.rules) ? book.rules : []
  const frameOk = !issues.length
  const ids = new Set<string>()
  rules.forEach((entry, i) => {
    const at = `rules[${i}]`
    // entries broken in shape are already listed by the frame schema; check the others in depth
    if (schemaIssues(ruleEntrySchema, entry, at).length) return
    if (ids.has(entry.id)) issues.push({ path: `${at}.id`, message: `规则编号“${entry.id}”重复` })
    ids.add(entry.id)
    const own = entryIssues(entry, at)
    issues.push(...own)
    if (!own.length && frameOk) issues.push(...exampleIssues(book, entry, at))
  })
  const typeIds = new Set<string>()
  ;(Array.isArray(book?.documentTypes) ? book.documentTypes : []).forEach((t, i) => {
    if (t && typeIds.has(t.id))
      issues.push({ path: `documentTypes[${i}].id`, message: `文种编号“${t.id}”重复` })
    typeIds.add(t?.id)
  })
  return issues.length ? { ok: false, issues } : { ok: true, rulebook: book }
}
