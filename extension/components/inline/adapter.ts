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

/** Keeps the rects' non-empty parts that are inside `clip`, shifted by `offset`. */
export function clipRects(
  rects: Iterable<DOMRect | Rect>,
  clip: DOMRect,
  offset: { x: number; y: number },
): Rect[] {
  const out: Rect[] = []
  for (const r of rects) {
    const left = Math.max(r.left, clip.left)
    const right = Math.min(r.left + r.width, clip.right)
    const top = r.top
    const bottom = r.top + r.height
    if (right - left < 1 || bottom <= clip.top || top >= clip.bottom) continue
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
