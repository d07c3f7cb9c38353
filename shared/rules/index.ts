/** The registry of rule kinds, sorted by id. Explicit, so one bundle works in a Worker and an extension. */

import type { RuleKind } from './kind'
import arithmetic from './arithmetic'
import attachmentNote from './attachment-note'
import citationConsistency from './citation-consistency'
import countForms from './count-forms'
import dateCheck from './date-check'
import dateForms from './date-forms'
import fullwidthAlnum from './fullwidth-alnum'
import genreClosing from './genre-closing'
import halfwidthPunct from './halfwidth-punct'
import headingLevelOrder from './heading-level-order'
import headingMarker from './heading-marker'
import headingSequence from './heading-sequence'
import inlineEnumeration from './inline-enumeration'
import listTerminal from './list-terminal'
import markConsistency from './mark-consistency'
import numberStyle from './number-style'
import outlineShape from './outline-shape'
import pairedMarks from './paired-marks'
import pattern from './pattern'
import phraseList from './phrase-list'
import placeholder from './placeholder'
import repetition from './repetition'
import requiredSections from './required-sections'
import signatureDate from './signature-date'
import straightQuotes from './straight-quotes'
import straySpaces from './stray-spaces'
import termConsistency from './term-consistency'
import titleFormat from './title-format'
import yearScope from './year-scope'

export const ruleKinds: Record<string, RuleKind> = {
  arithmetic,
  'attachment-note': attachmentNote,
  'citation-consistency': citationConsistency,
  'count-forms': countForms,
  'date-check': dateCheck,
  'date-forms': dateForms,
  'fullwidth-alnum': fullwidthAlnum,
  'genre-closing': genreClosing,
  'halfwidth-punct': halfwidthPunct,
  'heading-level-order': headingLevelOrder,
  'heading-marker': headingMarker,
  'heading-sequence': headingSequence,
  'inline-enumeration': inlineEnumeration,
  'list-terminal': listTerminal,
  'mark-consistency': markConsistency,
  'number-style': numberStyle,
  'outline-shape': outlineShape,
  'paired-marks': pairedMarks,
  pattern,
  'phrase-list': phraseList,
  placeholder,
  repetition,
  'required-sections': requiredSections,
  'signature-date': signatureDate,
  'straight-quotes': straightQuotes,
  'stray-spaces': straySpaces,
  'term-consistency': termConsistency,
  'title-format': titleFormat,
  'year-scope': yearScope,
}
