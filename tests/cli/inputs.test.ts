// The CLI on files as Windows and Word write them: GB18030/GBK, BOMs, UTF-16, CRLF and .docx headings.

import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { afterAll, describe, expect, it } from 'vitest'
import { wordListDocx, type ListRow } from '../support/word-lists'
import { encodeGb18030 } from './gb18030'
import { runCli, tempDir } from './run-cli'
import { DEFECT_LINE, DEFECTIVE } from './texts'

const tmp = tempDir('inputs')
afterAll(() => tmp.remove())

interface Out {
  files: {
    file: string
    findings: { ruleId: string; severity: string; line: number; column: number; excerpt: string }[]
  }[]
}

async function checkJson(path: string): Promise<{ code: number; out: Out }> {
  const { code, stdout, stderr } = await runCli(['check', path, '--format', 'json'])
  expect(stderr).toBe('')
  return { code, out: JSON.parse(stdout) }
}

function skipFinding(out: Out) {
  return out.files[0].findings.find((f) => f.ruleId === 'numbering-skip')
}

describe('text encodings', () => {
  it('encodes the test text as real GBK bytes', () => {
    // 中 = D6 D0, 文 = CE C4 in GB2312/GBK/GB18030, independent of the decoder the table came from.
    expect([...encodeGb18030('中文')]).toEqual([0xd6, 0xd0, 0xce, 0xc4])
  })

  it('decodes a GB18030 (Windows "ANSI") file and finds the same defect at the same place', async () => {
    const bytes = encodeGb18030(DEFECTIVE.replace(/\n/g, '\r\n'))
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const { code, out } = await checkJson(tmp.write('gbk.txt', bytes))
    expect(code).toBe(1)
    expect(skipFinding(out)).toMatchObject({ line: DEFECT_LINE, column: 1, excerpt: '（三）' })
  })

  it('strips a UTF-8 BOM, so columns on the first line are not shifted', async () => {
    const text = '（一）甲\n（三）乙'
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    const { out } = await checkJson(tmp.write('bom.txt', bom))
    expect(skipFinding(out)).toMatchObject({ line: 2, column: 1, excerpt: '（三）' })
    const lines = out.files[0].findings.map((f) => JSON.stringify(f))
    expect(lines.join('\n')).not.toContain('\ufeff')
  })

  it('reads UTF-16 LE with a BOM (Notepad "Unicode")', async () => {
    const text = DEFECTIVE
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8
    }
    const { code, out } = await checkJson(tmp.write('utf16.txt', bytes))
    expect(code).toBe(1)
    expect(skipFinding(out)).toMatchObject({ line: DEFECT_LINE, excerpt: '（三）' })
  })
})

describe('.docx', () => {
  async function writeDocx(name: string, paragraphs: Paragraph[]): Promise<string> {
    const doc = new Document({ sections: [{ children: paragraphs }] })
    return tmp.write(name, new Uint8Array(await Packer.toBuffer(doc)))
  }

  it('reads Word paragraphs, heading styles as heading lines, and finds a numbering gap', async () => {
    const path = await writeDocx('report.docx', [
      new Paragraph({ text: '关于2024年上半年工作情况的报告', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: '一、主要工作', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '（一）抓好学习', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ children: [new TextRun('上半年组织集中学习12次。')] }),
      // Word indentation typed as spaces before a heading must not hide its number.
      new Paragraph({ text: '  三、下一步打算', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '继续推进各项工作。' }),
    ])
    const { code, out } = await checkJson(path)
    expect(code).toBe(1)
    expect(skipFinding(out)).toMatchObject({ line: 5, column: 1, excerpt: '三、' })
  })

  it('keeps a heading split by a soft line break on one line', async () => {
    const path = await writeDocx('soft-break.docx', [
      new Paragraph({ text: '一、主要工作', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun('三、下一步'), new TextRun({ text: '打算', break: 1 })],
      }),
    ])
    const { out } = await checkJson(path)
    expect(skipFinding(out)).toMatchObject({ line: 2, column: 1, excerpt: '三、' })
  })

  it('checks a clean Word report without errors', async () => {
    const path = await writeDocx('clean.docx', [
      new Paragraph({ text: '一、主要工作', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '（一）抓好学习', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: '（二）抓好建设', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: '二、下一步打算', heading: HeadingLevel.HEADING_1 }),
    ])
    const { code, out } = await checkJson(path)
    expect(out.files[0].findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(code).toBe(0)
  })
})

describe('.docx with Word automatic list numbering', () => {
  const listDocx = async (name: string, rows: ListRow[], second?: string) =>
    tmp.write(name, await wordListDocx(rows, second))

  const REPORT: ListRow[] = [
    ['关于2024年工作情况的报告', null],
    ['市人民政府：', null],
    ['主要工作', 0],
    ['抓学习', 1],
    ['集中学习', 2],
    ['专题学习', 2],
    ['抓建设', 1],
    ['存在问题', 0],
    ['学习不够深入。', null],
  ]
  const SIGNED: ListRow[] = [
    ['继续抓好各项工作落实。', null],
    ['县统计局', null],
    ['2024年12月20日', null],
  ]

  it('reads the numbers Word draws, so a number typed after them follows on without a false gap', async () => {
    const path = await listDocx('auto.docx', [...REPORT, ['三、下一步打算', null], ...SIGNED])
    const { code, out } = await checkJson(path)
    expect(out.files[0].findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(code).toBe(0)
  })

  it('finds a gap between Word numbers and a typed one', async () => {
    const path = await listDocx('auto-gap.docx', [...REPORT, ['四、下一步打算', null], ...SIGNED])
    const { code, out } = await checkJson(path)
    expect(code).toBe(1)
    expect(skipFinding(out)).toMatchObject({ line: 10, column: 1, excerpt: '四、' })
  })

  it('checks the form of a Word list level: half-width brackets in (一)', async () => {
    const path = await listDocx('auto-halfwidth.docx', REPORT, '(%2)')
    const { code, out } = await checkJson(path)
    expect(code).toBe(1)
    const found = out.files[0].findings.find((f) => f.ruleId === 'numbering-halfwidth-paren')
    expect(found).toMatchObject({ line: 4, column: 1, excerpt: '(一)' })
  })
})
