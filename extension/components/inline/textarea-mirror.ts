/**
 * A hidden copy of a textarea's text laid out like it, one block per line, to measure where text
 * offsets are drawn. Only changed lines are replaced, so a 2 MB textarea is not laid out again per
 * keystroke, and only lines in view are measured.
 */

const COPIED = [
  'width',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'textTransform',
  'wordSpacing',
  'tabSize',
  'direction',
  'wordBreak',
] as const

/** Lines per chunk of the copy. */
const CHUNK = 100

/** Lays `el`'s text out in `parent` (our shadow root) and keeps it in step on each call. */
export function createTextareaMirror(el: HTMLTextAreaElement, parent: Node) {
  const win = el.ownerDocument.defaultView!
  const mirror = document.createElement('div')
  mirror.setAttribute('aria-hidden', 'true')
  parent.appendChild(mirror)
  let value: string | null = null
  let lines: string[] = []
  let starts: number[] = []
  let blocks: HTMLDivElement[] = []

  const block = (line: string) => {
    const div = document.createElement('div')
    // An empty line still takes a line's height.
    div.textContent = line || '\u200b'
    return div
  }

  /** Lines are grouped into contained chunks: an edit lays out its chunk again, not the whole text. */
  const chunked = (list: HTMLDivElement[]) => {
    const chunks: HTMLDivElement[] = []
    for (let i = 0; i < list.length; i += CHUNK) {
      const chunk = document.createElement('div')
      chunk.style.contain = 'layout style'
      chunk.append(...list.slice(i, i + CHUNK))
      chunks.push(chunk)
    }
    return chunks
  }

  /** Replaces only the lines between the unchanged head and tail, and re-chunks only their chunks. */
  const syncText = (next: string) => {
    if (next === value) return
    const nextLines = next.split('\n')
    let head = 0
    const max = Math.min(lines.length, nextLines.length)
    while (head < max && lines[head] === nextLines[head]) head++
    let tail = 0
    while (
      tail < max - head &&
      lines[lines.length - 1 - tail] === nextLines[nextLines.length - 1 - tail]
    )
      tail++
    const fresh = nextLines.slice(head, nextLines.length - tail).map(block)
    const oldEnd = blocks.length - tail
    const nextBlocks = [...blocks.slice(0, head), ...fresh, ...blocks.slice(oldEnd)]
    if (!blocks.length) {
      mirror.replaceChildren(...chunked(nextBlocks))
    } else {
      // The chunks holding the changed lines (or the lines around an insertion) are rebuilt.
      let firstLine = Math.max(0, Math.min(head, blocks.length - 1) - (head ? 1 : 0))
      let lastLine = Math.min(Math.max(oldEnd, head), blocks.length - 1)
      const firstChunk = blocks[firstLine].parentElement!
      const lastChunk = blocks[lastLine].parentElement!
      while (firstLine > 0 && blocks[firstLine - 1].parentElement === firstChunk) firstLine--
      while (lastLine < blocks.length - 1 && blocks[lastLine + 1].parentElement === lastChunk)
        lastLine++
      const shift = nextBlocks.length - blocks.length
      const after = lastChunk.nextSibling
      for (let c: ChildNode | null = firstChunk; c && c !== after;) {
        const n: ChildNode | null = c.nextSibling
        c.remove()
        c = n
      }
      const frag = document.createDocumentFragment()
      frag.append(...chunked(nextBlocks.slice(firstLine, lastLine + 1 + shift)))
      mirror.insertBefore(frag, after)
    }
    blocks = nextBlocks
    lines = nextLines
    starts = new Array(lines.length)
    for (let i = 0, at = 0; i < lines.length; i++) {
      starts[i] = at
      at += lines[i].length + 1
    }
    value = next
  }

  Object.assign(mirror.style, {
    position: 'fixed',
    visibility: 'hidden',
    left: '0px',
    top: '0px',
    overflow: 'hidden',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    height: 'auto',
    contain: 'layout style',
    // Widths below are border-box widths, whatever the textarea's own box sizing.
    boxSizing: 'border-box',
  })
  /** The textarea's styles last copied: re-assigning even an equal value can lay all text out again. */
  const copied = new Map<string, string>()
  const copy = (prop: (typeof COPIED)[number] | 'width', to: string) => {
    if (copied.get(prop) === to) return
    copied.set(prop, to)
    mirror.style[prop] = to
  }
  const syncStyle = () => {
    const style = win.getComputedStyle(el)
    for (const p of COPIED) copy(p, style[p])
    // The textarea's scrollbar narrows its text; the mirror has none.
    copy(
      'width',
      `${el.clientWidth + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)}px`,
    )
  }

  const lineAt = (offset: number) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  const api = {
    /** Brings the copy up to date with the textarea's value and style. */
    sync() {
      syncText(el.value)
      syncStyle()
    },
    rects(start: number, end: number, [first, last]: [number, number]) {
      const out: DOMRect[] = []
      const from = Math.max(lineAt(start), first)
      const to = Math.min(lineAt(end), last)
      for (let i = from; i <= to; i++) {
        const text = blocks[i]?.firstChild as Text | null
        if (!text) continue
        const a = Math.max(0, Math.min(start - starts[i], lines[i].length))
        const b = Math.max(a, Math.min(end - starts[i], lines[i].length))
        const range = document.createRange()
        range.setStart(text, a)
        range.setEnd(text, b === a && !lines[i].length ? Math.min(1, text.length) : b)
        out.push(...range.getClientRects())
      }
      return out
    },
    linesIn(top: number, bottom: number): [number, number] {
      // Blocks are stacked in order: binary search the first whose bottom passes `top`, and the last
      // whose top is above `bottom`.
      const n = blocks.length
      let lo = 0
      let hi = n - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (blocks[mid].getBoundingClientRect().bottom <= top) lo = mid + 1
        else hi = mid
      }
      const first = lo
      hi = n - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (blocks[mid].getBoundingClientRect().top < bottom) lo = mid
        else hi = mid - 1
      }
      return [first, Math.max(first, lo)]
    },
    lineStart: (i: number) => starts[i] ?? value?.length ?? 0,
    lineAt,
    origin: () => mirror.getBoundingClientRect(),
    destroy: () => mirror.remove(),
  }
  return api
}

export type TextareaMirror = ReturnType<typeof createTextareaMirror>
