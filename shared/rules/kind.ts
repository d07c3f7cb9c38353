/** The shape of a rule kind: `meta` (id, Chinese description, option schema, messages) and `create`. */

import type { DocModel, Line, LineKind } from '../document/types'
import type { JsonSchema, RuleEntry, Rulebook } from '../types'
import type { Needs } from './util/required-strings'

/** What a rule reports: a message id with its data, a range and an optional certain fix. */
export interface Report {
  messageId: string
  data?: Record<string, string | number>
  start: number
  end: number
  fix?: { start: number; end: number; replacement: string }
}

export type ReportFn = (report: Report) => void

/**
 * A rule's handlers. `line` gets one line and reports offsets relative to `line.text`; its result
 * may depend only on that line's text and kind (the incremental session caches it). `document` gets
 * the whole model and reports absolute offsets.
 */
export interface RuleListener {
  line?(line: Line, report: ReportFn): void
  /**
   * What every line `line` reports on contains: one of the characters of a string, or one of the
   * strings of a list. The engine does not call `line` on other lines. Must be certain (leave it
   * out when unsure), never a guess.
   */
  needs?: Needs
  /**
   * Set when every line `line` reports on, or holds one of `needs`, repeats itself: a CJK
   * ideograph (U+4E00–U+9FFF) twice in a row, or one and the code unit after it again 2 places
   * on, or one and the two units after it again 3 to 8 places on (as a doubled word of 2 to 8
   * characters does). The engine tells such lines in its pass over the characters.
   */
  repeats?: boolean
  /** Line kinds `line` reports on: the engine does not call it on lines of other kinds. */
  kinds?: readonly LineKind[]
  /**
   * `holding`: the lines that hold one of `documentNeeds`, in order (every line when the rule
   * declares none), found by the engine's one pass over the lines; a rule whose findings lie only
   * on such lines reads these instead of searching the document again.
   */
  document?(doc: DocModel, report: ReportFn, holding: readonly Line[]): void
  /**
   * What a document `document` reports on contains, in one of its lines, as `needs`: the engine
   * does not call `document` on other documents. The same certainty applies.
   */
  documentNeeds?: Needs
}

export interface RuleContext<O> {
  options: O
  entry: RuleEntry
  rulebook: Rulebook
}

export interface RuleMeta<O> {
  id: string
  /** Chinese, one line: what the kind checks. */
  description: string
  /** JSON Schema of the options, an object with `additionalProperties: false`. */
  schema: JsonSchema
  defaultOptions: O
  /** Chinese message templates by id, with {{placeholders}}. */
  messages: Record<string, string>
  fixable?: boolean
}

export interface RuleKind<O = any> {
  meta: RuleMeta<O>
  create(ctx: RuleContext<O>): RuleListener
  /**
   * Checks beyond the schema (regular expressions compile and cannot backtrack catastrophically,
   * lists are consistent); paths relative to `options`.
   */
  check?(options: O): { path: string; message: string }[]
}

/** Identity helper that keeps option types checked where a kind is defined. */
export function defineRuleKind<O>(kind: RuleKind<O>): RuleKind<O> {
  return kind
}
