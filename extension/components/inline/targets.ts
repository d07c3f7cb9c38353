/** Finds the editable targets of a page (and its same-origin iframes), honouring opt-outs. */

const SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]'

/**
 * Element tests that hold across frames: an element of an iframe's document is an instance of
 * that frame's HTMLElement, not of ours, so `instanceof` is always false for it.
 */
export const isTextarea = (el: unknown): el is HTMLTextAreaElement =>
  (el as Element | null)?.localName === 'textarea'
const isInput = (el: Element): el is HTMLInputElement => el.localName === 'input'
const isHtmlElement = (el: Element): el is HTMLElement => 'isContentEditable' in el

/** Why an element must not be checked, or null when it may be. */
export function optOut(el: Element): string | null {
  if (el.closest('[data-gramm="false"], [data-reportlint="off"]')) return 'opt-out'
  if (isInput(el)) return 'input'
  if (isTextarea(el) && (el.readOnly || el.disabled)) return 'readonly'
  if (el.getAttribute('aria-readonly') === 'true') return 'readonly'
  if (el.closest('[aria-hidden="true"]')) return 'hidden'
  return null
}

/**
 * Whether a checked element still takes the writer's edits: an editor switched to read-only
 * (readonly, contenteditable="false", aria-readonly) is no longer checked and never written to.
 */
export function stillEditable(el: HTMLElement): boolean {
  return optOut(el) === null && (isTextarea(el) || el.isContentEditable)
}

/** The element to check for a candidate: the textarea itself or the outermost editable root. */
export function editableRoot(el: Element): HTMLElement | null {
  if (isTextarea(el)) return el
  if (!isHtmlElement(el)) return null
  if (!el.isContentEditable) return null
  let root: HTMLElement = el
  while (root.parentElement?.isContentEditable) root = root.parentElement
  return root
}

/** The documents reachable from `doc`: itself and same-origin iframes, recursively. */
export function documentsOf(doc: Document): Document[] {
  const out = [doc]
  for (const frame of doc.querySelectorAll('iframe')) {
    try {
      const inner = frame.contentDocument
      if (inner && inner.documentElement) out.push(...documentsOf(inner))
    } catch {
      // Cross-origin frames are not ours to read.
    }
  }
  return out
}

/** Every editable target on the page, outermost roots only, opt-outs excluded. */
export function findTargets(doc: Document): HTMLElement[] {
  const found = new Set<HTMLElement>()
  for (const d of documentsOf(doc)) {
    // A whole document in design mode (rich-text iframes) counts as one contenteditable body.
    if (d.designMode === 'on' && d.body && !optOut(d.body)) found.add(d.body)
    for (const el of d.querySelectorAll(SELECTOR)) {
      const root = editableRoot(el)
      if (root && !optOut(root) && root.isConnected) found.add(root)
    }
  }
  return [...found]
}
