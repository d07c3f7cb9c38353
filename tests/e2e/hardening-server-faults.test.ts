// Hardening: a local rulebook server switching from good to garbage, 500 and a hanging body; the page keeps linting with the last good rulebook.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchWithExtension, type ExtensionBrowser } from './support/browser'
import { startRulebookServer, type Behaviour, type RulebookServer } from './support/rulebook-server'
import { underlines } from './support/scenarios'
import { defaultRulebook } from '../../shared/index'
import type { Rulebook } from '../../shared/types'

const TEAM_RULE = 'team-phrase'
const teamRulebook: Rulebook = {
  ...structuredClone(defaultRulebook),
  id: 'team',
  name: '测试单位规则集',
  version: 2,
  rules: [
    ...structuredClone(defaultRulebook.rules),
    {
      id: TEAM_RULE,
      kind: 'phrase-list',
      enabled: true,
      severity: 'warning',
      category: 'wording',
      description: '单位用语',
      options: { phrases: [{ text: '进一步的加强', replacement: '进一步加强' }] },
    },
  ],
}

let browser: ExtensionBrowser
let server: RulebookServer
let options: Page

beforeAll(async () => {
  server = await startRulebookServer(teamRulebook)
  browser = await launchWithExtension(inject('extensionDir'))
  await browser.useServer(server.url)
  options = await browser.openExtensionPage('options.html')
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Presses "立即同步" and waits for the state the options page shows. */
async function syncNow(timeout = 10_000): Promise<string | null> {
  const before = server.hits
  await options.locator('[data-action="sync"]').click()
  await expect.poll(() => server.hits, { timeout }).toBeGreaterThan(before)
  await expect
    .poll(() => options.locator('[data-action="sync"]').isEnabled(), { timeout })
    .toBe(true)
  return options.locator('[data-sync-state]').getAttribute('data-sync-state')
}

it('keeps linting with the last good rulebook through garbage, a 500 and a hanging server', async () => {
  expect(await syncNow()).toBe('ok')
  const page = await browser.context.newPage()
  await page.goto(`${inject('pagesUrl')}/textarea.html`)
  await page.locator('textarea#editor').fill('关于工作的报告\n要进一步的加强管理。')
  await expect.poll(() => underlines(page, TEAM_RULE).count(), { timeout: 10_000 }).toBe(1)

  const seen: Record<string, string | null> = {}
  for (const behaviour of ['html', 'truncated', 'invalid', '500', 'hang'] as Behaviour[]) {
    server.behaviour = behaviour
    // The hanging body is cut off by the sync deadline (15 s).
    seen[behaviour] = await syncNow(behaviour === 'hang' ? 25_000 : 10_000)
    expect(await options.locator('[data-sync-state]').textContent()).toContain('继续使用已有规则集')
  }
  console.log('[server faults] sync states:', JSON.stringify(seen))
  expect(seen).toEqual({
    html: 'invalid',
    truncated: 'invalid',
    invalid: 'invalid',
    '500': 'error',
    hang: 'offline',
  })
  // A fresh edit is still checked with the team's rule.
  await page
    .locator('textarea#editor')
    .fill('关于工作的报告\n要进一步的加强管理。\n还要进一步的加强学习。')
  await expect.poll(() => underlines(page, TEAM_RULE).count(), { timeout: 10_000 }).toBe(2)
  // And the server coming back is taken up (304 on the same version keeps it).
  server.behaviour = 'good'
  expect(await syncNow()).toMatch(/^(ok|not-modified)$/)
}, 60_000)
