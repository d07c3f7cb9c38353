// End-to-end: the card on a real editor (CKEditor 5) page, saved as docs/screenshots/card.png for the README
// when REPORTLINT_SCREENSHOTS=1 (a normal run writes nothing into the repository).
import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, expect, inject, it } from 'vitest'
import { launchOffline, type ExtensionBrowser } from './support/browser'
import { COMMA_RULE, openCardFor, underlines } from './support/scenarios'

let browser: ExtensionBrowser | undefined
afterAll(() => browser?.close())

it('shows the card with the message, the fix as a diff and the actions', async () => {
  browser = await launchOffline()
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 900, height: 560 })
  await page.goto(`${inject('pagesUrl')}/ckeditor.html`)
  await expect
    .poll(() => underlines(page, COMMA_RULE).count(), { timeout: 10_000 })
    .toBeGreaterThan(0)
  const card = await openCardFor(page, COMMA_RULE)
  expect(await card.locator('del').textContent()).toBe(',')
  expect(await card.locator('ins').textContent()).toBe('，')
  expect(await card.locator('[data-action="disable-rule"]').textContent()).toBe('对我关闭此规则')
  const shot = await page.screenshot()
  expect(shot.length).toBeGreaterThan(1000)
  if (!process.env.REPORTLINT_SCREENSHOTS) return
  mkdirSync('docs/screenshots', { recursive: true })
  writeFileSync('docs/screenshots/card.png', shot)
})
