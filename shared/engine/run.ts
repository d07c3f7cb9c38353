/** Runs the rules of a rulebook over a document model, each rule isolated, with an optional line cache. */

import type { DocModel, Line, LineKind } from '../document/types'
import { ruleKinds } from '../rules'
import type { Report, RuleKind, RuleListener } from '../rules/kind'
import type { Finding, RuleEntry, Rulebook } from '../types'
import { needsList } from '../rules/util/required-chars'
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
 * The line rules of a compiled rulebook with their prefilter, as bit sets of rules (`words` 32-bit
 * words each). `slotOf` maps a UTF-16 code unit to a slot (0: no rule needs a string starting with
 * it); `single` holds, per slot, the rules needing that character alone. Longer strings starting
 * with the slot's character are `pairStart[s] .. pairStart[s+1]`: their second character in
 * `second`, the rest in `rest` ("" when there is none), their rules in `pairRules`.
 */
interface LinePlan {
  active: CompiledRule[]
  words: number
  /** The rules that run on every line (they declared no `needs`). */
  always: Int32Array
  /** Per line kind, the rules that run on lines of that kind (filled as kinds are met). */
  byKind: Map<string, Int32Array>
  slotOf: Uint16Array
  single: Int32Array
  pairStart: Int32Array
  /** Per slot, a 32-bit filter of its strings' second characters (bit `code & 31`). */
  pairBloom: Int32Array
  second: Uint16Array
  rest: string[]
  pairRules: Int32Array
  /** Scratch for `markWanted`: the last line number each slot was met on. */
  stamps: Int32Array
  stamped: number
}

const plans = new WeakMap<CompiledRule[], LinePlan>()

function linePlan(rules: CompiledRule[]): LinePlan {
  const known = plans.get(rules)
  if (known) return known
  const active = rules.filter((r) => !r.error && r.listener?.line)
  const words = Math.max(1, Math.ceil(active.length / 32))
  const setBit = (set: Int32Array, at: number, r: number) =>
    (set[at * words + (r >> 5)] |= 1 << (r & 31))
  const slotOf = new Uint16Array(65536)
  let slots = 1
  // per slot: strings after the first character → the rules needing them
  const longer = new Map<number, Map<string, number[]>>()
  const singles: [number, number][] = []
  const always = new Int32Array(words)
  active.forEach((rule, r) => {
    const needs = rule.listener!.needs
    if (!needs) return setBit(always, 0, r)
    for (const s of needsList(needs)) {
      const code = s.charCodeAt(0)
      const slot = (slotOf[code] ||= slots++)
      if (s.length === 1) singles.push([slot, r])
      else {
        const bySlot = longer.get(slot) ?? longer.set(slot, new Map()).get(slot)!
        const list = bySlot.get(s.slice(1)) ?? bySlot.set(s.slice(1), []).get(s.slice(1))!
        list.push(r)
      }
    }
  })
  const single = new Int32Array(slots * words)
  for (const [slot, r] of singles) setBit(single, slot, r)
  const pairStart = new Int32Array(slots + 1)
  const rest: string[] = []
  const pairList: number[][] = []
  for (let slot = 0; slot < slots; slot++) {
    for (const [after, list] of longer.get(slot) ?? []) {
      rest.push(after)
      pairList.push(list)
    }
    pairStart[slot + 1] = rest.length
  }
  const pairRules = new Int32Array(rest.length * words)
  pairList.forEach((list, j) => list.forEach((r) => setBit(pairRules, j, r)))
  const second = Uint16Array.from(rest, (after) => after.charCodeAt(0))
  const pairBloom = new Int32Array(slots)
  for (let slot = 0; slot < slots; slot++)
    for (let j = pairStart[slot]; j < pairStart[slot + 1]; j++)
      pairBloom[slot] |= 1 << (second[j] & 31)
  const restAfter = rest.map((after) => after.slice(1))
  const plan = {
    active,
    words,
    always,
    byKind: new Map<string, Int32Array>(),
    slotOf,
    single,
    pairStart,
    pairBloom,
    second,
    rest: restAfter,
    pairRules,
    stamps: new Int32Array(slots),
    stamped: 0,
  }
  plans.set(rules, plan)
  return plan
}

/**
 * Sets in `wanted` (a bit set of rules, cleared first) the rules that `text[start, end)` may
 * concern: those without `needs` and those with `needs` the text contains one character or string
 * of, of the line's kind.
 */
function markWanted(
  plan: LinePlan,
  text: string,
  start: number,
  end: number,
  kind: string,
  wanted: Int32Array,
): void {
  const { words, slotOf, single, pairStart, pairBloom, second, rest, pairRules } = plan
  wanted.set(plan.always)
  // slots met on this line are stamped with a number of their own, so nothing is cleared
  const stamp = plan.stamps
  if (plan.stamped === 0x7fffffff) {
    stamp.fill(0)
    plan.stamped = 0
  }
  const mark = ++plan.stamped
  for (let i = start; i < end; i++) {
    const slot = slotOf[text.charCodeAt(i)]
    if (slot === 0) continue
    if (stamp[slot] !== mark) {
      stamp[slot] = mark
      for (let w = 0, at = slot * words; w < words; w++) wanted[w] |= single[at + w]
    }
    if (i + 1 === end) continue
    const next = text.charCodeAt(i + 1)
    if (!(pairBloom[slot] & (1 << (next & 31)))) continue
    for (let j = pairStart[slot]; j < pairStart[slot + 1]; j++) {
      if (second[j] !== next) continue
      const more = rest[j]
      if (more && (i + 2 + more.length > end || !text.startsWith(more, i + 2))) continue
      for (let w = 0, at = j * words; w < words; w++) wanted[w] |= pairRules[at + w]
    }
  }
  const ofKind = plan.byKind.get(kind) ?? rulesOfKind(plan, kind)
  for (let w = 0; w < words; w++) wanted[w] &= ofKind[w]
}

/** The rules that run on lines of `kind`: those that declared no `kinds`, and those naming it. */
function rulesOfKind(plan: LinePlan, kind: string): Int32Array {
  const set = new Int32Array(plan.words)
  plan.active.forEach((rule, r) => {
    const kinds = rule.listener!.kinds as readonly string[] | undefined
    if (!kinds || kinds.includes(kind)) set[r >> 5] |= 1 << (r & 31)
  })
  plan.byKind.set(kind, set)
  return set
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
  const wanted = new Int32Array(plan.words)
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
      markWanted(plan, doc.text, line.start, line.end, line.kind, wanted)
      hits = NO_HITS
      for (rule = 0; rule < active.length; rule++) {
        if (!(wanted[rule >> 5] & (1 << (rule & 31))) || dead[rule]) continue
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
