/** Editors behind one small interface: read text, map offsets to rects, replace through the editor's input path. */

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

export interface EditorAdapter {
  /** The editable element (textarea, or the contenteditable root). */
  readonly element: HTMLElement
  /** The editor's current text; offsets of findings index into it. */
  readText(): string
  /** Client rects (top-window viewport coordinates) covering [start, end) of the last read text. */
  rects(start: number, end: number): Rect[]
  /**
   * A text span [start, end) that covers everything in view (it may be generous); findings outside
   * it are not measured, so huge documents paint only what shows.
   */
  visibleSpan(): [number, number]
  /** Selects [start, end) and scrolls it into view (revealing a finding). */
  select(start: number, end: number): void
  /** The caret's offset in the text, or null when the caret is elsewhere. */
  caret(): number | null
  /**
   * Replaces [start, end) through the editor's own input path (so its undo reverts it) and
   * resolves whether the text now reads as expected.
   */
  replace(start: number, end: number, replacement: string): Promise<boolean>
}

/** Offset of an element's document inside the top window (same-origin iframes). */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0
  let y = 0
  let win = doc.defaultView
  while (win && win.frameElement) {
    const frame = win.frameElement as HTMLElement
    const r = frame.getBoundingClientRect()
    x += r.left + frame.clientLeft
    y += r.top + frame.clientTop
    win = frame.ownerDocument.defaultView
  }
  return { x, y }
}

/** Intersection of two boxes (an empty one where they do not meet). */
function intersect(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.max(a.left, b.left)
  const top = Math.max(a.top, b.top)
  const width = Math.max(0, Math.min(a.right, b.right) - left)
  return new DOMRect(left, top, width, Math.max(0, Math.min(a.bottom, b.bottom) - top))
}

/**
 * The part of `own` (a box in `el`'s document, by default `el`'s border box) that can show: cut by
 * every ancestor that clips its overflow (an editor's scrolling container, wangEditor's and
 * Lexical's among them), the frame's viewport, and for same-origin iframes the frame element's own
 * visible box in the parent document, recursively. In `el`'s document's coordinates.
 */
export function visibleBox(el: Element, own: DOMRect = el.getBoundingClientRect()): DOMRect {
  const doc = el.ownerDocument
  const win = doc.defaultView!
  // The viewport without its scrollbars (clientWidth of <html>), else the window's inner size.
  const html = doc.documentElement
  const view = new DOMRect(
    0,
    0,
    html.clientWidth || win.innerWidth,
    html.clientHeight || win.innerHeight,
  )
  let box = intersect(own, view)
  // <html> and <body> pass their overflow to the viewport, already applied above.
  const fixed = (e: Element) => win.getComputedStyle(e).position === 'fixed'
  for (
    let a = fixed(el) ? null : el.parentElement;
    a && a !== doc.body && a !== doc.documentElement;
  ) {
    const style = win.getComputedStyle(a)
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const r = a.getBoundingClientRect()
      box = intersect(
        box,
        new DOMRect(r.left + a.clientLeft, r.top + a.clientTop, a.clientWidth, a.clientHeight),
      )
    }
    // A fixed box is clipped by the viewport only, not by the ancestors it escapes.
    a = style.position === 'fixed' ? null : a.parentElement
  }
  const frame = win.frameElement
  if (!frame) return box
  const r = frame.getBoundingClientRect()
  const x = r.left + frame.clientLeft
  const y = r.top + frame.clientTop
  const outer = intersect(
    new DOMRect(box.x + x, box.y + y, box.width, box.height),
    visibleBox(frame),
  )
  return new DOMRect(outer.x - x, outer.y - y, outer.width, outer.height)
}

/**
 * Keeps the rects' parts inside `clip`, shifted by `offset`. The underline is drawn along a rect's
 * bottom, so a rect whose bottom is cut off (a line half scrolled out) is dropped, not drawn over
 * whatever is beyond the box; a cut-off top is trimmed.
 */
export function clipRects(
  rects: Iterable<DOMRect | Rect>,
  clip: DOMRect,
  offset: { x: number; y: number },
): Rect[] {
  const out: Rect[] = []
  for (const r of rects) {
    const left = Math.max(r.left, clip.left)
    const right = Math.min(r.left + r.width, clip.right)
    const top = Math.max(r.top, clip.top)
    const bottom = r.top + r.height
    if (right - left < 1 || bottom - top < 1 || bottom > clip.bottom + 1) continue
    out.push({
      left: left + offset.x,
      top: top + offset.y,
      width: right - left,
      height: bottom - top,
    })
  }
  return out
}

/** The text after replacing [start, end) of `before`, to verify an edit. */
export function expectedAfter(
  before: string,
  start: number,
  end: number,
  replacement: string,
): string {
  return before.slice(0, start) + replacement + before.slice(end)
}

const HIGH = /[\ud800-\udbff]/
const LOW = /[\udc00-\udfff]/

/**
 * A deletion [start, end) of `text` as a replacement that keeps one neighbouring character of the
 * same line: [start - 1, end) → the character before, else [start, end + 1) → the one after. Editors
 * take a typed replacement from beforeinput's target range (Slate, Lexical, CKEditor 5), but a
 * deletion from their own selection, which Slate syncs from the page only every 100 ms; as a
 * replacement every editor goes the one well-trodden way. A line deleted whole stays a deletion.
 */
export function deletionAsReplacement(
  text: string,
  start: number,
  end: number,
): [number, number, string] {
  const prev = text[start - 1]
  if (prev !== undefined && prev !== '\n') {
    const from = LOW.test(prev) && HIGH.test(text[start - 2] ?? '') ? start - 2 : start - 1
    return [from, end, text.slice(from, start)]
  }
  const next = text[end]
  if (next !== undefined && next !== '\n') {
    const to = HIGH.test(next) ? end + 2 : end + 1
    return [start, to, text.slice(end, to)]
  }
  return [start, end, '']
}

/** Resolves after the editor had a frame to process the input (editors sync their model asynchronously). */
export function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/** Inserts text at the current selection as if typed: the browser fires beforeinput/input for it. */
export function insertAsTyped(doc: Document, replacement: string): boolean {
  return replacement
    ? doc.execCommand('insertText', false, replacement)
    : doc.execCommand('delete', false)
}
