/** Adapter for <textarea>: rects measured on a hidden mirror, edits through the native input path. */

import {
  clipRects,
  expectedAfter,
  frameOffset,
  insertAsTyped,
  nextFrame,
  visibleBox,
  type EditorAdapter,
} from './adapter'
import { stillEditable } from './targets'
import { createTextareaMirror } from './textarea-mirror'

/** `mirrorParent` is where the measuring copy lives (our shadow root, never the page's editor). */
export function createTextareaAdapter(el: HTMLTextAreaElement, mirrorParent: Node): EditorAdapter {
  const doc = el.ownerDocument
  const win = doc.defaultView!
  const mirror = createTextareaMirror(el, mirrorParent)

  let cached: ReturnType<typeof measureView> | null = null
  /** One measurement per paint: kept until the current task ends. */
  const view = () => {
    if (!cached) {
      cached = measureView()
      queueMicrotask(() => (cached = null))
    }
    return cached
  }
  /** Where the textarea's visible text is, as mirror lines, and how to move mirror rects onto it. */
  function measureView() {
    mirror.sync()
    const base = mirror.origin()
    const box = el.getBoundingClientRect()
    const dx = box.left - base.left - el.scrollLeft
    const dy = box.top - base.top - el.scrollTop
    const inner = visibleBox(
      el,
      new DOMRect(
        box.left + el.clientLeft,
        box.top + el.clientTop,
        el.clientWidth,
        el.clientHeight,
      ),
    )
    // The textarea's inner box in mirror coordinates.
    const lines = mirror.linesIn(inner.top - dy, inner.bottom - dy)
    return { dx, dy, inner, lines }
  }

  return {
    element: el,
    readText: () => el.value,
    visibleSpan() {
      const { lines } = view()
      return [mirror.lineStart(lines[0]), mirror.lineStart(lines[1] + 1)]
    },
    rects(start, end) {
      const { dx, dy, inner, lines } = view()
      const rects = mirror
        .rects(start, end, lines)
        .map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height))
      return clipRects(rects, inner, frameOffset(doc))
    },
    select(start, end) {
      el.focus()
      el.setSelectionRange(start, end)
    },
    caret: () => (doc.activeElement === el ? el.selectionStart : null),
    async replace(start, end, replacement) {
      // setRangeText would write into a read-only field: never edit what the page locked
      if (!stillEditable(el)) return false
      const before = el.value
      el.focus({ preventScroll: true })
      el.setSelectionRange(start, end)
      if (!insertAsTyped(doc, replacement)) {
        // Without execCommand the native undo cannot revert it, but the text is still right.
        el.setRangeText(replacement, start, end, 'end')
        el.dispatchEvent(
          new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }),
        )
      }
      await nextFrame(win)
      return el.value === expectedAfter(before, start, end, replacement)
    },
  }
}
