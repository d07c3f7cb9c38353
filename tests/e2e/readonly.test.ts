// End-to-end: an editor the page switches to read-only is no longer checked or written to, and is
// checked again once it is editable.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchOffline, type ExtensionBrowser } from './support/browser'
import type { EditorName } from './support/pages'
import { COMMA_RULE, EDITABLE, editorText, openCardFor, underlines } from './support/scenarios'

const poll = { timeout: 10_000, interval: 50 }

/** How each page locks its editor: the attribute the editor library itself sets. */
const lock: Partial<Record<EditorName, [string, string, string]>> = {
  textarea: ['readonly', '', ''],
  contenteditable: ['contenteditable', 'false', 'true'],
  // quill.enable(false) sets contenteditable="false" on .ql-editor
  quill: ['contenteditable', 'false', 'true'],
}

describe('an editor switched to read-only', () => {
  let browser: ExtensionBrowser
  beforeAll(async () => {
    browser = await launchOffline()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each(Object.entries(lock))(
    '%s: underlines and card go, text untouched, back when editable',
    async (name, [attr, locked, open]) => {
      const editor = name as EditorName
      const page: Page = await browser.context.newPage()
      await page.goto(`${inject('pagesUrl')}/${editor}.html`)
      const editable = page.locator(EDITABLE[editor])
      await expect.poll(() => underlines(page, COMMA_RULE).count(), poll).toBeGreaterThan(0)
      const card = await openCardFor(page, COMMA_RULE)
      const before = await editorText(page)

      await editable.evaluate((el, [a, v]) => el.setAttribute(a, v), [attr, locked])
      await expect.poll(() => underlines(page, COMMA_RULE).count(), poll).toBe(0)
      await expect.poll(() => card.isVisible(), poll).toBe(false)
      expect(await editorText(page)).toBe(before)

      await editable.evaluate(
        (el, [a, v]) => (a === 'readonly' ? el.removeAttribute(a) : el.setAttribute(a, v)),
        [attr, open],
      )
      await expect.poll(() => underlines(page, COMMA_RULE).count(), poll).toBeGreaterThan(0)
      await page.close()
    },
  )
})
