/** Reads a contenteditable's text with an offset map: which text node each character comes from. */

/**
 * A run of text taken from one DOM text node: `node.data` from index `from`, `length` characters,
 * starting at `start` in the extracted text.
 */
export interface Segment {
  node: Text
  start: number
  from: number
  length: number
}

export interface DomText {
  text: string
  segments: Segment[]
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
])
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'])

/**
 * Characters editors put in the DOM to hold the caret, never in the text they keep: Slate's and
 * TinyMCE's zero-width no-break space, CKEditor 5's inline filler (word joiners), zero-width spaces.
 * Left out of the text where they begin or end a text node (a node of nothing else maps to an empty
 * run), so the checked text reads as the editor's own.
 */
const FILLER = /^[\ufeff\u2060\u200b]+|[\ufeff\u2060\u200b]+$/g
const hasContent = (node: Node) => (node.textContent ?? '').replace(FILLER, '').length > 0

/**
 * A <br> with nothing after it in a block that has text only keeps the block open and adds no line
 * (also when editors wrap it, as Slate does: `<span data-slate-zero-width>\ufeff<br></span>`).
 */
function isPlaceholderBreak(br: Element, root: Element): boolean {
  let node: Element = br
  while (node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling)
      if (next.nodeName === 'BR' || hasContent(next)) return false
    const parent = node.parentElement
    if (!parent) return false
    if (BLOCK.has(parent.tagName) || parent === root) return hasContent(parent)
    node = parent
  }
  return false
}

/** Extracts the text of `root`: blocks and <br> become "\n", every other character maps to a text node. */
export function readDom(root: Element): DomText {
  let text = ''
  // Whether the text so far ends with a line break; asking `text.endsWith` would flatten the
  // growing string each time, quadratic on a 2 MB editor.
  let atBreak = true
  const segments: Segment[] = []
  const newline = () => {
    if (!atBreak) text += '\n'
    atBreak = true
  }
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const raw = (child as Text).data
        if (!raw) continue
        const data = raw.replace(FILLER, '')
        const from = data ? raw.indexOf(data[0]) : 0
        segments.push({ node: child as Text, start: text.length, from, length: data.length })
        if (!data) continue
        text += data
        atBreak = data.endsWith('\n')
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element
        if (SKIP.has(el.tagName)) continue
        if (el.tagName === 'BR') {
          if (!isPlaceholderBreak(el, root)) {
            text += '\n'
            atBreak = true
          }
          continue
        }
        const block = BLOCK.has(el.tagName)
        if (block) newline()
        walk(el)
        if (block) newline()
      }
    }
  }
  walk(root)
  return { text, segments }
}

/** The DOM position of a text offset; at a synthetic line break, the start of the next text node. */
export function domPoint(
  map: DomText,
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | null {
  const segs = map.segments
  if (!segs.length) return null
  let lo = 0
  let hi = segs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (segs[mid].start <= offset) lo = mid
    else hi = mid - 1
  }
  let seg = segs[lo]
  if (offset > seg.start + seg.length) {
    // Offset is on a synthetic "\n" after this node.
    if (bias === 'end') return { node: seg.node, offset: seg.from + seg.length }
    seg = segs[Math.min(lo + 1, segs.length - 1)]
    return {
      node: seg.node,
      offset: seg.from + Math.max(0, Math.min(offset - seg.start, seg.length)),
    }
  }
  if (offset < seg.start) return { node: seg.node, offset: seg.from }
  return { node: seg.node, offset: seg.from + offset - seg.start }
}

/** A DOM range over [start, end) of the extracted text. */
export function domRange(map: DomText, start: number, end: number): Range | null {
  const a = domPoint(map, start, 'start')
  const b = domPoint(map, end, 'end')
  if (!a || !b) return null
  const range = a.node.ownerDocument.createRange()
  range.setStart(a.node, a.offset)
  range.setEnd(b.node, b.offset)
  return range
}

/** The text offset of a DOM position inside the mapped root, or null when it is not in a text node we know. */
export function textOffset(map: DomText, node: Node, offset: number): number | null {
  const text = node.nodeType === Node.TEXT_NODE
  if (text) {
    const seg = map.segments.find((s) => s.node === node)
    if (seg) return seg.start + Math.max(0, Math.min(offset - seg.from, seg.length))
  }
  // An element position, or a text node not mapped: the first mapped text from there on.
  const child = text ? node : (node.childNodes[offset] ?? null)
  for (const seg of map.segments) {
    if (!child) {
      if (node.contains(seg.node)) continue
      if (node.compareDocumentPosition(seg.node) & Node.DOCUMENT_POSITION_FOLLOWING)
        return seg.start
    } else if (
      child === seg.node ||
      child.compareDocumentPosition(seg.node) &
        (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)
    ) {
      return seg.start
    }
  }
  return map.text.length
}
