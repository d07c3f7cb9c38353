/** Runs the rules of a rulebook over a document model, each rule isolated, with an optional line cache. */

import type { DocModel, Line, LineKind } from '../document/types'
import { ruleKinds } from '../rules'
import type { Report, RuleKind, RuleListener } from '../rules/kind'
import type { Finding, RuleEntry, Rulebook } from '../types'
import { formatMessage } from './messages'
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

/** Line results by line text (and the kind they were computed for). */
export type LineCache = Map<string, { kind: LineKind; hits: LineHits }>

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

/**
 * The line rules of a compiled rulebook with their prefilter. `slotOf` maps a UTF-16 code unit to
 * a slot (0: no rule needs it); the rules needing slot s are `ruleList[ruleStart[s] .. ruleStart[s+1])`.
 */
interface LinePlan {
  active: CompiledRule[]
  /** Per active rule: 1 when it runs on every line (it declared no `needs`). */
  always: Uint8Array
  /** Per active rule: bit set of the line kinds it runs on (all bits when it declared no `kinds`). */
  kindMask: Int32Array
  slotOf: Uint16Array
  ruleStart: Int32Array
  ruleList: Int32Array
}

const KIND_BITS = new Map<string, number>()
const kindBit = (kind: string) => {
  let bit = KIND_BITS.get(kind)
  if (bit === undefined) KIND_BITS.set(kind, (bit = 1 << KIND_BITS.size))
  return bit
}

const plans = new WeakMap<CompiledRule[], LinePlan>()

function linePlan(rules: CompiledRule[]): LinePlan {
  const known = plans.get(rules)
  if (known) return known
  const active = rules.filter((r) => !r.error && r.listener?.line)
  const slotOf = new Uint16Array(65536)
  const rulesOf: number[][] = [[]]
  const always = Uint8Array.from(active, (rule, r) => {
    const needs = rule.listener!.needs
    if (!needs) return 1
    for (let i = 0; i < needs.length; i++) {
      const code = needs.charCodeAt(i)
      if (!slotOf[code]) slotOf[code] = rulesOf.push([]) - 1
      const list = rulesOf[slotOf[code]]
      if (list.at(-1) !== r) list.push(r)
    }
    return 0
  })
  const kindMask = Int32Array.from(active, (rule) => {
    const kinds = rule.listener!.kinds
    return kinds ? kinds.reduce((mask, k) => mask | kindBit(k), 0) : -1
  })
  const ruleStart = new Int32Array(rulesOf.length + 1)
  rulesOf.forEach((list, slot) => (ruleStart[slot + 1] = ruleStart[slot] + list.length))
  const ruleList = Int32Array.from(rulesOf.flat())
  const plan = { active, always, kindMask, slotOf, ruleStart, ruleList }
  plans.set(rules, plan)
  return plan
}

/**
 * Marks in `wanted` (cleared first) the rules that `text[start, end)` may concern: those without
 * `needs`, of the line's kind, and those with `needs` the text contains one character of.
 */
function markWanted(
  plan: LinePlan,
  text: string,
  start: number,
  end: number,
  kind: number,
  wanted: Uint8Array,
  slotSeen: Uint8Array,
): void {
  const { always, kindMask, slotOf, ruleStart, ruleList } = plan
  slotSeen.fill(0)
  wanted.fill(0)
  for (let i = start; i < end; i++) {
    const slot = slotOf[text.charCodeAt(i)]
    if (slot === 0 || slotSeen[slot] === 1) continue
    slotSeen[slot] = 1
    for (let j = ruleStart[slot]; j < ruleStart[slot + 1]; j++) wanted[ruleList[j]] = 1
  }
  for (let r = 0; r < wanted.length; r++)
    wanted[r] = (wanted[r] | always[r]) & (kindMask[r] & kind ? 1 : 0)
}

const NO_HITS: LineHits = []

/**
 * Runs every line handler over every non-blank line, lines outside and rules inside, so a line's
 * cache key is built and looked up once. One pass over the line's characters finds the rules whose
 * `needs` it meets; the others are not called. A rule that throws is marked failed; its results
 * dropped.
 */
function runLineRules(
  rules: CompiledRule[],
  doc: DocModel,
  raws: Raw[],
  failed: Map<CompiledRule, unknown>,
  prev?: LineCache,
): LineCache | undefined {
  const plan = linePlan(rules)
  const { active } = plan
  const next: LineCache | undefined = prev ? new Map() : undefined
  const wanted = new Uint8Array(active.length)
  const slotSeen = new Uint8Array(plan.ruleStart.length)
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
    if (kept?.kind === line.kind) hits = kept.hits
    else {
      // the document's text is one flat string: reading it is faster than reading a line's slice
      markWanted(plan, doc.text, line.start, line.end, kindBit(line.kind), wanted, slotSeen)
      hits = NO_HITS
      for (rule = 0; rule < active.length; rule++) {
        if (!wanted[rule] || dead[rule]) continue
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
    next?.set(line.text, { kind: line.kind, hits })
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
  const nextCache = runLineRules(rules, doc, raws, failed, cache) ?? new Map()
  for (const rule of rules) {
    const handler = rule.listener?.document
    if (!handler || failed.has(rule)) continue
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
