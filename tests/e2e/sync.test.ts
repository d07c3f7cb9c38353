// End-to-end: the worker down at start — the options page says so and the bundled rulebook still lints.
import { afterAll, expect, inject, it } from 'vitest'
import { launchOffline, type ExtensionBrowser } from './support/browser'
import { COMMA_RULE, underlines } from './support/scenarios'

let browser: ExtensionBrowser | undefined
afterAll(() => browser?.close())

it('lints with the bundled rulebook when the worker is unreachable', async () => {
  browser = await launchOffline()
  const options = await browser.openExtensionPage('options.html')
  await options.locator('[data-action="sync"]').click()
  await expect
    .poll(() => options.locator('[data-sync-state]').getAttribute('data-sync-state'), {
      timeout: 10_000,
    })
    .toBe('offline')
  expect(await options.locator('[data-sync-state]').textContent()).toContain('内置规则集')
  const page = await browser.context.newPage()
  await page.goto(`${inject('pagesUrl')}/textarea.html`)
  await expect
    .poll(() => underlines(page, COMMA_RULE).count(), { timeout: 10_000 })
    .toBeGreaterThan(0)
})
