/** lint: text → findings, with the default rulebook when none is given. */

import { inMemoScope, MemoScope } from '../document/line-memo'
import { parseDocument } from '../document/parse'
import { defaultRulebook } from '../rulebook/default/index'
import type { Finding, Rulebook } from '../types'
import { postprocess, type Ignore } from './postprocess'
import { compileRules, runRules, type CompiledRule } from './run'

export interface LintOptions {
  /** Findings the user chose to ignore. */
  ignores?: Ignore[]
}

// Compiled once per rulebook object: a rulebook is a value, never changed after it is loaded.
const compiled = new WeakMap<Rulebook, CompiledRule[]>()

function compiledRules(rulebook: Rulebook): CompiledRule[] {
  let rules = compiled.get(rulebook)
  if (!rules) compiled.set(rulebook, (rules = compileRules(rulebook)))
  return rules
}

/**
 * Checks `text` against `rulebook` (the default rulebook when omitted). The rulebook is compiled
 * on first use and the result kept with it, so it must not be changed in place afterwards.
 */
export function lint(
  text: string,
  rulebook: Rulebook = defaultRulebook,
  options: LintOptions = {},
): Finding[] {
  // per-line results are shared by the rules of this one run through the lines, then dropped
  const { findings } = inMemoScope(new MemoScope(false), () =>
    runRules(compiledRules(rulebook), parseDocument(text, rulebook.documentTypes)),
  )
  return postprocess(findings, options.ignores)
}
