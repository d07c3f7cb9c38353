/** Runs the rules of a rulebook over a document model, each rule isolated, with an optional line cache. */

import type { DocModel, Line } from '../document/types'
import { ruleKinds } from '../rules'
import type { Report, RuleKind, RuleListener } from '../rules/kind'
import type { Finding, RuleEntry, Rulebook } from '../types'
import { formatMessage } from './messages'
import { lineStarts, positionAt } from './positions'

/** A rule entry with its kind and handlers, ready to run. */
export interface CompiledRule {
  entry: RuleEntry
  kind: RuleKind
  listener?: RuleListener
  /** Set when the rule could not be created; reported as one internal diagnostic. */
  error?: unknown
}

/** A finding before positions and messages are resolved; offsets absolute. */
type Raw = Report & { entry: RuleEntry; kind: RuleKind }

/** Line results by rule id, then by line key (kind + text): offsets relative to the line. */
export type LineCache = Map<string, Map<string, Report[]>>

export function compileRules(rulebook: Rulebook): CompiledRule[] {
  const out: CompiledRule[] = []
  for (const entry of rulebook.rules) {
    if (!entry.enabled) continue
    const kind = ruleKinds[entry.kind]
    if (!kind) {
      out.push({ entry, kind: unknownKind, error: new Error(`未知的规则类型“${entry.kind}”`) })
      continue
    }
    try {
      const options = { ...kind.meta.defaultOptions, ...(entry.options ?? {}) }
      out.push({ entry, kind, listener: kind.create({ options, entry, rulebook }) })
    } catch (error) {
      out.push({ entry, kind, error })
    }
  }
  return out
}

const unknownKind: RuleKind = {
  meta: { id: 'unknown', description: '', schema: {}, defaultOptions: {}, messages: {} },
  create: () => ({}),
}

function lineKey(line: Line): string {
  return `${line.kind}\u0000${line.text}`
}

function runLines(rule: CompiledRule, doc: DocModel, raws: Raw[], prev?: Map<string, Report[]>) {
  const handler = rule.listener?.line
  if (!handler) return undefined
  const next = new Map<string, Report[]>()
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue
    const key = lineKey(line)
    let reports = next.get(key) ?? prev?.get(key)
    if (!reports) {
      const found: Report[] = []
      handler(line, (r) => found.push(r))
      reports = found
    }
    next.set(key, reports)
    for (const r of reports)
      raws.push({
        ...r,
        start: r.start + line.start,
        end: r.end + line.start,
        fix: r.fix && {
          ...r.fix,
          start: r.fix.start + line.start,
          end: r.fix.end + line.start,
        },
        entry: rule.entry,
        kind: rule.kind,
      })
  }
  return next
}

function internalFinding(entry: RuleEntry, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    ruleId: entry.id,
    category: entry.category,
    severity: 'info',
    message: `规则运行出错，已跳过：${reason}`,
    messageId: 'internal-error',
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    excerpt: '',
  }
}

/**
 * Runs compiled rules over `doc`. Returns the findings (unsorted) and, when `cache` is given, the
 * refreshed cache holding only the lines of this document.
 */
export function runRules(
  rules: CompiledRule[],
  doc: DocModel,
  cache?: LineCache,
): { findings: Finding[]; cache: LineCache } {
  const raws: Raw[] = []
  const findings: Finding[] = []
  const nextCache: LineCache = new Map()
  for (const rule of rules) {
    if (rule.error) {
      findings.push(internalFinding(rule.entry, rule.error))
      continue
    }
    const mark = raws.length
    try {
      const lines = runLines(rule, doc, raws, cache?.get(rule.entry.id))
      if (lines) nextCache.set(rule.entry.id, lines)
      rule.listener?.document?.(doc, (r) => raws.push({ ...r, entry: rule.entry, kind: rule.kind }))
    } catch (error) {
      raws.length = mark
      findings.push(internalFinding(rule.entry, error))
    }
  }
  const starts = lineStarts(doc.text)
  for (const raw of raws) {
    try {
      findings.push(resolve(raw, doc.text, starts))
    } catch (error) {
      findings.push(internalFinding(raw.entry, error))
    }
  }
  return { findings, cache: nextCache }
}

function resolve(raw: Raw, text: string, starts: number[]): Finding {
  const { entry, kind } = raw
  const template = entry.messages?.[raw.messageId] ?? kind.meta.messages[raw.messageId]
  if (template == null) throw new Error(`规则“${entry.id}”使用了未定义的消息“${raw.messageId}”`)
  const start = Math.max(0, Math.min(raw.start, text.length))
  const end = Math.max(start, Math.min(raw.end, text.length))
  const from = positionAt(starts, start)
  const to = positionAt(starts, end)
  const finding: Finding = {
    ruleId: entry.id,
    category: entry.category,
    severity: entry.severity,
    message: formatMessage(template, raw.data),
    start,
    end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    excerpt: text.slice(start, end),
    messageId: raw.messageId,
  }
  if (entry.authority) finding.authority = entry.authority
  if (raw.fix) finding.fix = { ...raw.fix }
  return finding
}
