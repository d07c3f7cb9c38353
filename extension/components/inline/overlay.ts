/** The <reportlint-root> host: an open shadow root with underlines drawn over the page, never inside the editor. */

import type { Finding } from '../../../shared/types'
import type { Rect } from './adapter'
import type { Checker } from './checker'
import { INLINE_CSS } from './styles'

export interface Hit {
  checker: Checker
  finding: Finding
  rects: Rect[]
}

export interface Overlay {
  host: HTMLElement
  shadow: ShadowRoot
  /** Where the card and notices render. */
  ui: HTMLElement
  /** Where adapters keep measuring copies. */
  scratch: HTMLElement
  /** Redraws every checker's underlines and sets `data-findings`. */
  paint(checkers: Checker[], active: Finding | null): void
  /** The finding whose underlined text is at a top-window client point. */
  hitAt(x: number, y: number): Hit | null
  hitFor(finding: Finding): Hit | null
  destroy(): void
}

export function createOverlay(): Overlay {
  const host = document.createElement('reportlint-root')
  const shadow = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = INLINE_CSS
  const layer = document.createElement('div')
  layer.className = 'layer'
  const scratch = document.createElement('div')
  const ui = document.createElement('div')
  shadow.append(style, layer, scratch, ui)
  host.dataset.findings = '0'
  document.documentElement.appendChild(host)
  let hits: Hit[] = []

  return {
    host,
    shadow,
    ui,
    scratch,
    paint(checkers, active) {
      hits = []
      const frag = document.createDocumentFragment()
      let count = 0
      for (const checker of checkers) {
        count += checker.findings.length
        const [from, to] = checker.findings.length ? checker.adapter.visibleSpan() : [0, 0]
        for (const finding of checker.findings) {
          // Out of view: not measured (a 2 MB document has thousands of findings).
          if (finding.end < from || finding.start > to) {
            hits.push({ checker, finding, rects: [] })
            continue
          }
          // A zero-width finding (something missing) is marked on the character after it.
          const end =
            finding.end > finding.start
              ? finding.end
              : Math.min(finding.start + 1, checker.text.length)
          const rects = checker.adapter.rects(finding.start, end)
          hits.push({ checker, finding, rects })
          for (const r of rects) {
            const u = document.createElement('div')
            u.className = finding === active ? 'u active' : 'u'
            u.dataset.rule = finding.ruleId
            u.dataset.severity = finding.severity
            u.dataset.category = finding.category
            u.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height - 2}px`
            frag.appendChild(u)
          }
        }
      }
      layer.replaceChildren(frag)
      host.dataset.findings = String(count)
    },
    hitAt(x, y) {
      // The innermost (shortest) finding under the point wins.
      let best: Hit | null = null
      for (const hit of hits)
        if (
          hit.rects.some(
            (r) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height,
          )
        )
          if (!best || hit.finding.end - hit.finding.start < best.finding.end - best.finding.start)
            best = hit
      return best
    },
    hitFor(finding) {
      return hits.find((h) => h.finding === finding) ?? null
    },
    destroy() {
      host.remove()
    },
  }
}
