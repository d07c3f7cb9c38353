/** Runs the rules of a rulebook over a document model, each rule isolated, with an optional line cache. */

import type { DocModel, Line, LineKind } from '../document/types'
import { ruleKinds } from '../rules'
import type { Report, RuleKind, RuleListener } from '../rules/kind'
import type { Finding, RuleEntry, Rulebook } from '../types'
import { formatMessage } from './messages'
import { linePlan, markWanted, type LinePlan } from './prefilter'
import { positionAt } from './positions'

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

/** What the line rules reported on one line: rule index (into the active line rules) and report, offsets relative to the line. */
type LineHits = { rule: number; report: Report }[]

/**
 * Line results by line text (and the kind they were computed for), with the line's prefilter set
 * (of which the document rules' bits are read again).
 */
export type LineCache = Map<string, { kind: LineKind; hits: LineHits; wanted: Int32Array }>

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

function absolute(r: Report, offset: number, rule: CompiledRule): Raw {
  return {
    ...r,
    start: r.start + offset,
    end: r.end + offset,
    fix: r.fix && { ...r.fix, start: r.fix.start + offset, end: r.fix.end + offset },
    entry: rule.entry,
    kind: rule.kind,
  }
}

const NO_HITS: LineHits = []

/**
 * Runs every line handler over every non-blank line, lines outside and rules inside, so a line's
 * cache key is built and looked up once. One pass over the line's characters finds the rules whose
 * `needs` it meets; the others are not called. A rule that throws is marked failed; its results
 * dropped.
 */
function runLineRules(
  plan: LinePlan,
  doc: DocModel,
  raws: Raw[],
  failed: Map<CompiledRule, unknown>,
  seen: Int32Array,
  prev?: LineCache,
): LineCache | undefined {
  const { active, words } = plan
  const next: LineCache | undefined = prev ? new Map() : undefined
  const fresh = new Int32Array(words)
  let wanted: Int32Array = fresh
  const dead = new Uint8Array(active.length)
  let hits: LineHits = NO_HITS
  let rule = 0
  const report = (found: Report) => {
    if (hits === NO_HITS) hits = []
    hits.push({ rule, report: found })
  }
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue
    // keyed by the text alone (no concatenated key to hash again); the kind must match too
    const kept = next?.get(line.text) ?? prev?.get(line.text)
    if (kept?.kind === line.kind) ({ hits, wanted } = kept)
    else {
      // the document's text is one flat string: reading it is faster than reading a line's slice
      markWanted(plan, doc.text, line.start, line.end, line.kind, (wanted = fresh))
      hits = NO_HITS
      // the set bits in order, lowest first: the line rules, then the document rules' bits
      for (let w = 0; w < words; w++)
        for (let bits = wanted[w]; bits !== 0; bits &= bits - 1) {
          rule = (w << 5) + 31 - Math.clz32(bits & -bits)
          if (rule >= active.length) break
          if (dead[rule]) continue
          const before = hits.length
          try {
            active[rule].listener!.line!(line, report)
          } catch (error) {
            // a rule that fails on a line reports nothing there, and no more anywhere
            hits.length = before
            dead[rule] = 1
            failed.set(active[rule], error)
          }
        }
    }
    for (let w = 0; w < words; w++) seen[w] |= wanted[w]
    next?.set(line.text, {
      kind: line.kind,
      hits,
      wanted: wanted === fresh ? fresh.slice() : wanted,
    })
    // most lines have no findings: nothing to do for them
    for (const hit of hits) raws.push(absolute(hit.report, line.start, active[hit.rule]))
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
  const failed = new Map<CompiledRule, unknown>()
  for (const rule of rules) if (rule.error) failed.set(rule, rule.error)
  const plan = linePlan(rules)
  const seen = new Int32Array(plan.words)
  const nextCache = runLineRules(plan, doc, raws, failed, seen, cache) ?? new Map()
  // a document rule none of whose needs any line holds is not called
  const unneeded = new Set(
    plan.documentRules.filter((_, i) => {
      const r = plan.active.length + i
      return !(seen[r >> 5] & (1 << (r & 31)))
    }),
  )
  for (const rule of rules) {
    const handler = rule.listener?.document
    if (!handler || failed.has(rule) || unneeded.has(rule)) continue
    const mark = raws.length
    try {
      handler(doc, (r) => raws.push({ ...r, entry: rule.entry, kind: rule.kind }))
    } catch (error) {
      raws.length = mark
      failed.set(rule, error)
    }
  }
  const starts = doc.lines.map((l) => l.start)
  const broken = new Set([...failed.keys()].map((r) => r.entry))
  for (const raw of raws) {
    if (broken.has(raw.entry)) continue
    try {
      findings.push(resolve(raw, doc.text, starts))
    } catch (error) {
      findings.push(internalFinding(raw.entry, error))
    }
  }
  for (const [rule, error] of failed) findings.push(internalFinding(rule.entry, error))
  // a rule that failed on some line must fail again next time, not hit a cached empty result
  return { findings, cache: failed.size ? new Map() : nextCache }
}

/** Longest excerpt kept whole; a longer span (a long quotation) keeps its two ends around an ellipsis. */
const MAX_EXCERPT = 80

function excerptOf(text: string, start: number, end: number): string {
  if (end - start <= MAX_EXCERPT) return text.slice(start, end)
  const isLow = (i: number) => (text.charCodeAt(i) & 0xfc00) === 0xdc00
  let head = start + 60
  if (isLow(head)) head--
  let tail = end - 19
  if (isLow(tail)) tail--
  return text.slice(start, head) + '…' + text.slice(tail, end)
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
    excerpt: excerptOf(text, start, end),
    messageId: raw.messageId,
  }
  if (entry.authority) finding.authority = entry.authority
  if (raw.fix) finding.fix = { ...raw.fix }
  return finding
}
