/** parse: text → document model (lines, title, type, headings, outline). */

import type { DocumentType } from '../types'
import { detectDocType } from './doc-type'
import { classify } from './lines'
import { buildOutline } from './outline'
import type { DocModel, Line } from './types'

/**
 * Index of the first line of the attachments: an "附件1" header after the 成文日期. Attachments number
 * their own headings from 一、 again, so they are kept out of the main outline.
 */
function attachmentsStart(lines: Line[]): number {
  const date = lines.findIndex((l) => l.kind === 'date')
  if (date < 0) return lines.length
  const header = lines.findIndex(
    (l, i) =>
      i > date && l.kind === 'attachment-note' && /^附件\s*\d*\s*[：:]?$/.test(l.text.trim()),
  )
  return header < 0 ? lines.length : header
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

export function parseDocument(text: string, types: DocumentType[] = []): DocModel {
  const lines = classify(text)
  const titleLines = lines.filter((l) => l.kind === 'title')
  const title = titleLines[0]
  const titleText = title
    ? titleLines.map((l) => l.text.slice(l.indent).trimEnd()).join('')
    : undefined
  const headings = lines.filter((l) => l.kind === 'heading')
  const attachments = attachmentsStart(lines)
  return {
    text,
    lines,
    title,
    titleText,
    titleLines,
    docType: titleText ? detectDocType(titleText, types) : undefined,
    headings,
    outline: buildOutline(
      headings.filter((l) => l.index < attachments),
      lines.filter((l) => l.index < attachments && isPart(l)),
    ),
  }
}
