/** The registry of rule kinds, sorted by id. Explicit, so one bundle works in a Worker and an extension. */

import type { RuleKind } from './kind'
import citationConsistency from './citation-consistency'
import dateCheck from './date-check'
import dateForms from './date-forms'
import headingLevelOrder from './heading-level-order'
import headingMarker from './heading-marker'
import headingSequence from './heading-sequence'
import inlineEnumeration from './inline-enumeration'
import markConsistency from './mark-consistency'
import numberStyle from './number-style'
import pattern from './pattern'
import phraseList from './phrase-list'
import repetition from './repetition'
import termConsistency from './term-consistency'

export const ruleKinds: Record<string, RuleKind> = {
  'citation-consistency': citationConsistency,
  'date-check': dateCheck,
  'date-forms': dateForms,
  'heading-level-order': headingLevelOrder,
  'heading-marker': headingMarker,
  'heading-sequence': headingSequence,
  'inline-enumeration': inlineEnumeration,
  'mark-consistency': markConsistency,
  'number-style': numberStyle,
  pattern,
  'phrase-list': phraseList,
  repetition,
  'term-consistency': termConsistency,
}
