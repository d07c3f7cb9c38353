/** An incremental lint session: re-checks only lines whose text (or kind) changed since the last run. */

import { parseDocument } from '../document/parse'
import { defaultRulebook } from '../rulebook/default/index'
import type { Finding, Rulebook } from '../types'
import { postprocess, type Ignore } from './postprocess'
import { compileRules, runRules, type LineCache } from './run'

export interface LintSession {
  /** Lints the current text, reusing line results of unchanged lines. */
  update(text: string): Finding[]
  /** Replaces the rulebook; the next update re-checks everything. */
  setRulebook(rulebook: Rulebook): void
  setIgnores(ignores: Ignore[]): void
}

export function createSession(
  rulebook: Rulebook = defaultRulebook,
  ignores: Ignore[] = [],
): LintSession {
  let book = rulebook
  let rules = compileRules(book)
  let cache: LineCache = new Map()
  let ignored = ignores
  return {
    update(text) {
      const doc = parseDocument(text, book.documentTypes)
      const result = runRules(rules, doc, cache)
      cache = result.cache
      return postprocess(result.findings, ignored)
    },
    setRulebook(next) {
      book = next
      rules = compileRules(book)
      cache = new Map()
    },
    setIgnores(next) {
      ignored = next
    },
  }
}
