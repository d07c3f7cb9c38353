/** Wires the on-page checker to the background: site switch, rulebook, badge, side panel, page text. */

import { browser } from 'wxt/browser'
import { createDispatcher, send } from '../../utils/messaging'
import type { ContentProtocol } from '../../utils/protocol'
import { showCanvasNotice, startInline, type InlineApp, type InlineDeps } from './inline-app'

const deps: InlineDeps = {
  setBadge: (count) => void send('badge/set', { count }).catch(() => undefined),
  disableRule: async (ruleId) => {
    await send('rules/set-disabled', { ruleId, disabled: true })
  },
  openSidePanel: async () =>
    (await send('sidepanel/open', {}).catch(() => ({ opened: false }))).opened,
  lintRemote: (request) => send('lint/run', request),
}

/** Starts or stops checking as the site switch and the rulebook change; returns a stop function. */
export async function runContentScript(): Promise<() => void> {
  let app: InlineApp | null = null
  let closeNotice: (() => void) | null = null

  const refresh = async () => {
    const site = await send('site/state', { url: location.href })
    if (!site.enabled) {
      app?.destroy()
      closeNotice?.()
      app = closeNotice = null
      return
    }
    if (site.canvas) {
      closeNotice ??= showCanvasNotice(site.canvas, deps)
      return
    }
    const { rulebook } = await send('rulebook/get', {})
    if (app) app.setRulebook(rulebook)
    else app = startInline(rulebook, deps)
  }

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return
    if (['rulebookCache', 'disabledRules', 'sites'].some((k) => k in changes))
      void refresh().catch(() => undefined)
  }
  const onMessage = createDispatcher<ContentProtocol>({
    'content/text': () => ({ text: app?.text() ?? null }),
    'content/reveal': async ({ start, end }) => ({
      revealed: (await app?.reveal(start, end)) ?? false,
    }),
    'content/apply-fixes': async ({ fixes }) => ({ applied: (await app?.applyFixes(fixes)) ?? 0 }),
  })
  browser.storage.onChanged.addListener(onStorage)
  browser.runtime.onMessage.addListener(onMessage)
  await refresh()
  return () => {
    browser.storage.onChanged.removeListener(onStorage)
    browser.runtime.onMessage.removeListener(onMessage)
    app?.destroy()
    closeNotice?.()
  }
}
