/** The on-page checker: finds editors, keeps a checker per editor, draws underlines and the card. */

import { h, render } from 'preact'
import type { Finding, Fix, Rulebook } from '../../../shared/types'
import { frameOffset } from './adapter'
import { Card, CanvasNotice } from './card'
import { createChecker, type Checker, type RemoteLint } from './checker'
import { createDomAdapter } from './dom-adapter'
import { createOverlay, type Hit } from './overlay'
import { documentsOf, findTargets, isTextarea, stillEditable } from './targets'
import { createTextareaAdapter } from './textarea-adapter'

/** What the page UI needs from the extension, injected so the UI stays free of messaging. */
export interface InlineDeps {
  setBadge(count: number): void
  disableRule(ruleId: string): Promise<void>
  openSidePanel(): Promise<boolean>
  /** Lints a huge editor's text in the background (absent: always on the page). */
  lintRemote?: RemoteLint
}

export interface InlineApp {
  setRulebook(rulebook: Rulebook): void
  /** The text of the focused editor (else the first one), for the side panel. */
  text(): string | null
  /** Selects [start, end) of that editor's text and opens the card of a finding there. */
  reveal(start: number, end: number): Promise<boolean>
  /** Applies fixes (offsets into `text()`), last first, through the editor's input path. */
  applyFixes(fixes: Fix[]): Promise<number>
  destroy(): void
}

/** The same defect found by another run: same rule, same span, same message and fix. */
const sameFinding = (a: Finding, b: Finding) =>
  a.ruleId === b.ruleId &&
  a.start === b.start &&
  a.end === b.end &&
  a.message === b.message &&
  a.fix?.replacement === b.fix?.replacement

const SHORTCUT = (e: KeyboardEvent) => e.altKey && e.shiftKey && e.code === 'KeyK'

export function startInline(initial: Rulebook, deps: InlineDeps): InlineApp {
  const overlay = createOverlay()
  const checkers = new Map<HTMLElement, Checker>()
  let rulebook = initial
  let open: { hit: Hit; status: string | null } | null = null
  let frame = 0
  let lastCount = -1
  const cleanups: (() => void)[] = []

  const repaint = () => {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => {
      const list = [...checkers.values()]
      if (open && !list.some((c) => c.findings.includes(open!.hit.finding))) {
        // A re-check (the editor re-rendered, an undo) found the same defect again: keep its card.
        const again = open.hit.checker.findings.find((f) => sameFinding(f, open!.hit.finding))
        if (again) {
          open.hit = { ...open.hit, finding: again }
          renderCard()
        } else closeCard()
      }
      overlay.paint(list, open?.hit.finding ?? null)
      if (open) placeCard()
      const count = list.reduce((n, c) => n + c.findings.length, 0)
      if (count !== lastCount) deps.setBadge((lastCount = count))
    })
  }

  const attach = (el: HTMLElement) => {
    if (checkers.has(el)) return
    const adapter = isTextarea(el)
      ? createTextareaAdapter(el, overlay.scratch)
      : createDomAdapter(el)
    checkers.set(el, createChecker(adapter, rulebook, repaint, deps.lintRemote))
    resize.observe(el)
  }
  const scan = () => {
    for (const [el, c] of checkers)
      // a frame whose document was replaced leaves its old body connected to a windowless document
      // … and an editor switched to read-only is left alone
      if (!el.isConnected || !el.ownerDocument.defaultView || !stillEditable(el)) {
        // a card left open would still offer to write into it
        if (open?.hit.checker === c) closeCard()
        c.destroy()
        checkers.delete(el)
      }
    documentsOf(document).forEach(watch)
    findTargets(document).forEach(attach)
    repaint()
  }

  const placeCard = () => {
    const box = overlay.ui.querySelector<HTMLElement>('[data-card]')
    const hit = open && overlay.hitFor(open.hit.finding)
    if (!box || !hit || !hit.rects.length) return
    const r = hit.rects[hit.rects.length - 1]
    const below = r.top + r.height + 6
    const top =
      below + box.offsetHeight > innerHeight ? Math.max(4, r.top - box.offsetHeight - 6) : below
    box.style.left = `${Math.max(4, Math.min(r.left, innerWidth - box.offsetWidth - 4))}px`
    box.style.top = `${top}px`
  }
  const renderCard = () => {
    if (!open) return render(null, overlay.ui)
    const { hit } = open
    const { checker, finding } = hit
    render(
      h(Card, {
        finding,
        status: open.status,
        onApply: () => void apply(checker, finding),
        onIgnore: () => {
          closeCard()
          checker.ignore(finding)
        },
        onDisableRule: () => {
          closeCard()
          void deps.disableRule(finding.ruleId)
          const rules = rulebook.rules.map((r) =>
            r.id === finding.ruleId ? { ...r, enabled: false } : r,
          )
          app.setRulebook({ ...rulebook, rules })
        },
        onClose: () => closeCard(true),
      }),
      overlay.ui,
    )
    placeCard()
  }
  const openCard = (hit: Hit, focus: boolean) => {
    open = { hit, status: null }
    renderCard()
    repaint()
    if (focus)
      overlay.ui
        .querySelector<HTMLElement>('[data-card] button[data-action]:not([data-action="close"])')
        ?.focus()
  }
  function closeCard(refocus = false) {
    if (!open) return
    const el = open.hit.checker.adapter.element
    open = null
    renderCard()
    repaint()
    if (refocus) el.focus({ preventScroll: true })
  }
  const apply = async (checker: Checker, finding: Finding) => {
    const fix = finding.fix
    if (!fix) return
    if (checker.adapter.readText() !== checker.text) {
      void checker.lintNow()
      return closeCard()
    }
    const ok = await checker.adapter.replace(fix.start, fix.end, fix.replacement)
    if (!ok && open) {
      open.status = '编辑器没有接受这处修改，请手动修改。'
      return renderCard()
    }
    closeCard()
    void checker.lintNow()
  }

  const onClick = (doc: Document) => (e: MouseEvent) => {
    if (e.composedPath().includes(overlay.host)) return
    const { x, y } = frameOffset(doc)
    const hit = overlay.hitAt(e.clientX + x, e.clientY + y)
    if (hit) openCard(hit, false)
    else closeCard()
  }
  const onKey = (e: KeyboardEvent) => {
    if (!SHORTCUT(e)) return
    for (const checker of checkers.values()) {
      const caret = checker.adapter.caret()
      if (caret == null) continue
      const finding =
        checker.findings.find((f) => f.start <= caret && caret <= f.end) ??
        checker.findings.find((f) => f.start >= caret)
      const hit = finding && overlay.hitFor(finding)
      if (hit) {
        e.preventDefault()
        openCard(hit, true)
      }
      return
    }
  }
  const listen = (target: EventTarget, type: string, fn: EventListener, capture = true) => {
    target.addEventListener(type, fn, { capture, passive: type !== 'keydown' })
    cleanups.push(() => target.removeEventListener(type, fn, { capture }))
  }
  listen(window, 'resize', repaint)
  const resize = new ResizeObserver(repaint)
  let scanTimer: ReturnType<typeof setTimeout> | undefined
  const scanSoon = () => {
    clearTimeout(scanTimer)
    scanTimer = setTimeout(scan, 300)
  }
  const mutations = new MutationObserver(scanSoon)
  /**
   * The page and every same-origin frame get the listeners once, including frames an editor adds
   * later (TinyMCE, UEditor: an iframe whose body is the editable); a frame's load rescans.
   */
  const watched = new WeakSet<Document>()
  function watch(doc: Document) {
    if (watched.has(doc)) return
    watched.add(doc)
    listen(doc, 'click', onClick(doc) as EventListener)
    listen(doc, 'keydown', onKey as EventListener)
    listen(doc, 'scroll', repaint)
    listen(doc, 'focusin', scan)
    listen(doc, 'load', ((e: Event) => {
      if ((e.target as Element | null)?.localName === 'iframe') scanSoon()
    }) as EventListener)
    mutations.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'readonly', 'disabled', 'aria-readonly'],
    })
  }
  scan()

  /** The editor with the caret, else the first one. */
  const current = () => {
    const list = [...checkers.values()]
    return list.find((c) => c.adapter.caret() != null) ?? list[0]
  }

  const app: InlineApp = {
    setRulebook(next) {
      rulebook = next
      for (const c of checkers.values()) c.setRulebook(next)
    },
    text() {
      return current()?.adapter.readText() ?? null
    },
    async reveal(start, end) {
      const checker = current()
      if (!checker) return false
      checker.adapter.select(start, end)
      await checker.lintNow()
      await new Promise((r) => requestAnimationFrame(r))
      const finding = checker.findings.find(
        (f) => f.start < Math.max(end, start + 1) && start <= f.end,
      )
      const hit = finding && overlay.hitFor(finding)
      if (hit) openCard(hit, false)
      return !!hit
    },
    async applyFixes(fixes) {
      const checker = current()
      if (!checker) return 0
      let applied = 0
      for (const fix of [...fixes].sort((a, b) => b.start - a.start))
        if (await checker.adapter.replace(fix.start, fix.end, fix.replacement)) applied++
      void checker.lintNow()
      return applied
    },
    destroy() {
      cancelAnimationFrame(frame)
      clearTimeout(scanTimer)
      mutations.disconnect()
      resize.disconnect()
      cleanups.forEach((fn) => fn())
      checkers.forEach((c) => c.destroy())
      checkers.clear()
      render(null, overlay.ui)
      overlay.destroy()
      deps.setBadge(0)
    },
  }
  return app
}

/** Shows the canvas-editor notice; never claims there are no problems. */
export function showCanvasNotice(editor: string, deps: InlineDeps): () => void {
  const overlay = createOverlay()
  overlay.host.dataset.canvas = editor
  delete overlay.host.dataset.findings
  const close = () => {
    render(null, overlay.ui)
    overlay.destroy()
  }
  const onOpenPanel = async () => {
    if (!(await deps.openSidePanel())) alert('请点击浏览器工具栏上的“公文规范检查”图标打开侧边栏。')
  }
  render(h(CanvasNotice, { editor, onOpenPanel, onClose: close }), overlay.ui)
  return close
}
