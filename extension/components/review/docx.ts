/** Reads a .docx in the browser (mammoth): paragraphs become lines, heading styles become section anchors. */

import type { SectionAnchor } from './sections'

export interface DocxText {
  text: string
  /** Paragraphs styled as headings (Heading 1–6, 标题 1–6); the title style is not a section. */
  anchors: SectionAnchor[]
  /** mammoth's notes about content it could not read. */
  warnings: string[]
}

interface Mammoth {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer },
    options?: { styleMap?: string[] },
  ): Promise<{ value: string; messages: { message: string }[] }>
}

// Chinese Word names the built-in styles 标题 1…; the document title style maps to its own class.
const STYLE_MAP = [
  "p[style-name='Title'] => p.doc-title:fresh",
  "p[style-name='标题'] => p.doc-title:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
]

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li'

/** A block's own text: Word list paragraphs come as nested <li>, whose text is their own line. */
function ownText(el: Element): string {
  if (!el.querySelector(`${BLOCKS},ol,ul`)) return el.textContent ?? ''
  let text = ''
  for (const node of el.childNodes)
    if (node.nodeType === 3) text += node.textContent ?? ''
    else if (node instanceof Element && !node.matches(`${BLOCKS},ol,ul`)) text += ownText(node)
  return text
}

/**
 * Converts the file's paragraphs to lines of text, in order, keeping heading levels aside. Word's
 * automatic list numbers (一、 drawn by Word) are read as text, as the writer sees them.
 */
export async function readDocx(buffer: ArrayBuffer): Promise<DocxText> {
  // The prebuilt browser bundle: the Node entry reads files through `path` and `fs`.
  const mod = (await import('mammoth/mammoth.browser.js')) as unknown as {
    default?: Mammoth
  } & Mammoth
  const mammoth = mod.default ?? mod
  const { withListNumbers } = await import('../../../shared/docx/list-numbers')
  const numbered = await withListNumbers(new Uint8Array(buffer))
  const result = await mammoth.convertToHtml(
    { arrayBuffer: numbered.slice().buffer },
    { styleMap: STYLE_MAP },
  )
  const dom = new DOMParser().parseFromString(`<body>${result.value}</body>`, 'text/html')
  const lines: string[] = []
  const anchors: SectionAnchor[] = []
  for (const el of dom.body.querySelectorAll(BLOCKS)) {
    if (el.tagName === 'LI' && el.querySelector(':scope > p')) continue
    const text = ownText(el).replace(/[\r\n]+/g, ' ')
    const level = /^H(\d)$/.exec(el.tagName)
    if (level && text.trim())
      anchors.push({ line: lines.length, level: Number(level[1]), label: text.trim() })
    lines.push(text)
  }
  return { text: lines.join('\n'), anchors, warnings: result.messages.map((m) => m.message) }
}
