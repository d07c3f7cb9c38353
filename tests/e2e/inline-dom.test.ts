// The inline checker's DOM helpers in a real Chromium (no extension): the text read from editor
// markup (caret fillers, line breaks), offsets mapped both ways, the visible box, deletions as replacements.
import { build } from 'esbuild'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let browser: Browser
let page: Page

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: `export * from './text-map'
        export { visibleBox, deletionAsReplacement } from './adapter'`,
      resolveDir: 'extension/components/inline',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'inline',
    write: false,
    logLevel: 'error',
  })
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  page = await browser.newPage({ viewport: { width: 800, height: 600 } })
  await page.setContent('<!doctype html><html><body></body></html>')
  await page.addScriptTag({ content: bundle.outputFiles[0].text })
})
afterAll(async () => {
  await browser?.close()
})

/** The text `readDom` reads from `html`, and whether every character's offset maps back to itself. */
const read = (html: string) =>
  page.evaluate((html) => {
    const { readDom, domPoint, textOffset } = (window as any).inline
    document.body.innerHTML = `<div id="root" contenteditable="true">${html}</div>`
    const map = readDom(document.getElementById('root'))
    const unmapped: number[] = []
    for (let i = 0; i < map.text.length; i++) {
      if (map.text[i] === '\n') continue
      const p = domPoint(map, i, 'start')
      if (textOffset(map, p.node, p.offset) !== i || p.node.data[p.offset] !== map.text[i])
        unmapped.push(i)
    }
    return { text: map.text as string, unmapped }
  }, html)

describe('reading editor markup', () => {
  it('reads plain paragraphs, one line each', async () => {
    expect(await read('<p>甲</p><p>乙</p>')).toEqual({ text: '甲\n乙\n', unmapped: [] })
  })

  it("leaves out Slate's empty-line filler and counts its wrapped <br> as the one empty line", async () => {
    const empty = '<span data-slate-zero-width="n" data-slate-length="0">\ufeff<br></span>'
    expect(await read(`<p><span>甲</span></p><p><span>${empty}</span></p><p>乙</p>`)).toEqual({
      text: '甲\n\n乙\n',
      unmapped: [],
    })
  })

  it('does not count a trailing <br> wrapped in inline elements of a line that has text', async () => {
    const tail = '<span data-slate-zero-width="z">\ufeff<br></span>'
    expect(await read(`<p><span>甲</span>${tail}</p><p>乙</p>`)).toEqual({
      text: '甲\n乙\n',
      unmapped: [],
    })
  })

  it("leaves out CKEditor 5's inline filler before a soft break's next line", async () => {
    const filler = '\u2060'.repeat(7)
    expect(await read(`<p>二、下一步<br>${filler}继续</p>`)).toEqual({
      text: '二、下一步\n继续\n',
      unmapped: [],
    })
  })

  it('keeps an empty paragraph of a plain <br> as an empty line', async () => {
    expect(await read('<p>甲<br></p><p><br></p><p>乙</p>')).toEqual({
      text: '甲\n\n乙\n',
      unmapped: [],
    })
  })

  it('maps a caret inside a filler to the text position it stands for', async () => {
    const at = await page.evaluate(() => {
      const { readDom, textOffset } = (window as any).inline
      document.body.innerHTML =
        '<div id="root"><p>甲</p><p><span id="z">\ufeff<br></span></p><p>\u2060\u2060乙丙</p></div>'
      const map = readDom(document.getElementById('root'))
      const last = document.querySelectorAll('p')[2].firstChild
      return [
        textOffset(map, document.getElementById('z')!.firstChild, 1),
        textOffset(map, last, 0),
        textOffset(map, last, 3),
      ]
    })
    // "甲\n" then the empty line at 2, "乙丙" from 3
    expect(at).toEqual([2, 3, 4])
  })
})

describe('the visible box', () => {
  it('is cut by a scrolling ancestor and by the viewport', async () => {
    const box = await page.evaluate(() => {
      document.body.innerHTML =
        '<div style="margin-top:20px;height:100px;overflow:auto"><div id="ed" style="height:500px"></div></div>' +
        '<div id="tall" style="height:2000px"></div>'
      const { visibleBox } = (window as any).inline
      const a = visibleBox(document.getElementById('ed'))
      const b = visibleBox(document.getElementById('tall'))
      return { a: [a.top, a.height], b: [b.bottom] }
    })
    expect(box.a[1]).toBeLessThanOrEqual(100)
    expect(box.a[1]).toBeGreaterThan(90)
    expect(box.b[0]).toBeLessThanOrEqual(600)
  })
})

describe('a deletion as a replacement', () => {
  it('keeps the character before, else the one after, else stays a deletion', async () => {
    const out = await page.evaluate(() => {
      const { deletionAsReplacement: d } = (window as any).inline
      return [
        d('明显的的成效', 3, 4),
        d('甲\n的乙', 2, 3),
        d('甲\n的\n乙', 2, 3),
        d('a😀的', 3, 4),
        d('的😀', 0, 1),
      ]
    })
    expect(out).toEqual([
      [2, 4, '的'],
      [2, 4, '乙'],
      [2, 3, ''],
      [1, 4, '😀'],
      [0, 3, '😀'],
    ])
  })
})
