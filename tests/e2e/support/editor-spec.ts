/** Defines the standard end-to-end spec for one editor page: the shared scenarios in order. */

import { afterAll, beforeAll, describe, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchWithExtension, type ExtensionBrowser } from './browser'
import type { EditorName } from './pages'
import {
  applyThenUndo,
  compositionUndisturbed,
  deleteThenUndo,
  readsEditorText,
  seededDefectsUnderlined,
  typingUpdates,
  underlinesClipped,
} from './scenarios'
import { deadUrl } from './server'

/** One browser and one page per editor; the worker is unreachable so the bundled rulebook lints. */
export function editorSpec(editor: EditorName): void {
  describe(`inline checking in ${editor}`, () => {
    let browser: ExtensionBrowser
    let page: Page
    beforeAll(async () => {
      browser = await launchWithExtension(inject('extensionDir'))
      await browser.useServer(await deadUrl())
      page = await browser.context.newPage()
      await page.goto(`${inject('pagesUrl')}/${editor}.html`)
    })
    afterAll(async () => {
      await browser?.close()
    })
    it('underlines the seeded defects without touching the editor DOM', () =>
      seededDefectsUnderlined(page, editor))
    it('opens the card, applies the fix, and the editor undo restores it', () =>
      applyThenUndo(page))
    it('applies a fix that deletes, and the editor undo restores it', () => deleteThenUndo(page))
    it('updates the underlines as the writer types', () => typingUpdates(page, editor))
    it('leaves an IME composition alone', () => compositionUndisturbed(page, editor))
    it("reads the text as the editor's model has it (blank line, soft break)", () =>
      readsEditorText(page, editor, () =>
        browser.worker.evaluate(async () => {
          const chrome = (globalThis as any).chrome
          const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' })
          const reply = await chrome.tabs.sendMessage(
            tab.id,
            { kind: 'content/text', payload: {} },
            { frameId: 0 },
          )
          return (reply?.data?.text as string | undefined) ?? null
        }),
      ))
    it("keeps the underlines inside the editor's visible box as it scrolls", () =>
      underlinesClipped(page, editor))
  })
}
