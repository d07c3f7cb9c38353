// End-to-end: the toolbar popup opened on a page (chrome.action.openPopup), read over the DevTools
// protocol: it names the site, and its switch turns checking off and on again on that page.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, expect, inject, it } from 'vitest'
import { launchOffline, type ExtensionBrowser } from './support/browser'
import { COMMA_RULE, underlines } from './support/scenarios'

let browser: ExtensionBrowser | undefined
let devtools: Browser | undefined
afterAll(async () => {
  await devtools?.close().catch(() => undefined)
  await browser?.close()
})

const poll = { timeout: 10_000, interval: 50 }

/** Opens the popup over the active tab and returns it as a page (popups are not tabs). */
async function openPopup(b: ExtensionBrowser): Promise<Page> {
  // the window that was just brought to front may not count as active for a moment
  await expect
    .poll(
      () =>
        b.worker.evaluate(async () => {
          const chrome = (globalThis as any).chrome
          // the window of the page under test, named: a headless window may not count as focused
          const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' })
          await chrome.windows.update(tab.windowId, { focused: true })
          return chrome.action.openPopup({ windowId: tab.windowId }).then(
            () => 'open',
            (e: Error) => e.message,
          )
        }),
      poll,
    )
    .toBe('open')
  let port = ''
  await expect
    .poll(() => {
      try {
        port = readFileSync(join(b.profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]
      } catch {
        port = ''
      }
      return port
    }, poll)
    .not.toBe('')
  // a fresh connection each time: one made earlier does not see popups opened after it
  await devtools?.close().catch(() => undefined)
  devtools = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  const find = () =>
    devtools!
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().endsWith('/popup.html'))
  await expect.poll(() => !!find(), poll).toBe(true)
  return find()!
}

it('names the site and switches checking off and on for it', async () => {
  browser = await launchOffline(['--remote-debugging-port=0'])
  const page = await browser.context.newPage()
  await page.goto(`${inject('pagesUrl')}/textarea.html`)
  await page.bringToFront()
  await expect.poll(() => underlines(page, COMMA_RULE).count(), poll).toBeGreaterThan(0)

  let popup = await openPopup(browser)
  await expect.poll(() => popup.locator('strong').textContent(), poll).toBe('127.0.0.1')
  const toggle = popup.locator('[data-action="site-toggle"]')
  expect(await toggle.isChecked()).toBe(true)
  await toggle.click()
  // the page stops being checked: its underlines go
  await expect.poll(() => page.locator('reportlint-root').count(), poll).toBe(0)

  await popup.close().catch(() => undefined)
  popup = await openPopup(browser)
  const again = popup.locator('[data-action="site-toggle"]')
  await expect.poll(() => again.isChecked(), poll).toBe(false)
  await again.click()
  await expect.poll(() => underlines(page, COMMA_RULE).count(), poll).toBeGreaterThan(0)
})
