// End to end: the admin page against a real local worker (wrangler dev), publishing to an open editor.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { createServer as createHttp, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const EXTENSION = resolve(process.env.REPORTLINT_EXTENSION_DIR ?? '.output/chrome-mv3')
const SHOTS = process.env.REPORTLINT_SCREENSHOTS ? resolve('docs/screenshots') : null
const TOKEN = `rl_e2e_${randomBytes(12).toString('hex')}`
const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' }
const PHRASE = '两张皮' // occurs in sample f1; no default rule flags it

let dir: string
let worker: ChildProcess
let site: Server
let base: string
let context: BrowserContext
let extId: string

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => ok(port))
    })
  })

async function waitFor(ready: () => Promise<boolean>, ms: number) {
  const until = Date.now() + ms
  while (!(await ready())) {
    if (Date.now() > until) throw new Error('the local worker did not start')
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function api(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('Authorization', `Bearer ${TOKEN}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  return fetch(`${base}/v1/rulebooks/default${path}`, { ...init, headers })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reportlint-admin-'))
  const persist = join(dir, 'state')
  const migrate = spawnSync(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    { env: ENV, encoding: 'utf8' },
  )
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr}`)
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  worker = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      persist,
      '--var',
      `ADMIN_TOKEN:${TOKEN}`,
      '--var',
      'ALLOW_ANONYMOUS_READS:true',
      '--show-interactive-dev-session=false',
    ],
    { env: ENV, stdio: 'ignore', detached: true },
  )
  await waitFor(
    () =>
      fetch(`${base}/v1/health`).then(
        (r) => r.ok,
        () => false,
      ),
    90_000,
  )

  // A page with a plain textarea editor, on 127.0.0.1 (allowlisted by default).
  site = createHttp((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(
      `<!doctype html><meta charset="utf-8"><textarea id="ed" rows="8" cols="60">某局2023年工作总结\n一、主要工作\n党建与业务融合不够紧密，“${PHRASE}”问题仍然存在。</textarea>`,
    )
  }).listen(0, '127.0.0.1')

  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
    viewport: { width: 1100, height: 900 },
  })
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  extId = new URL(sw.url()).host
}, 180_000)

afterAll(async () => {
  await context?.close()
  site?.close()
  if (worker?.pid) process.kill(-worker.pid, 'SIGTERM')
  rmSync(dir, { recursive: true, force: true })
})

async function openAdmin(): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`chrome-extension://${extId}/admin.html`)
  await page.locator('[data-field="serverUrl"]').fill(base)
  await page.locator('[data-field="token"]').fill(TOKEN)
  await page.locator('[data-action="sign-in"]').click()
  await page.locator('[data-tab="rules"]').waitFor()
  return page
}

describe('admin page', () => {
  it('adds and edits a phrase rule, previews it on the samples, publishes, and an open editor shows it', async () => {
    // The extension syncs from this worker.
    const setup = await context.newPage()
    await setup.goto(`chrome-extension://${extId}/sidepanel.html`)
    await setup.evaluate(
      (serverUrl) =>
        (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({
          kind: 'settings/set',
          payload: { serverUrl, rulebookId: 'default', token: '' },
        }),
      base,
    )
    await setup.close()
    const editor = await context.newPage()
    await editor.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`)
    const host = editor.locator('reportlint-root')
    await expect.poll(() => host.getAttribute('data-findings'), { timeout: 20_000 }).not.toBeNull()
    const before = Number(await host.getAttribute('data-findings'))

    const admin = await openAdmin()
    await admin.locator('[data-tab="add"]').click()
    await admin.locator('[data-field="template"]').selectOption('banned-phrase')
    await admin.locator('[data-template-input="text"]').fill(PHRASE)
    await admin.locator('[data-action="add-rule"]').click()
    // Edit the new rule through the form generated from phrase-list's schema.
    await admin.locator('[data-tab="rules"]').click()
    const rule = admin.locator('[data-rule-id="unit-phrase"]')
    await rule.locator('.rule-desc').click()
    await rule.locator('[data-field="phrases[0].replacement"]').fill('')
    await rule.locator('[data-field="phrases[0].replacement"]').fill(PHRASE)
    await expect.poll(() => admin.locator('[data-valid]').getAttribute('data-valid')).toBe('false')
    expect(await rule.locator('[data-issue]').count()).toBeGreaterThan(0)
    await rule.locator('[data-field="phrases[0].replacement"]').fill('脱节')
    await expect.poll(() => admin.locator('[data-valid]').getAttribute('data-valid')).toBe('true')

    await admin.locator('[data-tab="publish"]').click()
    const added = admin.locator(
      '[data-sample^="f1-"] [data-effect="added"][data-rule="unit-phrase"]',
    )
    await expect.poll(() => added.count()).toBe(1)
    expect(await added.textContent()).toContain('脱节')
    expect(await admin.locator('[data-diff="draft"]').textContent()).toContain(PHRASE)
    if (SHOTS) await admin.screenshot({ path: join(SHOTS, 'admin.png'), fullPage: true })
    await admin.locator('[data-field="note"]').fill('新增“两张皮”用语规则')
    await admin.locator('[data-action="publish"]').click()
    await expect
      .poll(() => admin.locator('[role="status"]').textContent())
      .toContain('已发布第 2 版')

    const published = await (await api('')).json()
    expect(published.rules.some((r: { id: string }) => r.id === 'unit-phrase')).toBe(true)
    await admin.locator('[data-tab="history"]').click()
    await expect
      .poll(() => admin.locator('[data-version="2"] [data-note]').textContent())
      .toContain('两张皮')

    await expect
      .poll(async () => Number(await host.getAttribute('data-findings')), { timeout: 30_000 })
      .toBe(before + 1)
    await admin.close()
    await editor.close()
  })

  it('keeps the edits and shows them against the newer draft when someone else publishes first', async () => {
    const admin = await openAdmin()
    const first = admin.locator('.rule').first()
    const ruleId = await first.getAttribute('data-rule-id')
    const wasEnabled = await first.locator('[data-field="enabled"]').isChecked()
    await first.locator('[data-field="enabled"]').setChecked(!wasEnabled)

    // Someone else, holding the same draft ETag, saves and publishes.
    const draft = await api('/draft')
    const etag = draft.headers.get('ETag')!
    const theirs = await draft.json()
    theirs.description = '另一位管理员改过的说明'
    const put = await api('/draft', {
      method: 'PUT',
      body: JSON.stringify(theirs),
      headers: { 'If-Match': etag },
    })
    expect(put.status).toBe(200)
    const pub = await api('/publish', {
      method: 'POST',
      body: JSON.stringify({ note: '并发发布' }),
      headers: { 'If-Match': put.headers.get('ETag')! },
    })
    expect(pub.status).toBe(201)

    await admin.locator('[data-action="save"]').click()
    const conflict = admin.locator('[data-view="conflict"]')
    await conflict.waitFor()
    // My edit is still on screen and in the diff against theirs.
    expect(
      await admin.locator(`[data-rule-id="${ruleId}"] [data-field="enabled"]`).isChecked(),
    ).toBe(!wasEnabled)
    expect(await conflict.locator('[data-diff="conflict"]').textContent()).toContain('"enabled"')

    await admin.locator('[data-action="use-merged"]').click()
    await admin.locator('[data-action="save"]').click()
    await expect.poll(() => admin.locator('[role="status"]').textContent()).toContain('草稿已保存')
    const saved = await (await api('/draft')).json()
    expect(saved.description).toBe('另一位管理员改过的说明')
    expect(saved.rules.find((r: { id: string }) => r.id === ruleId).enabled).toBe(!wasEnabled)
    await admin.close()
  })
})
