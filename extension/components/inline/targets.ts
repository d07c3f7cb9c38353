/** Finds the editable targets of a page (and its same-origin iframes), honouring opt-outs. */

const SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]'

/** Why an element must not be checked, or null when it may be. */
export function optOut(el: Element): string | null {
  if (el.closest('[data-gramm="false"], [data-reportlint="off"]')) return 'opt-out'
  if (el instanceof HTMLInputElement) return 'input'
  if (el instanceof HTMLTextAreaElement && (el.readOnly || el.disabled)) return 'readonly'
  if (el.getAttribute('aria-readonly') === 'true') return 'readonly'
  if (el.closest('[aria-hidden="true"]')) return 'hidden'
  return null
}

/** The element to check for a candidate: the textarea itself or the outermost editable root. */
export function editableRoot(el: Element): HTMLElement | null {
  if (el instanceof HTMLTextAreaElement) return el
  if (!(el instanceof HTMLElement)) return null
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
