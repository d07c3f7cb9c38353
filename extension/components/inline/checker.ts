/** Checks one editor: lints on a debounce, never during IME composition, re-checking only changed lines. */

import { createSession, type Finding, type Ignore, type Rulebook } from '../../../shared/index'
import type { EditorAdapter } from './adapter'

export const DEBOUNCE_MS = 250

export interface Checker {
  readonly adapter: EditorAdapter
  findings: Finding[]
  /** The text the findings refer to. */
  text: string
  setRulebook(rulebook: Rulebook): void
  /** Ignores this finding's rule where the same excerpt appears, on this page. */
  ignore(finding: Finding): void
  /** Lints now (after an edit of ours, or a new rulebook). */
  lintNow(): void
  destroy(): void
}

export function createChecker(
  adapter: EditorAdapter,
  rulebook: Rulebook,
  onChange: (c: Checker) => void,
): Checker {
  const el = adapter.element
  const session = createSession(rulebook)
  const ignores: Ignore[] = []
  let composing = false
  let timer: number | undefined
  const win = el.ownerDocument.defaultView!

  const checker: Checker = {
    adapter,
    findings: [],
    text: '',
    setRulebook(next) {
      session.setRulebook(next)
      checker.lintNow()
    },
    ignore(finding) {
      ignores.push({ ruleId: finding.ruleId, excerpt: finding.excerpt })
      session.setIgnores(ignores)
      checker.lintNow()
    },
    lintNow() {
      clearTimeout(timer)
      if (composing) return
      const text = adapter.readText()
      checker.text = text
      checker.findings = session.update(text)
      onChange(checker)
    },
    destroy() {
      clearTimeout(timer)
      observer.disconnect()
      for (const [type, fn] of listeners) el.removeEventListener(type, fn)
    },
  }

  const schedule = () => {
    clearTimeout(timer)
    if (!composing) timer = win.setTimeout(checker.lintNow, DEBOUNCE_MS)
  }
  const listeners: [string, EventListener][] = [
    ['input', (e) => !(e as InputEvent).isComposing && schedule()],
    ['compositionstart', () => ((composing = true), clearTimeout(timer))],
    ['compositionend', () => ((composing = false), schedule())],
  ]
  for (const [type, fn] of listeners) el.addEventListener(type, fn)
  // Editors change their DOM without input events too (undo, toolbar, paste handlers).
  const observer = new MutationObserver(schedule)
  if (!(el instanceof HTMLTextAreaElement))
    observer.observe(el, { childList: true, characterData: true, subtree: true })
  checker.lintNow()
  return checker
}
