/** Adapter for <textarea>: rects measured on a hidden mirror, edits through the native input path. */

import {
  clipRects,
  expectedAfter,
  frameOffset,
  insertAsTyped,
  nextFrame,
  type EditorAdapter,
} from './adapter'

const COPIED = [
  'boxSizing',
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
] as const

/** `mirrorParent` is where the measuring copy lives (our shadow root, never the page's editor). */
export function createTextareaAdapter(el: HTMLTextAreaElement, mirrorParent: Node): EditorAdapter {
  const doc = el.ownerDocument
  const win = doc.defaultView!
  const mirror = document.createElement('div')
  mirror.setAttribute('aria-hidden', 'true')
  const mark = document.createElement('span')
  mirrorParent.appendChild(mirror)

  const measure = (start: number, end: number) => {
    const style = win.getComputedStyle(el)
    for (const p of COPIED) mirror.style[p] = style[p]
    Object.assign(mirror.style, {
      position: 'fixed',
      visibility: 'hidden',
      left: '0px',
      top: '0px',
      overflow: 'hidden',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      wordBreak: style.wordBreak,
      height: 'auto',
    })
    // The textarea's scrollbar narrows its text; the mirror has none.
    mirror.style.width = `${el.clientWidth + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)}px`
    mirror.style.boxSizing = 'border-box'
    const value = el.value
    mark.textContent = value.slice(start, end)
    mirror.replaceChildren(value.slice(0, start), mark, value.slice(end) + '\u200b')
    const base = mirror.getBoundingClientRect()
    const box = el.getBoundingClientRect()
    const dx = box.left - base.left - el.scrollLeft
    const dy = box.top - base.top - el.scrollTop
    const rects = [...mark.getClientRects()].map(
      (r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height),
    )
    const inner = new DOMRect(
      box.left + el.clientLeft,
      box.top + el.clientTop,
      el.clientWidth,
      el.clientHeight,
    )
    return clipRects(rects, inner, frameOffset(doc))
  }

  return {
    element: el,
    readText: () => el.value,
    rects: measure,
    select(start, end) {
      el.focus()
      el.setSelectionRange(start, end)
    },
    caret: () => (doc.activeElement === el ? el.selectionStart : null),
    async replace(start, end, replacement) {
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
