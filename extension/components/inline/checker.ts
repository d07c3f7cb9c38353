/** Checks one editor: lints on a debounce, never during IME composition, re-checking only changed lines. */

import { createSession, type Finding, type Ignore, type Rulebook } from '../../../shared/index'
import type { EditorAdapter } from './adapter'
import { isTextarea } from './targets'

export const DEBOUNCE_MS = 250
/**
 * Above this many characters the engine runs in the background, not on the page's main thread:
 * a re-check of a 2 MB document takes seconds of engine work and would freeze typing.
 */
export const OFFLOAD_CHARS = 50_000

/** Lints a text away from the page (the background); `rulebook`/`ignores` only when they changed. */
export type RemoteLint = (request: {
  session: string
  text: string
  rulebook?: Rulebook
  ignores?: Ignore[]
}) => Promise<Finding[]>

export interface Checker {
  readonly adapter: EditorAdapter
  findings: Finding[]
  /** The text the findings refer to. */
  text: string
  setRulebook(rulebook: Rulebook): void
  /** Ignores this finding's rule where the same excerpt appears, on this page. */
  ignore(finding: Finding): void
  /** Lints now (after an edit of ours, or a new rulebook); resolves when the findings are in. */
  lintNow(): Promise<void>
  destroy(): void
}

let sessions = 0

export function createChecker(
  adapter: EditorAdapter,
  rulebook: Rulebook,
  onChange: (c: Checker) => void,
  remote?: RemoteLint,
): Checker {
  const el = adapter.element
  const session = createSession(rulebook)
  const remoteId = `${Date.now().toString(36)}-${++sessions}`
  const ignores: Ignore[] = []
  let book = rulebook
  /** What the background session has not been told yet. */
  let remoteStale = { rulebook: true, ignores: false }
  let composing = false
  let destroyed = false
  let timer: number | undefined
  /** The background lint in flight, and whether another is wanted when it returns. */
  let inFlight: Promise<void> | null = null
  let again = false
  const win = el.ownerDocument.defaultView!

  /** Lint runs are numbered so a slow background answer never replaces a newer result. */
  let seq = 0
  let shown = 0
  const publish = (id: number, text: string, findings: Finding[]) => {
    if (destroyed || id < shown) return
    shown = id
    checker.text = text
    checker.findings = findings
    onChange(checker)
  }
  const lintRemote = async (text: string, retry = true): Promise<void> => {
    const id = ++seq
    const stale = remoteStale
    remoteStale = { rulebook: false, ignores: false }
    try {
      const findings = await remote!({
        session: remoteId,
        text,
        ...(stale.rulebook && { rulebook: book }),
        ...(stale.ignores && { ignores }),
      })
      publish(id, text, findings)
    } catch {
      // The background restarted and forgot the session: tell it everything once more.
      remoteStale = { rulebook: true, ignores: ignores.length > 0 }
      if (retry && !destroyed) await lintRemote(text, false)
    }
  }
  const runRemote = (text: string): Promise<void> => {
    if (inFlight) {
      again = true
      return inFlight
    }
    inFlight = (async () => {
      await lintRemote(text)
      while (again && !destroyed && !composing) {
        again = false
        await lintRemote(adapter.readText())
      }
      inFlight = null
    })()
    return inFlight
  }

  const checker: Checker = {
    adapter,
    findings: [],
    text: '',
    setRulebook(next) {
      book = next
      session.setRulebook(next)
      remoteStale.rulebook = true
      void checker.lintNow()
    },
    ignore(finding) {
      ignores.push({ ruleId: finding.ruleId, excerpt: finding.excerpt })
      session.setIgnores(ignores)
      remoteStale.ignores = true
      void checker.lintNow()
    },
    async lintNow() {
      clearTimeout(timer)
      if (composing || destroyed) return
      const text = adapter.readText()
      if (remote && text.length > OFFLOAD_CHARS) return runRemote(text)
      publish(++seq, text, session.update(text))
    },
    destroy() {
      destroyed = true
      clearTimeout(timer)
      observer.disconnect()
      for (const [type, fn] of listeners) el.removeEventListener(type, fn)
    },
  }

  const schedule = () => {
    clearTimeout(timer)
    if (!composing) timer = win.setTimeout(() => void checker.lintNow(), DEBOUNCE_MS)
  }
  const listeners: [string, EventListener][] = [
    ['input', (e) => !(e as InputEvent).isComposing && schedule()],
    ['compositionstart', () => ((composing = true), clearTimeout(timer))],
    ['compositionend', () => ((composing = false), schedule())],
  ]
  for (const [type, fn] of listeners) el.addEventListener(type, fn)
  // Editors change their DOM without input events too (undo, toolbar, paste handlers).
  const observer = new MutationObserver(schedule)
  if (!isTextarea(el)) observer.observe(el, { childList: true, characterData: true, subtree: true })
  void checker.lintNow()
  return checker
}
