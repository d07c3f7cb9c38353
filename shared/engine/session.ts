/** An incremental lint session: re-checks only lines whose text (or kind) changed since the last run. */

import { inMemoScope, MemoScope } from '../document/line-memo'
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
  // per-line results of the last run, for the lines that are still there; gone with the session
  const memos = new MemoScope()
  return {
    update(text) {
      memos.nextRun()
      const result = inMemoScope(memos, () =>
        runRules(rules, parseDocument(text, book.documentTypes), cache),
      )
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
