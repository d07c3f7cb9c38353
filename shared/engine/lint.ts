/** lint: text → findings, with the default rulebook when none is given. */

import { parseDocument } from '../document/parse'
import { defaultRulebook } from '../rulebook/default/index'
import type { Finding, Rulebook } from '../types'
import { postprocess, type Ignore } from './postprocess'
import { compileRules, runRules } from './run'

export interface LintOptions {
  /** Findings the user chose to ignore. */
  ignores?: Ignore[]
}

/** Checks `text` against `rulebook` (the default rulebook when omitted). */
export function lint(
  text: string,
  rulebook: Rulebook = defaultRulebook,
  options: LintOptions = {},
): Finding[] {
  const doc = parseDocument(text, rulebook.documentTypes)
  const { findings } = runRules(compileRules(rulebook), doc)
  return postprocess(findings, options.ignores)
}
