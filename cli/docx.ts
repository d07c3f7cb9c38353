/** .docx → text for the engine: one line per Word paragraph; heading-styled paragraphs stay one line. */

import mammoth from 'mammoth'
import { withListNumbers } from '../shared/docx/list-numbers'
import { CliError } from './errors'

/** A mammoth document element (documents.js); only the fields read here. */
interface DocElement {
  type: string
  children?: DocElement[]
  value?: string
  styleName?: string | null
  breakType?: string
}

export interface DocxParagraph {
  text: string
  /** Word's style name, e.g. "Heading 1", "标题 1", "Title". */
  styleName?: string
  heading: boolean
}

const HEADING_STYLE = /^(heading|标题)\s*\d$|^(title|标题)$/i

/** Whether a Word style names a heading or the title (English or Chinese Word). */
export function isHeadingStyle(styleName: string | null | undefined): boolean {
  return !!styleName && HEADING_STYLE.test(styleName.trim())
}

/** Collects the paragraphs in document order; text boxes nested in a paragraph follow it. */
function collect(element: DocElement, out: DocxParagraph[]): void {
  if (element.type !== 'paragraph') {
    for (const child of element.children ?? []) collect(child, out)
    return
  }
  const heading = isHeadingStyle(element.styleName)
  const nested: DocElement[] = []
  let text = ''
  const visit = (node: DocElement) => {
    if (node.type === 'paragraph') return void nested.push(node)
    if (node.type === 'text') text += node.value ?? ''
    else if (node.type === 'tab') text += '\t'
    // A soft line break splits a body paragraph into lines but never a heading.
    else if (node.type === 'break' && node.breakType === 'line') text += heading ? '' : '\n'
    for (const child of node.children ?? []) visit(child)
  }
  for (const child of element.children ?? []) visit(child)
  out.push({ text, styleName: element.styleName ?? undefined, heading })
  for (const n of nested) collect(n, out)
}

/**
 * Reads the paragraphs of a .docx with their style names; Word's automatic list numbers are read
 * as text (一、 drawn by Word is checked like one typed). Throws `CliError` when it is not one.
 */
export async function readDocxParagraphs(buffer: Buffer): Promise<DocxParagraph[]> {
  const paragraphs: DocxParagraph[] = []
  const numbered = Buffer.from(await withListNumbers(buffer))
  try {
    await mammoth.convertToHtml(
      { buffer: numbered },
      {
        transformDocument: (document: DocElement) => {
          collect(document, paragraphs)
          return document
        },
      },
    )
  } catch {
    throw new CliError('不是有效的 Word 文档（.docx），文件可能已损坏或是旧版 .doc')
  }
  return paragraphs
}

/**
 * Joins paragraphs into the text the engine checks, one paragraph per line. Headings are trimmed so
 * Word's indentation spaces do not hide their number; line and column then count paragraphs.
 */
export function paragraphsToText(paragraphs: DocxParagraph[]): string {
  return paragraphs.map((p) => (p.heading ? p.text.trim() : p.text.replace(/\s+$/, ''))).join('\n')
}
