// End-to-end: an open card stays open, and still applies, when the editor re-renders the same text
// (Slate, Lexical and undo managers replace text nodes without changing the text; a re-check follows).
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchWithExtension, type ExtensionBrowser } from './support/browser'
import { COMMA_RULE, editorText, openCardFor, underlines } from './support/scenarios'
import { deadUrl } from './support/server'

let browser: ExtensionBrowser
let page: Page
beforeAll(async () => {
  browser = await launchWithExtension(inject('extensionDir'))
  await browser.useServer(await deadUrl())
  page = await browser.context.newPage()
  await page.goto(`${inject('pagesUrl')}/contenteditable.html`)
})
afterAll(async () => {
  await browser?.close()
})

it('keeps the card open through a re-render that leaves the text as it was', async () => {
  const before = await editorText(page)
  const card = await openCardFor(page, COMMA_RULE)
  const drawn = await underlines(page, COMMA_RULE).first().elementHandle()
  // Every text node replaced by an equal one, as a model-driven editor re-renders.
  await page.evaluate(() => {
    const editor = document.querySelector('#editor')!
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    while (walker.nextNode()) nodes.push(walker.currentNode as Text)
    for (const n of nodes) n.replaceWith(document.createTextNode(n.data))
  })
  // The re-check after the mutation repaints: the underline drawn before is gone.
  await expect
    .poll(() => drawn!.evaluate((u) => u.isConnected), { timeout: 10_000, interval: 50 })
    .toBe(false)
  expect(await card.isVisible()).toBe(true)
  await card.locator('[data-action="apply"]').click()
  await expect
    .poll(() => editorText(page), { timeout: 10_000, interval: 50 })
    .toBe(before.replace('今年以来,我局', '今年以来，我局'))
})
