// Hardening: a 2 MB textarea and a 2 MB contenteditable stay responsive while the checker runs (latency printed, never asserted).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchOffline, type ExtensionBrowser } from './support/browser'
import { latencyFigures, recordLatency, typeLikeAWriter } from './support/latency'
import { serveDir, type Served } from './support/server'

/** About 2 MB of report text (UTF-16 code units), with a fixable defect in every section. */
function hugeReport(): string[] {
  const lines = ['关于2024年工作情况的报告']
  let size = 0
  for (let i = 1; size < 2_000_000; i++) {
    const block = [
      `第${i}部分 工作情况`,
      `今年以来,我局加强管理，取得了明显成效。全年组织学习${i}次，开展调研12次，推动各项工作落实落细。`,
      '一是加强学习，二是强化落实，三是严格考核，不断提升工作质量和效率，确保各项任务按时完成。',
    ]
    lines.push(...block)
    size += block.join('\n').length + 1
  }
  return lines
}

const TYPED = 'abcdefghij'.repeat(5)
const PAGE_STYLE = 'body{font:16px/1.8 "Noto Sans CJK SC",sans-serif;margin:24px}'

let browser: ExtensionBrowser
let site: Served
let lines: string[]

beforeAll(async () => {
  lines = hugeReport()
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-huge-'))
  const page = (body: string, script: string) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><style>${PAGE_STYLE}</style></head>` +
    `<body>${body}<script src="seed.js"></script><script>${script}</script></body></html>`
  writeFileSync(join(dir, 'seed.js'), `window.LINES = ${JSON.stringify(lines)}`)
  writeFileSync(
    join(dir, 'textarea.html'),
    page(
      '<textarea id="editor" style="width:700px;height:500px;font:inherit"></textarea>',
      `const ta = document.getElementById('editor'); ta.value = LINES.join('\\n')
       window.editorText = () => ta.value
       window.caretAtEnd = () => ta.selectionStart === ta.value.length && ta.selectionEnd === ta.value.length`,
    ),
  )
  writeFileSync(
    join(dir, 'contenteditable.html'),
    page(
      '<div id="editor" contenteditable="true" style="height:500px;overflow:auto;border:1px solid #ccc"></div>',
      `const ed = document.getElementById('editor')
       const frag = document.createDocumentFragment()
       for (const l of LINES) { const p = document.createElement('p'); p.textContent = l; frag.append(p) }
       ed.append(frag)
       window.editorText = () => [...ed.querySelectorAll('p')].map((p) => p.textContent).join('\\n')
       window.caretAtEnd = () => { const s = getSelection(), last = ed.lastElementChild.firstChild
         return s.isCollapsed && s.anchorNode === last && s.anchorOffset === last.data.length }`,
    ),
  )
  site = await serveDir(dir)
  browser = await launchOffline()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

async function caretToEnd(page: Page): Promise<void> {
  await page.evaluate(() => {
    const ed = document.getElementById('editor')!
    ed.focus()
    if (ed instanceof HTMLTextAreaElement) {
      ed.setSelectionRange(ed.value.length, ed.value.length)
    } else {
      const last = ed.lastElementChild!.firstChild as Text
      getSelection()!.collapse(last, last.data.length)
    }
  })
}

describe.each(['textarea', 'contenteditable'])('a 2 MB %s', (editor) => {
  it('takes 50 keystrokes intact with the caret at the end and no page error', async () => {
    const page = await browser.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const started = Date.now()
    await page.goto(`${site.url}/${editor}.html`)
    const before = await page.evaluate(() => (window as any).editorText() as string)
    expect(before.length).toBeGreaterThan(2_000_000)
    // The checker is running on this page: its root is there and it has found the seeded defects.
    await expect
      .poll(() => page.locator('reportlint-root').getAttribute('data-findings'), {
        timeout: 20_000,
      })
      .toMatch(/^[1-9]/)
    const ready = Date.now() - started
    await caretToEnd(page)
    await recordLatency(page)
    await typeLikeAWriter(page, TYPED)
    // Let a last re-check run, then judge the text.
    await page.waitForTimeout(600)
    const after = await page.evaluate(() => (window as any).editorText() as string)
    expect(after.length).toBe(before.length + TYPED.length)
    expect(after.endsWith(lines[lines.length - 1] + TYPED)).toBe(true)
    expect(await page.evaluate(() => (window as any).caretAtEnd())).toBe(true)
    expect(errors).toEqual([])
    const figures = await latencyFigures(page)
    expect(figures.samples).toBe(TYPED.length)
    const findings = await page.locator('reportlint-root').getAttribute('data-findings')
    console.log(
      `[huge ${editor}] ${before.length} chars, ${findings} findings, first check ${ready} ms; ` +
        `keydown→frame over ${figures.samples} keys: median ${figures.median} ms, p95 ${figures.p95} ms, max ${figures.max} ms`,
    )
    await page.close()
  }, 120_000)
})
