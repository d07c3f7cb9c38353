/** parse: text → document model (lines, title, type, headings, outline). */

import type { DocumentType } from '../types'
import { detectDocType } from './doc-type'
import { classify } from './lines'
import { buildOutline } from './outline'
import type { DocModel } from './types'

export function parseDocument(text: string, types: DocumentType[] = []): DocModel {
  const lines = classify(text)
  const title = lines.find((l) => l.kind === 'title')
  const headings = lines.filter((l) => l.kind === 'heading')
  return {
    text,
    lines,
    title,
    docType: title ? detectDocType(title.text.trim(), types) : undefined,
    headings,
    outline: buildOutline(headings),
  }
}
