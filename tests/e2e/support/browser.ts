/** Launches Debian Chromium with the built extension (new headless mode) and talks to its service worker. */

import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core'
import { inject } from 'vitest'
import { deadUrl } from './server'

export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export interface ExtensionBrowser {
  context: BrowserContext
  worker: Worker
  extensionId: string
  /** The profile folder (Chromium writes DevToolsActivePort there when asked for a debugging port). */
  profile: string
  /** Opens an extension page such as `options.html` or `sidepanel.html`. */
  openExtensionPage(path: string): Promise<Page>
  /** Points the extension at a rulebook server (a dead URL simulates the worker being down) and forgets any cached rulebook. */
  useServer(serverUrl: string, token?: string): Promise<void>
  close(): Promise<void>
}

/**
 * Launches Chromium with the extension (in e2e tests pass `inject('extensionDir')`, a snapshot of the
 * build that parallel rebuilds cannot disturb); the first sync attempt (on install) has finished when it resolves.
 */
export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  /** More Chromium switches, e.g. host resolver rules that send a real site's name to a local server. */
  extraArgs: string[] = [],
): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error('build the extension first: npx wxt build')
  const profile = mkdtempSync(join(tmpdir(), 'reportlint-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
  })
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  const extensionId = new URL(worker.url()).host
  // Wait for the install-time sync to settle so it cannot overwrite what a test sets up.
  await worker.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      if ((await chrome.storage.local.get('syncStatus')).syncStatus) return
      await new Promise((r) => setTimeout(r, 50))
    }
  })
  return {
    context,
    worker,
    extensionId,
    profile,
    async openExtensionPage(path) {
      const page = await context.newPage()
      await page.goto(`chrome-extension://${extensionId}/${path}`)
      return page
    },
    async useServer(serverUrl, token = '') {
      await worker.evaluate(
        async ({ serverUrl, token }) => {
          await chrome.storage.local.remove(['rulebookCache', 'syncStatus'])
          await chrome.storage.local.set({
            settings: { serverUrl, token, rulebookId: 'default', syncMinutes: 60 },
          })
        },
        { serverUrl, token },
      )
    },
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>
      set(items: Record<string, unknown>): Promise<void>
      remove(keys: string[]): Promise<void>
    }
  }
}

/**
 * The e2e build of the extension with its rulebook server unreachable, as for a writer whose worker
 * is down: it lints with the bundled default rulebook.
 */
export async function launchOffline(extraArgs: string[] = []): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension(inject('extensionDir'), extraArgs)
  await browser.useServer(await deadUrl())
  return browser
}
