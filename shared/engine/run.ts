/** Runs the rules of a rulebook over a document model, each rule isolated, with an optional line cache. */

import type { DocModel, Line } from '../document/types'
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

/** Line results by line key (kind + text): for each line rule, in order, offsets relative to the line. */
export type LineCache = Map<string, Report[][]>

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
 * The line rules of a compiled rulebook with their character prefilter: `slotOf` maps a UTF-16 code
 * unit to a slot (0: no rule needs it), `rulesOf[slot]` lists the rules that need it.
 */
interface LinePlan {
  active: CompiledRule[]
  /** Per active rule: true when it runs on every line (it declared no `needs`). */
  always: boolean[]
  /** Per active rule: bit set of the line kinds it runs on (all bits when it declared no `kinds`). */
  kindMask: number[]
  slotOf: Uint16Array
  rulesOf: number[][]
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
  const always = active.map((rule, r) => {
    const needs = rule.listener!.needs
    if (!needs) return true
    for (let i = 0; i < needs.length; i++) {
      const code = needs.charCodeAt(i)
      if (!slotOf[code]) slotOf[code] = rulesOf.push([]) - 1
      rulesOf[slotOf[code]].push(r)
    }
    return false
  })
  const kindMask = active.map((rule) => {
    const kinds = rule.listener!.kinds
    return kinds ? kinds.reduce((mask, k) => mask | kindBit(k), 0) : -1
  })
  const plan = { active, always, kindMask, slotOf, rulesOf }
  plans.set(rules, plan)
  return plan
}

const NONE: Report[] = []

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
  const { active, always, kindMask, slotOf, rulesOf } = linePlan(rules)
  const next: LineCache | undefined = prev ? new Map() : undefined
  // stamps instead of clearing: wanted[r] === stamp means rule r runs on the current line
  const wanted = new Uint32Array(active.length)
  const slotSeen = new Uint32Array(rulesOf.length)
  const dead = new Uint8Array(active.length)
  let stamp = 0
  let bucket: Report[] = NONE
  const report = (r: Report) => {
    if (bucket === NONE) bucket = []
    bucket.push(r)
  }
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue
    const key = next ? `${line.kind}\u0000${line.text}` : ''
    let results = next?.get(key) ?? prev?.get(key)
    if (!results) {
      const text = line.text
      const kind = kindBit(line.kind)
      stamp++
      for (let i = 0; i < text.length; i++) {
        const slot = slotOf[text.charCodeAt(i)]
        if (slot === 0 || slotSeen[slot] === stamp) continue
        slotSeen[slot] = stamp
        for (const r of rulesOf[slot]) wanted[r] = stamp
      }
      results = new Array<Report[]>(active.length)
      for (let r = 0; r < active.length; r++) {
        const rule = active[r]
        results[r] = NONE
        if ((!always[r] && wanted[r] !== stamp) || !(kindMask[r] & kind) || dead[r]) continue
        bucket = NONE
        try {
          rule.listener!.line!(line, report)
          results[r] = bucket
        } catch (error) {
          dead[r] = 1
          failed.set(rule, error)
        }
      }
    }
    next?.set(key, results)
    for (let r = 0; r < active.length; r++)
      for (const found of results[r]) raws.push(absolute(found, line.start, active[r]))
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
