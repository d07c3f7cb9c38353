/** Defines the standard end-to-end spec for one editor page: the shared scenarios in order. */

import { afterAll, beforeAll, describe, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchOffline, type ExtensionBrowser } from './browser'
import type { EditorName } from './pages'
import {
  appliesAllFixes,
  applyThenUndo,
  type AskContent,
  compositionUndisturbed,
  deleteThenUndo,
  deletesWholeLine,
  readsEditorText,
  seededDefectsUnderlined,
  typingUpdates,
  underlinesClipped,
} from './scenarios'

/** One browser and one page per editor; the worker is unreachable so the bundled rulebook lints. */
export function editorSpec(editor: EditorName): void {
  describe(`inline checking in ${editor}`, () => {
    let browser: ExtensionBrowser
    let page: Page
    beforeAll(async () => {
      browser = await launchOffline()
      page = await browser.context.newPage()
      await page.goto(`${inject('pagesUrl')}/${editor}.html`)
    })
    /** A message to the page's content script from the extension, as the side panel sends it. */
    const ask: AskContent = async (kind, payload) => {
      const reply = await browser.worker.evaluate(
        async ({ kind, payload }) => {
          const chrome = (globalThis as any).chrome
          const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' })
          return chrome.tabs.sendMessage(tab.id, { kind, payload }, { frameId: 0 })
        },
        { kind, payload },
      )
      if (!reply?.ok) throw new Error(`${kind}: ${reply?.error ?? 'no reply'}`)
      return reply.data
    }
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
      readsEditorText(page, editor, ask))
    it('applies every fix at once, as the side panel does', () =>
      appliesAllFixes(page, editor, ask))
    it('empties a line through the editor (a deletion with nothing to keep)', () =>
      deletesWholeLine(page, editor, ask))
    it("keeps the underlines inside the editor's visible box as it scrolls", () =>
      underlinesClipped(page, editor))
  })
}
