// Word's automatic list numbers counted as Word counts them and written into document.xml as text.

import { describe, expect, it } from 'vitest'
import { withListNumbers } from '../../../shared/docx/list-numbers'
import { readDefinitions, writeListNumbers } from '../../../shared/docx/word-numbering'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>` +
  `<w:lvlText w:val="${text}"/>${extra}</w:lvl>`

/** The 公文 outline: 一、 （一） 1. （1）, as abstract list 0, used by list 1. */
const GONGWEN =
  lvl(0, 'chineseCounting', '%1、') +
  lvl(1, 'chineseCounting', '（%2）') +
  lvl(2, 'decimal', '%3.') +
  lvl(3, 'decimal', '（%4）')

function numbering(abstracts: string, nums: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstracts}${nums}</w:numbering>`
}

const abstract = (id: number, levels: string) =>
  `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`
const num = (id: number, abstractId: number, overrides = '') =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`

/** A paragraph on list `numId` at level `ilvl` (no numPr when numId is undefined). */
function p(text: string, numId?: number, ilvl = 0, props = ''): string {
  const numPr =
    numId === undefined
      ? ''
      : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`
  return `<w:p><w:pPr>${props}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
}

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`
}

/** Each paragraph's text as a reader sees it after the numbers are written in. */
function lines(body: string, numberingXml: string, stylesXml = ''): string[] {
  const out = writeListNumbers(documentXml(body), readDefinitions(numberingXml, stylesXml))
  return [...out.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) =>
    [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  )
}

describe('writeListNumbers', () => {
  const defs = numbering(abstract(0, GONGWEN), num(1, 0))

  it('numbers the 公文 outline levels and restarts each level under its parent', () => {
    const body = [
      p('主要工作', 1, 0),
      p('抓学习', 1, 1),
      p('集中学习', 1, 2),
      p('专题学习', 1, 2),
      p('抓建设', 1, 1),
      p('制度建设', 1, 2),
      p('第一项', 1, 3),
      p('正文段落'),
      p('存在问题', 1, 0),
      p('学习不够', 1, 1),
    ].join('')
    expect(lines(body, defs)).toEqual([
      '一、主要工作',
      '（一）抓学习',
      '1.集中学习',
      '2.专题学习',
      '（二）抓建设',
      '1.制度建设',
      '（1）第一项',
      '正文段落',
      '二、存在问题',
      '（一）学习不够',
    ])
  })

  it('continues one count across lists of the same definition; a start override restarts it', () => {
    const restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    const xml = numbering(abstract(0, GONGWEN), num(1, 0) + num(2, 0) + num(3, 0, restart))
    const body = [p('甲', 1), p('乙', 2), p('丙', 3), p('丁', 3)].join('')
    expect(lines(body, xml)).toEqual(['一、甲', '二、乙', '一、丙', '二、丁'])
  })

  it('keeps counting a level that never restarts, and shows parent numbers in 1.1 style', () => {
    const levels =
      lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2', '<w:lvlRestart w:val="0"/>')
    const xml = numbering(abstract(0, levels), num(1, 0))
    const body = [p('a', 1, 0), p('b', 1, 1), p('c', 1, 0), p('d', 1, 1)].join('')
    expect(lines(body, xml)).toEqual(['1.a', '1.1b', '2.c', '2.2d'])
  })

  it('takes numbering from the paragraph style and its basedOn chain; numId 0 switches it off', () => {
    const styles =
      `<w:styles ${W}>` +
      `<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="MyH1"><w:basedOn w:val="H1"/></w:style></w:styles>`
    const body = [
      p('总体情况', undefined, 0, '<w:pStyle w:val="H1"/>'),
      p('主要做法', undefined, 0, '<w:pStyle w:val="MyH1"/>'),
      `<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>`,
    ].join('')
    expect(lines(body, defs, styles)).toEqual(['一、总体情况', '二、主要做法', '不编号'])
  })

  it('ignores the old numbering of a tracked change and the mc:Choice copy of a text box', () => {
    const changed =
      `<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>` +
      `<w:r><w:t>改为不编号</w:t></w:r></w:p>`
    const choice = `<mc:AlternateContent><mc:Choice Requires="wps">${p('框内', 1)}</mc:Choice><mc:Fallback>${p('框内', 1)}</mc:Fallback></mc:AlternateContent>`
    expect(lines(p('甲', 1) + changed + choice + p('乙', 1), defs)).toEqual([
      '一、甲',
      '改为不编号',
      '框内',
      '二、框内',
      '三、乙',
    ])
  })

  it('leaves bullets and formats it cannot render without a number', () => {
    const levels = lvl(0, 'bullet', '●') + lvl(1, 'hebrew1', '%2.')
    const xml = numbering(abstract(0, levels), num(1, 0))
    expect(lines(p('要点', 1, 0) + p('细目', 1, 1), xml)).toEqual(['要点', '细目'])
  })

  it('escapes the number text for XML', () => {
    const xml = numbering(abstract(0, lvl(0, 'decimal', '&lt;%1&gt;')), num(1, 0))
    const out = writeListNumbers(documentXml(p('甲', 1)), readDefinitions(xml))
    expect(out).toContain('<w:t xml:space="preserve">&lt;1&gt;</w:t>')
  })
})

describe('withListNumbers', () => {
  it('returns bytes that are not a .docx unchanged', async () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004 not really a zip')
    expect(await withListNumbers(bytes)).toBe(bytes)
  })
})
