// End-to-end: a canvas-drawn editor (腾讯文档) gets the notice pointing to the side panel, never
// "no problems". The site's name is sent to a local HTTPS server with a throw-away certificate.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, inject, it } from 'vitest'
import { launchWithExtension, type ExtensionBrowser } from './support/browser'

let browser: ExtensionBrowser | undefined
let server: Server | undefined
afterAll(async () => {
  await browser?.close()
  server?.close()
})

/** A self-signed certificate for docs.qq.com, made with Debian's openssl. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-cert-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=docs.qq.com',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  )
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }
}

it('shows the canvas notice on 腾讯文档 and lints nothing there', async () => {
  server = createServer(certificate(), (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        '<!doctype html><meta charset="UTF-8"><title>腾讯文档</title><canvas width="600" height="400"></canvas><textarea>今年以来,我局加强管理。</textarea>',
      ),
  )
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()))
  const port = (server.address() as AddressInfo).port
  browser = await launchWithExtension(inject('extensionDir'), [
    `--host-resolver-rules=MAP docs.qq.com 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
  ])
  const page = await browser.context.newPage()
  await page.goto('https://docs.qq.com/doc/abc')
  const root = page.locator('reportlint-root[data-canvas]')
  await expect.poll(() => root.count(), { timeout: 10_000 }).toBe(1)
  expect(await root.getAttribute('data-canvas')).toBe('腾讯文档')
  const notice = page.locator('reportlint-root [data-notice]')
  expect(await notice.textContent()).toContain('这不表示没有问题')
  expect(await notice.locator('[data-action="open-sidepanel"]').isVisible()).toBe(true)
  // the page's own textarea is not underlined: nothing on a canvas editor claims "no problems"
  expect(await root.getAttribute('data-findings')).toBeNull()
  expect(await page.locator('reportlint-root .u').count()).toBe(0)
  // 知道了 closes it
  await notice.locator('[data-action="close"]').click()
  await expect.poll(() => notice.count()).toBe(0)
})
