// Hardening: markup in a rulebook (description, authority, phrase, name) and in document text is shown as text in the card, side panel, report and admin screen; no script runs.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { defaultRulebook, validateRulebook } from '../../shared/index'
import type { Rulebook } from '../../shared/types'
import { launchWithExtension, type ExtensionBrowser } from './support/browser'
import { startRulebookServer, type RulebookServer } from './support/rulebook-server'
import { openCardFor } from './support/scenarios'

const IMG = '<img src=x onerror="window.__pwned=1">'
const SCRIPT = '<script>window.__pwned=1</script>'
const HOSTILE = 'hostile-phrase'
const hostile: Rulebook = {
  ...structuredClone(defaultRulebook),
  id: 'team',
  name: `规则集${IMG}`,
  version: 3,
  rules: [
    ...structuredClone(defaultRulebook.rules),
    {
      id: HOSTILE,
      kind: 'phrase-list',
      enabled: true,
      severity: 'warning',
      category: 'wording',
      description: `单位用语${IMG}`,
      authority: `依据${SCRIPT}`,
      options: { phrases: [{ text: IMG, replacement: '图片' }] },
    },
  ],
}
const TEXT = `关于工作的报告\n正文里有${IMG}和${SCRIPT}两段标记。`

let browser: ExtensionBrowser
let server: RulebookServer
const errors: string[] = []

const pwned = (page: Page) => page.evaluate(() => (window as any).__pwned ?? null)

beforeAll(async () => {
  expect(validateRulebook(hostile).ok).toBe(true)
  server = await startRulebookServer(hostile)
  browser = await launchWithExtension(inject('extensionDir'))
  await browser.useServer(server.url)
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

it('syncs the rulebook, its name shown as text on the options page', async () => {
  const options = await browser.openExtensionPage('options.html')
  await options.locator('[data-action="sync"]').click()
  await expect
    .poll(() => options.locator('[data-sync-state]').getAttribute('data-sync-state'))
    .toBe('ok')
  expect(await options.locator('[data-sync-state]').textContent()).toContain(IMG)
  expect(await options.locator('img').count()).toBe(0)
  await options.close()
})

it('the card on the page shows the message, excerpt and authority literally', async () => {
  const page = await browser.context.newPage()
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${inject('pagesUrl')}/textarea.html`)
  await page.locator('textarea#editor').fill(TEXT)
  const card = await openCardFor(page, HOSTILE)
  expect(await card.locator('[data-message]').textContent()).toContain(IMG)
  expect(await card.locator('del').textContent()).toBe(IMG)
  expect(await card.locator('.authority').textContent()).toContain(SCRIPT)
  expect(
    await page
      .locator('reportlint-root')
      .evaluate((h) => h.shadowRoot!.querySelectorAll('img, script').length),
  ).toBe(0)
  await page.waitForTimeout(300)
  expect(await pwned(page)).toBeNull()
  expect(errors).toEqual([])
})

it('the side panel and the exported report show them literally', async () => {
  const panel = await browser.openExtensionPage('sidepanel.html')
  await panel.locator('textarea[data-input]').fill(TEXT)
  await panel.locator('[data-action="check"]').click()
  const item = panel.locator(`[data-view="findings"] [data-rule="${HOSTILE}"]`)
  await expect.poll(() => item.count()).toBeGreaterThan(0)
  const shown = await item.first().textContent()
  expect(shown).toContain(IMG)
  expect(shown).toContain(SCRIPT)
  expect(await panel.locator('body img, body script:not([src])').count()).toBe(0)
  expect(await pwned(panel)).toBeNull()

  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.locator('[data-action="export"]').click(),
  ])
  const html = readFileSync((await download.path())!, 'utf8')
  // Opened as an ordinary page, without the extension's CSP to save it.
  const report = await browser.context.newPage()
  await report.setContent(html)
  await report.waitForTimeout(300)
  expect(await pwned(report)).toBeNull()
  expect(await report.locator('img, script').count()).toBe(0)
  const row = await report.locator(`tr[data-rule="${HOSTILE}"]`).first().textContent()
  expect(row).toContain(IMG)
  expect(row).toContain(SCRIPT)
  expect(await report.locator('.meta').textContent()).toContain(IMG)
  const [md] = await Promise.all([
    panel.waitForEvent('download'),
    panel.locator('[data-action="export-md"]').click(),
  ])
  const markdown = readFileSync((await md.path())!, 'utf8')
  expect(markdown).not.toContain('<img')
  expect(markdown).not.toContain('<script')
})

it('the admin screen lists the rule with its description and authority as text', async () => {
  const admin = await browser.openExtensionPage('admin.html')
  await admin.locator('[data-field="serverUrl"]').fill(server.url)
  await admin.locator('[data-field="token"]').fill('admin-token')
  await admin.locator('[data-action="sign-in"]').click()
  const rule = admin.getByText(`单位用语${IMG}`, { exact: false })
  await expect.poll(() => rule.count(), { timeout: 10_000 }).toBeGreaterThan(0)
  expect(await admin.locator('body').textContent()).toContain(`依据：依据${SCRIPT}`)
  expect(await admin.locator('body img, body script:not([src])').count()).toBe(0)
  expect(await pwned(admin)).toBeNull()
})
