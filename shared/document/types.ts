/** The document model the rules see: lines with their kind, headings with level and ordinal, the outline. */

import type { DocumentType } from '../types'

export type LineKind =
  | 'blank'
  | 'title'
  | 'docnumber'
  | 'recipient'
  | 'heading'
  | 'paragraph'
  | 'attachment-note'
  | 'signature'
  | 'date'
  | 'cc'
  | 'annotation'

/** Outline levels: 1 一、 2 （一） 3 1. 4 （1） 5 ①. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5

/** How a heading marker deviates from the GB/T 9704 forms; 'ok' when it does not. */
export type MarkerVariant =
  | 'ok'
  | 'arabic-dunhao' // 1、
  | 'hanzi-mark' // 一， 一. 一．
  | 'halfwidth-paren' // (一) （1)
  | 'extra-punct' // （一）、 （1）.
  | 'enclosed-glyph' // ⑴ ㈠ ⒈
  | 'one-paren' // 1） 一） (the opening bracket left out)

export interface Heading {
  level: HeadingLevel
  ordinal: number
  /** Marker range relative to the line, e.g. "（一）、" including any stray punctuation. */
  markerStart: number
  markerEnd: number
  /** The marker as GB/T 9704 writes it, e.g. "（一）". */
  canonical: string
  variant: MarkerVariant
  /** Start of the heading text after the marker, relative to the line. */
  textStart: number
  /** End of the heading's own title (its first sentence), relative to the line. */
  titleEnd: number
  /** Body text follows the title on the same line ("（一）强化政治引领。正文…"). */
  runIn: boolean
}

export interface Line {
  index: number
  /** Absolute offset of the first character of the line. */
  start: number
  /** Absolute offset just past the last character, line break excluded. */
  end: number
  text: string
  kind: LineKind
  /** Length of the leading indentation (spaces, U+3000, tabs, NBSP). */
  indent: number
  heading?: Heading
  /** The text with URLs and e-mail addresses masked, set on first use by `maskedLine`. */
  masked?: string
  /** Results of functions of the line's text, by slot, set on first use (see `memoOnLine`). */
  memos?: unknown[]
}

export interface OutlineNode {
  line: Line
  heading: Heading
  parent?: OutlineNode
  children: OutlineNode[]
  /** For a top-level node after a part divider (第一部分, 第二章): that divider's 1-based count. */
  part?: number
}

export interface DocModel {
  text: string
  lines: Line[]
  /** The first line of the title. */
  title?: Line
  /** The title's text: its lines' bodies joined (a long title may run over two or three lines). */
  titleText?: string
  /** Every line of the title, in order. */
  titleLines: Line[]
  docType?: DocumentType
  /** Lines that carry a heading marker, in order. */
  headings: Line[]
  /**
   * Top-level outline nodes of the main document (children nest by level; an upward jump closes
   * deeper levels). Headings inside attachments after the 落款 are in `headings` but not here.
   */
  outline: OutlineNode[]
}
