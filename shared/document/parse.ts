/** parse: text → document model (lines, title, type, headings, outline). */

import type { DocumentType } from '../types'
import { detectDocType } from './doc-type'
import { classify } from './lines'
import { buildOutline } from './outline'
import type { DocModel, Line } from './types'

/**
 * Index of the first line of the attachments: an "附件1" header after the 成文日期 (the first line of
 * kind 'date', `date`). Attachments number their own headings from 一、 again, so they are kept out
 * of the main outline.
 */
function attachmentsStart(lines: Line[], date: number): number {
  if (date < 0) return lines.length
  for (let i = date + 1; i < lines.length; i++) {
    const l = lines[i]
    if (l.kind === 'attachment-note' && /^附件\s*\d*\s*[：:]?$/.test(l.text.trim())) return i
  }
  return lines.length
}

// A part divider above 一、 ("第一部分　主要工作", "第二部分：打算", "第二章 总则"): headings restart below.
const PART = /^第[一二三四五六七八九十]{1,3}(?:部分|篇|章)(?:[\s\u3000：:]|$)/

function isPart(line: Line): boolean {
  return (
    line.kind === 'paragraph' &&
    line.text.charAt(line.indent) === '第' &&
    PART.test(line.text.slice(line.indent))
  )
}

/** The title's text: its lines' bodies joined (a long title may run over two or three lines). */
function joinTitle(titleLines: Line[]): string | undefined {
  if (!titleLines.length) return undefined
  return titleLines.map((l) => l.text.slice(l.indent).trimEnd()).join('')
}

export function parseDocument(text: string, types: DocumentType[] = []): DocModel {
  const lines = classify(text)
  // one walk over the lines for what the model lists (no array built only to be filtered)
  const titleLines: Line[] = []
  const headings: Line[] = []
  let date = -1
  for (const l of lines) {
    if (l.kind === 'heading') headings.push(l)
    else if (l.kind === 'title') titleLines.push(l)
    else if (l.kind === 'date' && date < 0) date = l.index
  }
  const titleText = joinTitle(titleLines)
  const attachments = attachmentsStart(lines, date)
  const main = attachments < lines.length ? headings.filter((l) => l.index < attachments) : headings
  const parts: Line[] = []
  for (let i = 0; i < attachments; i++) if (isPart(lines[i])) parts.push(lines[i])
  return {
    text,
    lines,
    title: titleLines[0],
    titleText,
    titleLines,
    docType: titleText ? detectDocType(titleText, types) : undefined,
    headings,
    outline: buildOutline(main, parts),
  }
}
