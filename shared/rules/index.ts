/** The registry of rule kinds, sorted by id. Explicit, so one bundle works in a Worker and an extension. */

import type { RuleKind } from './kind'
import headingLevelOrder from './heading-level-order'
import headingMarker from './heading-marker'
import headingSequence from './heading-sequence'
import inlineEnumeration from './inline-enumeration'
import pattern from './pattern'
import phraseList from './phrase-list'

export const ruleKinds: Record<string, RuleKind> = {
  'heading-level-order': headingLevelOrder,
  'heading-marker': headingMarker,
  'heading-sequence': headingSequence,
  'inline-enumeration': inlineEnumeration,
  pattern,
  'phrase-list': phraseList,
}
