/**
 * Renders the extension icon (extension/public/icon/<size>.png, picked up by WXT) from one SVG with
 * Debian's Chromium: `npx tsx scripts/make-icons.ts`. The PNGs are committed; run this after
 * changing the drawing.
 */

import { mkdirSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const SIZES = [16, 32, 48, 128]

/** A red 公文 page with ruled lines and a check mark; no text, so no font is needed. */
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="24" fill="#b3261e"/>
  <rect x="30" y="20" width="60" height="82" rx="6" fill="#fff"/>
  <rect x="40" y="34" width="40" height="7" rx="3" fill="#b3261e"/>
  <rect x="40" y="50" width="40" height="5" rx="2.5" fill="#c9c9c9"/>
  <rect x="40" y="62" width="28" height="5" rx="2.5" fill="#c9c9c9"/>
  <circle cx="88" cy="94" r="22" fill="#1e7d32" stroke="#fff" stroke-width="6"/>
  <path d="M77 94 l8 8 l15 -16" fill="none" stroke="#fff" stroke-width="7"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>`

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  const out = new URL('../extension/public/icon/', import.meta.url)
  mkdirSync(out, { recursive: true })
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } })
      await page.setContent(
        `<meta charset="UTF-8"><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      )
      writeFileSync(new URL(`${size}.png`, out), await page.screenshot({ omitBackground: true }))
      await page.close()
    }
  } finally {
    await browser.close()
  }
  console.log(`icons: ${SIZES.join(', ')} px in extension/public/icon/`)
}

main().catch((error) => {
  console.error(`make-icons: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
