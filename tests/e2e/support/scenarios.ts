/**
 * Scenario functions shared by the per-editor specs (and usable by others): each takes a page
 * showing one editor and checks one behaviour of the inline checker through the testing hooks.
 */

import type { CDPSession, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { applyFixes, lint } from '../../../shared/index'
import type { EditorName } from './pages'

/** The editable element of each editor page. */
export const EDITABLE: Record<EditorName, string> = {
  textarea: 'textarea#editor',
  contenteditable: '#editor[contenteditable]',
  prosemirror: '.ProseMirror',
  quill: '.ql-editor',
  ckeditor: '.ck-editor__editable',
  // the body of TinyMCE's iframe: the checker reaches into same-origin frames from the top page
  tinymce: 'iframe.tox-edit-area__iframe >> internal:control=enter-frame >> body#tinymce',
  designmode: 'iframe#editor-frame >> internal:control=enter-frame >> body',
  wangeditor: '#editor [data-slate-editor]',
  lexical: '#editor[data-lexical-editor]',
}

/** The rule of the seeded, fixable defect (half-width comma in Chinese text) and of the numbering gap. */
export const COMMA_RULE = 'punct-halfwidth-in-zh'
export const GAP_RULE = 'numbering-skip'
/** The seeded doubled character: its fix deletes one. */
export const DOUBLED_RULE = 'phrasing-duplicated-token'

const poll = { timeout: 10_000, interval: 50 }

export const editorText = (page: Page) =>
  page.evaluate(() => (window as any).editorText() as string)
export const findingsCount = async (page: Page) =>
  Number(await page.locator('reportlint-root').getAttribute('data-findings'))
export const underlines = (page: Page, rule: string): Locator =>
  page.locator(`reportlint-root .u[data-rule="${rule}"]`)

/**
 * Places the caret at the end of the editor's text. Some editors (CKEditor 5) move their caret to
 * a click a moment after it, so Ctrl+End is pressed until the caret stays there; a keyboard that
 * types before the editor saw the selection change would type where the caret was (Lexical).
 */
export async function caretToEnd(page: Page, editor: EditorName): Promise<void> {
  const editable = page.locator(EDITABLE[editor])
  await editable.click()
  const atEnd = () =>
    editable.evaluate(async (el) => {
      // a frame for the selectionchange to reach the editor (Lexical reads its caret from it)
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement)
        return (
          (el as HTMLTextAreaElement).selectionStart === (el as HTMLTextAreaElement).value.length
        )
      const sel = el.ownerDocument.getSelection()
      if (!sel?.focusNode || !el.contains(sel.focusNode)) return false
      const after = el.ownerDocument.createRange()
      after.selectNodeContents(el)
      after.setStart(sel.focusNode, sel.focusOffset)
      return after.toString().trim() === ''
    })
  await expect
    .poll(async () => (await page.keyboard.press('Control+End'), atEnd()), poll)
    .toBe(true)
}

/** Seeded defects get underlines carrying rule, severity and category; nothing enters the editor's DOM. */
export async function seededDefectsUnderlined(page: Page, editor: EditorName): Promise<void> {
  await expect.poll(() => underlines(page, COMMA_RULE).count(), poll).toBeGreaterThan(0)
  await expect.poll(() => underlines(page, GAP_RULE).count(), poll).toBeGreaterThan(0)
  const u = underlines(page, COMMA_RULE).first()
  expect(await u.getAttribute('data-severity')).toMatch(/^(error|warning|info)$/)
  expect(await u.getAttribute('data-category')).toBe('punctuation')
  expect(await findingsCount(page)).toBeGreaterThanOrEqual(2)
  for (const inside of ['[data-rule]', 'reportlint-root'])
    expect(await page.locator(`${EDITABLE[editor]} ${inside}`).count()).toBe(0)
}

/**
 * Clicks the middle of the first underline of `rule` and waits for its card. The underline is
 * waited for: after an undo the editor re-renders and the re-check paints it a frame or two later.
 */
export async function openCardFor(page: Page, rule: string): Promise<Locator> {
  const first = underlines(page, rule).first()
  await expect.poll(() => first.boundingBox(), poll).not.toBeNull()
  const box = await first.boundingBox()
  expect(box).not.toBeNull()
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2)
  const card = page.locator(`reportlint-root [data-card][data-rule="${rule}"]`)
  await expect.poll(() => card.isVisible(), poll).toBe(true)
  return card
}

/** The card opens on click; apply changes the editor's text; the editor's own undo restores it. */
export async function applyThenUndo(page: Page): Promise<void> {
  const before = await editorText(page)
  expect(before).toContain('今年以来,我局')
  const card = await openCardFor(page, COMMA_RULE)
  expect(await card.locator('[data-message]').textContent()).toContain('，')
  expect(await card.locator('[data-action="ignore"]').count()).toBe(1)
  await card.locator('[data-action="apply"]').click()
  await expect
    .poll(() => editorText(page), poll)
    .toBe(before.replace('今年以来,我局', '今年以来，我局'))
  await expect.poll(() => underlines(page, COMMA_RULE).count(), poll).toBe(0)
  await page.keyboard.press('Control+z')
  await expect.poll(() => editorText(page), poll).toBe(before)
  await expect.poll(() => underlines(page, COMMA_RULE).count(), poll).toBeGreaterThan(0)
}

/** A fix that deletes (the doubled 的) goes through the editor's input path too, and its undo restores it. */
export async function deleteThenUndo(page: Page): Promise<void> {
  const before = await editorText(page)
  expect(before).toContain('明显的的成效')
  const card = await openCardFor(page, DOUBLED_RULE)
  await card.locator('[data-action="apply"]').click()
  await expect.poll(() => editorText(page), poll).toBe(before.replace('明显的的成效', '明显的成效'))
  await expect.poll(() => underlines(page, DOUBLED_RULE).count(), poll).toBe(0)
  await page.keyboard.press('Control+z')
  await expect.poll(() => editorText(page), poll).toBe(before)
  await expect.poll(() => underlines(page, DOUBLED_RULE).count(), poll).toBeGreaterThan(0)
}

/**
 * After a blank line and a soft line break (Shift+Enter) the checker reads the editor's text as
 * the editor's own model has it: no caret fillers, no extra or missing line breaks.
 */
export async function readsEditorText(
  page: Page,
  editor: EditorName,
  ask: AskContent,
): Promise<void> {
  await caretToEnd(page, editor)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('二、下一步')
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.type('继续')
  await expect.poll(() => editorText(page), poll).toMatch(/下一步\n继续/)
  // a last line break after the text changes no line
  const read = async () => ((await ask('content/text', {})).text as string).replace(/\n$/, '')
  await expect.poll(read, poll).toBe(await editorText(page))
}

/** Asks the page's content script, as the side panel does (`content/text`, `content/apply-fixes`). */
export type AskContent = (kind: string, payload: unknown) => Promise<any>

/**
 * The side panel's "apply all": every fix of the text (replacements and a deletion, several on one
 * line) goes in through the editor, each at the right place, and the editor's text is the engine's.
 */
export async function appliesAllFixes(
  page: Page,
  editor: EditorName,
  ask: AskContent,
): Promise<void> {
  await caretToEnd(page, editor)
  await page.keyboard.press('Enter')
  await page.keyboard.type('另外,我们要把的的工作做好,确保落实')
  await expect.poll(() => editorText(page), poll).toMatch(/确保落实$/)
  const text: string = (await ask('content/text', {})).text
  const want = applyFixes(text, lint(text))
  expect(want.applied.length).toBeGreaterThanOrEqual(3)
  const { applied } = await ask('content/apply-fixes', { fixes: want.applied })
  expect(applied).toBe(want.applied.length)
  await expect.poll(() => editorText(page), poll).toBe(want.text.replace(/\n$/, ''))
}

/**
 * A fix that empties a line (no neighbouring character to keep) is a bare deletion, which editors
 * take from their own selection: it still removes exactly that text.
 */
export async function deletesWholeLine(
  page: Page,
  editor: EditorName,
  ask: AskContent,
): Promise<void> {
  // the editor's own caret elsewhere, as after the writer's last edit
  await caretToEnd(page, editor)
  const line = '（二）乙项工作'
  const before = await editorText(page)
  const text: string = (await ask('content/text', {})).text
  const start = text.indexOf(`\n${line}\n`) + 1
  expect(start).toBeGreaterThan(0)
  const fixes = [{ start, end: start + line.length, replacement: '' }]
  expect((await ask('content/apply-fixes', { fixes })).applied).toBe(1)
  await expect.poll(() => editorText(page), poll).toBe(before.replace(`\n${line}\n`, '\n\n'))
}

/** Typing another defect adds an underline after the debounce. */
export async function typingUpdates(page: Page, editor: EditorName): Promise<void> {
  const count = await underlines(page, COMMA_RULE).count()
  await caretToEnd(page, editor)
  await page.keyboard.type('另外,还要')
  await expect.poll(() => underlines(page, COMMA_RULE).count(), poll).toBe(count + 1)
  expect(await editorText(page)).toMatch(/另外,还要$/)
}

/**
 * An IME composition (through the DevTools protocol, as an input method drives Chromium) is not
 * linted while it lasts, and its committed text arrives intact.
 */
export async function compositionUndisturbed(page: Page, editor: EditorName): Promise<void> {
  await caretToEnd(page, editor)
  // Slate (wangEditor) syncs its selection from the page at most every 100 ms: a composition that
  // starts before it has, lands where its model still has the caret
  await page.waitForTimeout(250)
  const cdp: CDPSession = await page.context().newCDPSession(page)
  const count = await findingsCount(page)
  await cdp.send('Input.imeSetComposition', { text: 'wen,ti', selectionStart: 6, selectionEnd: 6 })
  // Longer than the debounce: a lint during composition would count the comma being composed.
  await page.waitForTimeout(800)
  expect(await findingsCount(page)).toBe(count)
  await cdp.send('Input.insertText', { text: '问题,' })
  await expect.poll(() => findingsCount(page), poll).toBe(count + 1)
  const text = await editorText(page)
  expect(text).toMatch(/问题,$/)
  expect(text).not.toContain('wen')
  await cdp.detach()
}

/** What shows at a top-window point, looking into same-origin iframes. */
function elementAt(x: number, y: number): Element | null {
  let doc: Document = document
  for (;;) {
    const el = doc.elementFromPoint(x, y)
    if (el?.localName !== 'iframe') return el
    const frame = el as HTMLIFrameElement
    const r = frame.getBoundingClientRect()
    x -= r.left + frame.clientLeft
    y -= r.top + frame.clientTop
    doc = frame.contentDocument!
  }
}

/**
 * With more text than the editor's box shows (its own scroller, a frame or the page), every drawn
 * underline sits over the editor's visible text: none over the toolbar, the page or off screen.
 */
export async function underlinesClipped(page: Page, editor: EditorName): Promise<void> {
  const count = await findingsCount(page)
  await caretToEnd(page, editor)
  for (let i = 1; i <= 30; i++) {
    await page.keyboard.press('Enter')
    await page.keyboard.type(`第${i}项,内容`)
  }
  await expect.poll(() => editorText(page), poll).toMatch(/第30项,内容$/)
  await expect.poll(() => findingsCount(page), poll).toBeGreaterThanOrEqual(count + 20)
  // Back to the top: the seeded lines show, the typed ones are scrolled out of the box.
  await page.locator(EDITABLE[editor]).evaluate((el) => {
    for (let a: Element | null = el; a; a = a.parentElement) a.scrollTop = 0
    el.ownerDocument.defaultView!.scrollTo(0, 0)
    window.top!.scrollTo(0, 0)
  })
  await page.locator(EDITABLE[editor]).evaluate((el) => el.setAttribute('data-e2e-editable', ''))
  /** What is under each drawn underline's middle, when that is not the editor's text. */
  const misplaced = () =>
    page.evaluate((fn) => {
      const at = new Function(`return ${fn}`)() as (x: number, y: number) => Element | null
      const host = document.querySelector('reportlint-root')!.shadowRoot!
      const out: string[] = []
      for (const u of host.querySelectorAll('.u')) {
        const r = u.getBoundingClientRect()
        const hit = at(r.left + r.width / 2, r.top + r.height / 2)
        if (!hit?.closest('[data-e2e-editable]')) out.push(hit?.localName ?? 'nothing')
      }
      return { drawn: host.querySelectorAll('.u').length, out }
    }, elementAt.toString())
  await expect.poll(async () => (await misplaced()).out, poll).toEqual([])
  const { drawn } = await misplaced()
  expect(drawn).toBeGreaterThan(0)
  // some of the typed defects are out of the box, so not drawn
  expect(drawn).toBeLessThan(await findingsCount(page))
}
