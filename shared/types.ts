/** Contracts shared by the engine, the worker and the extension: findings, rulebooks, rule kinds. */

export type Severity = 'error' | 'warning' | 'info'

export const CATEGORIES = [
  'structure',
  'numbering',
  'placeholder',
  'punctuation',
  'numbers',
  'wording',
  'consistency',
  'format',
] as const
export type Category = (typeof CATEGORIES)[number]

/** A replacement over a half-open UTF-16 range of the checked text. */
export interface Fix {
  start: number
  end: number
  replacement: string
}

/** One problem found in a text. Offsets are UTF-16 indices, `end` exclusive; lines and columns are 1-based. */
export interface Finding {
  ruleId: string
  category: Category
  severity: Severity
  message: string
  start: number
  end: number
  line: number
  column: number
  endLine: number
  endColumn: number
  excerpt: string
  fix?: Fix
  /** The norm behind the rule, e.g. "GB/T 15834—2011 4.5.3.5". */
  authority?: string
  /** The message template id inside the rule kind, for tests and tooling. */
  messageId?: string
}

/** Authority level of a rule: 条例 and 国标 rules are "规定", 实务 and 单位 are practice. */
export type AuthorityLevel = '条例' | '国标' | '实务' | '单位'

/** One entry of a rulebook: a rule kind with its options, severity and examples. */
export interface RuleEntry {
  /** Unique inside the rulebook, kebab-case. */
  id: string
  /** Id of a rule kind in the registry (`shared/rules/index.ts`). */
  kind: string
  enabled: boolean
  severity: Severity
  category: Category
  /** Short Chinese description shown to admins. */
  description: string
  authority?: string
  level?: AuthorityLevel
  options?: Record<string, unknown>
  /** Overrides of the kind's message templates, by message id. */
  messages?: Record<string, string>
  /** Examples that must hold for the rule to be saved: `invalid` must be flagged, `valid` must not. */
  examples?: { valid?: string[]; invalid?: string[] }
}

/** A required block of a document type, found by any of its synonyms in a heading. */
export interface RequiredSection {
  id: string
  name: string
  synonyms: string[]
}

/** A document type (文种/文体) detected from the title, with its own requirements. */
export interface DocumentType {
  id: string
  name: string
  /** Substrings of the title that identify the type; the longest match wins. */
  titleKeywords: string[]
  requiredSections: RequiredSection[]
  /** Closing formula expected at the end of the body, e.g. "特此报告。". */
  closing?: string
  /** Whether the document is sent on its own and so carries a signature and date. */
  signed?: boolean
}

export interface Rulebook {
  id: string
  name: string
  version: number
  description?: string
  documentTypes: DocumentType[]
  rules: RuleEntry[]
}

/** A JSON Schema object (draft 2020-12 subset) describing a rule kind's options. */
export type JsonSchema = Record<string, unknown>
