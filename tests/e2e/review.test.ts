// End to end: the side panel of the built extension in Chromium — paste, .docx, outline gaps, export.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lint } from '../../shared/index'
import { wordListDocx, type ListRow } from '../support/word-lists'

const EXTENSION = resolve(process.env.REPORTLINT_EXTENSION_DIR ?? '.output/chrome-mv3')
const SHOTS = process.env.REPORTLINT_SCREENSHOTS ? resolve('docs/screenshots') : null
const SAMPLE = readFileSync(
  resolve('tests/fixtures/samples/f1-county-tax-party-building-2022.txt'),
  'utf8',
)

let context: BrowserContext
let panel: Page
let profile: string

/** The rule ids the engine finds, as a sorted multiset, to compare with what the panel lists. */
const ruleIds = (text: string) =>
  lint(text)
    .map((f) => f.ruleId)
    .sort()
const shownRuleIds = async (page: Page) =>
  (
    await page
      .locator('[data-view="findings"] [data-rule]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')!))
  ).sort()

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'reportlint-review-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Extensions load only in the new headless mode, asked for by flag; Playwright's default
    // --disable-extensions and Chromium's switch-off of --load-extension are both undone here.
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
    acceptDownloads: true,
    viewport: { width: 420, height: 900 },
  })
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  const id = new URL(worker.url()).host
  panel = await context.newPage()
  await panel.goto(`chrome-extension://${id}/sidepanel.html`)
}, 60_000)

afterAll(async () => {
  await context?.close()
  rmSync(profile, { recursive: true, force: true })
})

async function paste(text: string) {
  await panel.locator('textarea[data-input]').fill(text)
  await panel.locator('[data-action="check"]').click()
  await panel.locator('.summary').waitFor()
}

describe('side panel', () => {
  it('checks pasted text and lists the engine findings grouped by section', async () => {
    await paste(SAMPLE)
    const expected = ruleIds(SAMPLE)
    expect(expected).toContain('numbering-skip')
    await expect.poll(() => shownRuleIds(panel)).toEqual(expected)
    expect(await panel.locator('.summary').getAttribute('data-total')).toBe(String(expected.length))
    const skip = panel.locator('[data-rule="numbering-skip"]').first()
    await expect
      .poll(() => skip.locator('xpath=ancestor::section[1]/h3').textContent())
      .toContain('（四）')
    if (SHOTS) await panel.screenshot({ path: join(SHOTS, 'sidepanel.png'), fullPage: true })
  })

  it('filters findings by text', async () => {
    await paste(SAMPLE)
    const all = (await shownRuleIds(panel)).length
    await panel.locator('[data-filter-query]').fill('缺少')
    const shown = await panel.locator('[data-view="findings"] [data-rule]').allTextContents()
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThanOrEqual(all)
    for (const t of shown) expect(t).toContain('缺少')
    await panel.locator('[data-filter-query]').fill('')
  })

  it('draws the outline with the planted gap as a ghost node in place', async () => {
    await paste(
      '某局2023年工作总结\n一、主要工作\n（一）甲\n（二）乙\n（三）丙\n（四）丁\n（六）己\n二、存在的问题\n三、下一步打算',
    )
    await panel.locator('[data-tab="outline"]').click()
    const items = await panel.locator('.outline [data-level="2"]').allTextContents()
    expect(items.map((t) => t.slice(0, 3))).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
    ])
    const ghost = panel.locator('[data-outline="missing"]')
    await expect.poll(() => ghost.count()).toBe(1)
    expect(await ghost.textContent()).toBe('（五）缺失')
    await panel.locator('[data-tab="findings"]').click()
  })

  it('reads an uploaded .docx, headings by style, and finds what the engine finds in its text', async () => {
    const paragraphs: [string, (typeof HeadingLevel)[keyof typeof HeadingLevel] | null][] = [
      ['某局2023年度工作总结', HeadingLevel.TITLE],
      ['一、主要工作开展情况', HeadingLevel.HEADING_1],
      ['（一）抓学习', HeadingLevel.HEADING_2],
      ['全年组织学习XX次,开展调研12次。', null],
      ['（三）抓落实', HeadingLevel.HEADING_2],
      ['二、存在的问题', HeadingLevel.HEADING_1],
      ['二、下一步工作打算', HeadingLevel.HEADING_1],
      ['经验体会', HeadingLevel.HEADING_1],
      ['坚持问题导向，，推动工作落实。', null],
    ]
    const doc = new Document({
      sections: [
        {
          children: paragraphs.map(
            ([text, heading]) => new Paragraph({ text, ...(heading && { heading }) }),
          ),
        },
      ],
    })
    const file = join(profile, '工作总结.docx')
    writeFileSync(file, await Packer.toBuffer(doc))
    const text = paragraphs.map(([t]) => t).join('\n')
    const expected = ruleIds(text)
    expect(expected).toEqual(expect.arrayContaining(['numbering-skip', 'numbering-duplicate']))

    await panel.locator('input[data-input-file]').setInputFiles(file)
    await expect.poll(() => panel.locator('.source-name').textContent()).toBe('工作总结.docx')
    await expect.poll(() => shownRuleIds(panel)).toEqual(expected)
    // A heading style without a marker still opens a section of its own.
    const headings = await panel.locator('[data-view="findings"] h3').allTextContents()
    if (
      expected.length >
      ruleIds(
        paragraphs
          .slice(0, 7)
          .map(([t]) => t)
          .join('\n'),
      ).length
    )
      expect(headings).toContain('经验体会')
  })

  it('reads the numbers Word draws in an uploaded .docx as the writer sees them', async () => {
    // Word draws 一、 and (一) (half-width brackets: a defect); 三、 is typed after two Word numbers.
    const rows: ListRow[] = [
      ['关于2024年工作情况的报告', null],
      ['主要工作', 0],
      ['抓学习', 1],
      ['抓建设', 1],
      ['存在问题', 0],
      ['三、下一步打算', null],
    ]
    const file = join(profile, '自动编号.docx')
    writeFileSync(file, await wordListDocx(rows, '(%2)'))
    const seen = [
      '关于2024年工作情况的报告',
      '一、主要工作',
      '(一)抓学习',
      '(二)抓建设',
      '二、存在问题',
    ]
    const expected = ruleIds([...seen, '三、下一步打算'].join('\n'))
    expect(expected).toContain('numbering-halfwidth-paren')
    expect(expected).not.toContain('numbering-start')

    await panel.locator('input[data-input-file]').setInputFiles(file)
    await expect.poll(() => panel.locator('.source-name').textContent()).toBe('自动编号.docx')
    await expect.poll(() => shownRuleIds(panel)).toEqual(expected)
  })

  it('exports a printable HTML report with every finding, and Markdown', async () => {
    await paste(SAMPLE)
    const findings = lint(SAMPLE)
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.locator('[data-action="export"]').click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.html$/)
    const html = readFileSync((await download.path())!, 'utf8')
    expect(html).toContain('<svg')
    expect(html.match(/<tr data-rule=/g)?.length).toBe(findings.length)
    for (const f of findings)
      expect(html).toContain(
        f.message
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;')
          .replace(/"/g, '&quot;'),
      )
    const [md] = await Promise.all([
      panel.waitForEvent('download'),
      panel.locator('[data-action="export-md"]').click(),
    ])
    expect(readFileSync((await md.path())!, 'utf8')).toContain('## 问题清单')
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true })
      const report = await context.newPage()
      await report.setViewportSize({ width: 900, height: 1000 })
      await report.setContent(html)
      await report.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true })
      await report.close()
    }
  })

  it('previews all certain fixes as one diff and applies them only on confirm', async () => {
    const text = '某局工作总结\n一、主要工作\n（一）、抓学习\n（二）、抓落实'
    const fixable = lint(text).filter((f) => f.fix)
    await paste(text)
    const button = panel.locator('[data-action="apply-all"]')
    if (!fixable.length) return expect(await button.isDisabled()).toBe(true)
    await button.click()
    await panel.locator('[data-view="fix-preview"]').waitFor()
    expect(await panel.locator('textarea[data-input]').inputValue()).toBe(text)
    expect(await panel.locator('.op-del').count()).toBeGreaterThan(0)
    await panel.locator('[data-action="confirm-fixes"]').click()
    await expect.poll(() => panel.locator('textarea[data-input]').inputValue()).not.toBe(text)
    const after = await panel.locator('textarea[data-input]').inputValue()
    expect(lint(after).filter((f) => f.fix)).toEqual([])
  })
})
