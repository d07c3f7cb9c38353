// End-to-end: what the toolbar shows — the extension's own icon at every size, and the popup page.
import { afterAll, expect, inject, it } from 'vitest'
import { launchWithExtension, type ExtensionBrowser } from './support/browser'

/** The part of the extension API the worker-side check uses. */
declare const chrome: {
  runtime: {
    getManifest(): {
      icons?: Record<string, string>
      action?: { default_icon?: Record<string, string> }
    }
    getURL(path: string): string
  }
}

let browser: ExtensionBrowser | undefined
afterAll(() => browser?.close())

it('has its own icon at each size and a popup that renders in Chinese', async () => {
  browser = await launchWithExtension(inject('extensionDir'))
  const icons = await browser.worker.evaluate(async () => {
    const manifest = chrome.runtime.getManifest()
    const declared = { ...manifest.icons, ...manifest.action?.default_icon }
    const sizes: Record<string, [number, number]> = {}
    for (const [size, path] of Object.entries(declared)) {
      const bytes = new DataView(await (await fetch(chrome.runtime.getURL(path))).arrayBuffer())
      // PNG signature, then the IHDR chunk's width and height
      if (bytes.getUint32(0) !== 0x89504e47) throw new Error(`${path} is not a PNG`)
      sizes[size] = [bytes.getUint32(16), bytes.getUint32(20)]
    }
    return { sizes, action: Object.keys(manifest.action?.default_icon ?? {}) }
  })
  for (const size of ['16', '32', '48', '128'])
    expect(icons.sizes[size], size).toEqual([Number(size), Number(size)])
  expect(icons.action).toEqual(['16', '32', '48'])

  const popup = await browser.openExtensionPage('popup.html')
  await expect.poll(() => popup.locator('h1').textContent()).toBe('公文规范检查')
  // opened as a tab, the active tab is the popup itself: an extension page cannot be checked
  await expect.poll(() => popup.locator('main').textContent()).toContain('此页面不能检查')
})
