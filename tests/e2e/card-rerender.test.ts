// End-to-end: when the editor re-renders the same text into new nodes (Slate, Lexical, undo managers;
// a re-check follows), an open card stays open and still applies, and a repaint before the re-check keeps the underlines.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchOffline, type ExtensionBrowser } from './support/browser'
import { COMMA_RULE, editorText, GAP_RULE, openCardFor, underlines } from './support/scenarios'

let browser: ExtensionBrowser
let page: Page
beforeAll(async () => {
  browser = await launchOffline()
  page = await browser.context.newPage()
  await page.goto(`${inject('pagesUrl')}/contenteditable.html`)
})
afterAll(async () => {
  await browser?.close()
})
const poll = { timeout: 10_000, interval: 50 }

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

it('keeps drawing the underlines when a repaint comes between a re-render and its re-check', async () => {
  await expect.poll(() => underlines(page, GAP_RULE).count(), poll).toBeGreaterThan(0)
  const drawn = await page.evaluate(async () => {
    const editor = document.querySelector('#editor')!
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    while (walker.nextNode()) nodes.push(walker.currentNode as Text)
    for (const n of nodes) n.replaceWith(document.createTextNode(n.data))
    // A scroll repaints on the next frame, well before the re-check's debounce ends.
    document.dispatchEvent(new Event('scroll'))
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    const layer = document.querySelector('reportlint-root')!.shadowRoot!
    return layer.querySelectorAll('.u[data-rule="numbering-skip"]').length
  })
  expect(drawn).toBeGreaterThan(0)
})
