/** Adapter for contenteditable editors: plain, ProseMirror, CKEditor 5 and Quill all take typed input this way. */

import {
  clipRects,
  deletionAsReplacement,
  expectedAfter,
  frameOffset,
  insertAsTyped,
  nextFrame,
  visibleBox,
  type EditorAdapter,
} from './adapter'
import { stillEditable } from './targets'
import { domRange, readDom, textOffset, type DomText } from './text-map'

/** Editor-specific normalisation of the text they keep (CKEditor's inline filler, for instance). */
const FILLER = /\u2060/g

/** Dispatches beforeinput for the replacement; true when the editor handled (cancelled) it. */
function offerBeforeInput(root: HTMLElement, range: Range, replacement: string): boolean {
  const win = root.ownerDocument.defaultView as Window & typeof globalThis
  const target = new win.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  })
  const event = new win.InputEvent('beforeinput', {
    // (Chromium knows no plain 'deleteContent': an event built with it has no input type at all)
    inputType: replacement ? 'insertText' : 'deleteContentBackward',
    data: replacement || null,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: [target],
  })
  return !root.dispatchEvent(event)
}

/**
 * Tells the editor a fix replaced text, as a spelling correction does: editors that keep their own
 * undo history record such an input as one step (TinyMCE ignores plain insertText input events, so
 * its Ctrl+Z would not find the fix). The text is already in the DOM; the event changes nothing.
 */
function announceReplacement(root: HTMLElement, replacement: string): void {
  const win = root.ownerDocument.defaultView as Window & typeof globalThis
  root.dispatchEvent(
    new win.InputEvent('input', {
      inputType: 'insertReplacementText',
      data: replacement || null,
      bubbles: true,
      composed: true,
    }),
  )
}

/** How long editors may take to sync a DOM selection into their model (Slate throttles to 100 ms). */
const SELECTION_SYNC_MS = 150

/** Below this many text nodes every finding is measured; above, only those near the view. */
const MEASURE_ALL = 2000

/** Top and bottom of a text node's box (cheap once the page is laid out). */
function nodeBox(node: Text): DOMRect {
  const range = node.ownerDocument.createRange()
  range.selectNodeContents(node)
  return range.getBoundingClientRect()
}

export function createDomAdapter(root: HTMLElement): EditorAdapter {
  const doc = root.ownerDocument
  const win = doc.defaultView!
  let map: DomText = { text: '', segments: [] }
  /** Focus into the editor; inside an iframe the frame takes the page's focus first, so keys (undo) go there. */
  const focusRoot = () => {
    if (win.frameElement) win.focus()
    root.focus({ preventScroll: true })
  }
  let clipped: DOMRect | null = null
  /** Where the editor's text can show; measured once per paint (kept until the current task ends). */
  const clip = () => {
    if (!clipped) {
      clipped = visibleBox(root)
      queueMicrotask(() => (clipped = null))
    }
    return clipped
  }
  const read = () => {
    map = readDom(root)
    return map.text
  }
  let remapTried = false
  /**
   * Slate and Lexical re-render text into new nodes; until the re-check that follows, a repaint
   * (a scroll) maps the same text again rather than lose the underlines. Once per paint, and only
   * while the text is unchanged (otherwise the findings' offsets no longer fit).
   */
  const remapped = () => {
    if (remapTried) return false
    remapTried = true
    queueMicrotask(() => (remapTried = false))
    const last = map
    if (read() === last.text) return true
    map = last
    return false
  }
  return {
    element: root,
    readText: read,
    rects(start, end) {
      let range = domRange(map, start, end)
      if (range && !(range.startContainer.isConnected && range.endContainer.isConnected))
        range = remapped() ? domRange(map, start, end) : null
      if (!range) return []
      return clipRects(range.getClientRects(), clip(), frameOffset(doc))
    },
    visibleSpan() {
      const segs = map.segments
      if (segs.length <= MEASURE_ALL) return [0, map.text.length]
      const { top, bottom } = clip()
      // Text nodes follow each other down the page: binary search the first and last in view.
      let lo = 0
      let hi = segs.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (nodeBox(segs[mid].node).bottom < top) lo = mid + 1
        else hi = mid
      }
      const first = Math.max(0, lo - 1)
      hi = segs.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (nodeBox(segs[mid].node).top <= bottom) lo = mid
        else hi = mid - 1
      }
      const last = Math.min(segs.length - 1, lo + 1)
      return [segs[first].start, segs[last].start + segs[last].length]
    },
    select(start, end) {
      const range = domRange(map, start, end)
      if (!range) return
      focusRoot()
      const sel = win.getSelection()!
      sel.removeAllRanges()
      sel.addRange(range)
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
    },
    caret() {
      const sel = win.getSelection()
      if (!sel || !sel.rangeCount || !root.contains(sel.anchorNode)) return null
      return textOffset(map, sel.anchorNode!, sel.anchorOffset)
    },
    async replace(start, end, replacement) {
      if (!stillEditable(root)) return false
      const before = read()
      const [from, to, text] = replacement
        ? [start, end, replacement]
        : deletionAsReplacement(before, start, end)
      const range = domRange(map, from, to)
      if (!range) return false
      focusRoot()
      const sel = win.getSelection()!
      sel.removeAllRanges()
      sel.addRange(range)
      // Editors map the DOM selection to their model on selectionchange; let them see it first.
      await nextFrame(win)
      // A bare deletion (a line's whole text) is taken from the editor's own selection, which Slate
      // syncs at most every 100 ms: give it that long.
      if (!text) await new Promise((resolve) => win.setTimeout(resolve, SELECTION_SYNC_MS))
      // Editors that model their input (CKEditor 5) take the edit from beforeinput's target range
      // and cancel it; the others get it typed in natively.
      if (!offerBeforeInput(root, range, text) && insertAsTyped(doc, text))
        announceReplacement(root, text)
      await nextFrame(win)
      const want = expectedAfter(before, start, end, replacement).replace(FILLER, '')
      return read().replace(FILLER, '') === want
    },
  }
}
