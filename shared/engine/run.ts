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
 * Runs every line handler over the non-blank lines it may concern. One pass over each line's
 * characters finds the rules whose `needs` it meets (and the document rules whose
 * `documentNeeds`, into `seen` and `wanted`); the others are not called on it. Then each
 * rule runs over its lines in turn (rules outside, lines inside: one rule's code and data stay
 * warm, where a hundred rules taking turns on each line keep evicting each other). Lines whose
 * text and kind the cache holds are not run again. A rule that throws is marked failed; its
 * results dropped.
 */
function runLineRules(
  plan: LinePlan,
  doc: DocModel,
  raws: Raw[],
  failed: Map<CompiledRule, unknown>,
  seen: Int32Array,
  wanted: Int32Array,
  prev?: LineCache,
): LineCache | undefined {
  const { active, words } = plan
  const { lines } = doc
  // per line: its prefilter set (in `wanted`, words at index × words) and what the rules reported
  const hitsOf: LineHits[] = new Array(lines.length).fill(NO_HITS)
  const todo: number[] = []
  lines.forEach((line, i) => {
    if (line.kind === 'blank') return
    // keyed by the text alone (no concatenated key to hash again); the kind must match too
    const kept = prev?.get(line.text)
    if (kept?.kind === line.kind) {
      hitsOf[i] = kept.hits
      wanted.set(kept.wanted, i * words)
    } else {
      // the document's text is one flat string: reading it is faster than reading a line's slice
      markWanted(plan, doc.text, line.start, line.end, line.kind, wanted, i * words)
      todo.push(i)
    }
    for (let w = 0; w < words; w++) seen[w] |= wanted[i * words + w]
  })
  let at = 0
  let rule = 0
  const report = (found: Report) => {
    if (hitsOf[at] === NO_HITS) hitsOf[at] = []
    hitsOf[at].push({ rule, report: found })
  }
  const byRule = linesByRule(todo, wanted, words, active.length)
  const lineWords = (todo.length + 31) >> 5
  for (rule = 0; rule < active.length; rule++) {
    const handler = active[rule].listener!.line!
    visit: for (let w = 0; w < lineWords; w++) {
      for (let bits = byRule[rule * lineWords + w]; bits !== 0; bits &= bits - 1) {
        const i = todo[(w << 5) | lowestBit(bits)]
        at = i
        const before = hitsOf[i].length
        try {
          handler(lines[i], report)
        } catch (error) {
          // a rule that fails on a line reports nothing there, and no more anywhere
          hitsOf[i].length = before
          failed.set(active[rule], error)
          break visit
        }
      }
    }
  }
  const next: LineCache | undefined = prev ? new Map() : undefined
  lines.forEach((line, i) => {
    if (line.kind === 'blank') return
    const hits = hitsOf[i]
    next?.set(line.text, {
      kind: line.kind,
      hits,
      wanted: wanted.slice(i * words, (i + 1) * words),
    })
    // most lines have no findings: nothing to do for them
    for (const hit of hits) raws.push(absolute(hit.report, line.start, active[hit.rule]))
  })
  return next
}

/** The index of the lowest set bit of a non-zero 32-bit word. */
const lowestBit = (bits: number) => 31 - Math.clz32(bits & -bits)

/**
 * The lines' prefilter sets turned around: per line rule, the lines of `todo` it runs on, as a bit
 * set of positions in `todo` (`(todo.length + 31) >> 5` words per rule). Reading only set bits, a
 * rule's loop visits its lines alone, not every line for each of a hundred rules.
 */
function linesByRule(todo: number[], wanted: Int32Array, words: number, rules: number): Int32Array {
  const lineWords = (todo.length + 31) >> 5
  const out = new Int32Array(rules * lineWords)
  for (let t = 0; t < todo.length; t++) {
    const at = todo[t] * words
    const bit = 1 << (t & 31)
    const word = t >> 5
    for (let w = 0; w < words; w++)
      for (let bits = wanted[at + w]; bits !== 0; bits &= bits - 1) {
        // bits past the line rules are the document rules'
        const r = (w << 5) | lowestBit(bits)
        if (r < rules) out[r * lineWords + word] |= bit
      }
  }
  return out
}

/** The lines whose prefilter set (`words` words each in `wanted`) has bit `r`. */
function linesHolding(lines: Line[], wanted: Int32Array, words: number, r: number): Line[] {
  const out: Line[] = []
  const word = r >> 5
  const bit = 1 << (r & 31)
  for (let i = 0; i < lines.length; i++) if (wanted[i * words + word] & bit) out.push(lines[i])
  return out
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
  const wanted = new Int32Array(doc.lines.length * plan.words)
  const nextCache = runLineRules(plan, doc, raws, failed, seen, wanted, cache) ?? new Map()
  // the document rules with needs have bits active.length, active.length + 1, … in rulebook order
  let next = plan.active.length
  for (const rule of rules) {
    const r = !rule.error && rule.listener?.documentNeeds ? next++ : -1
    const handler = rule.listener?.document
    if (!handler || failed.has(rule)) continue
    let holding: readonly Line[] = doc.lines
    if (r >= 0) {
      // a document rule none of whose needs any line holds is not called
      if (!(seen[r >> 5] & (1 << (r & 31)))) continue
      holding = linesHolding(doc.lines, wanted, plan.words, r)
    }
    const mark = raws.length
    try {
      handler(doc, (r) => raws.push({ ...r, entry: rule.entry, kind: rule.kind }), holding)
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
