/** The registry of rule kinds, sorted by id. Explicit, so one bundle works in a Worker and an extension. */

import type { RuleKind } from './kind'
import headingSequence from './heading-sequence'
import pattern from './pattern'
import phraseList from './phrase-list'

export const ruleKinds: Record<string, RuleKind> = {
  'heading-sequence': headingSequence,
  pattern,
  'phrase-list': phraseList,
}
