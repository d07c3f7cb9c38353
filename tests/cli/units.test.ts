// The CLI's pure parts: argument parsing, decoding, Markdown stripping, output formatting.

import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../cli/args'
import { decodeText } from '../../cli/decode'
import { isHeadingStyle, paragraphsToText } from '../../cli/docx'
import { CliError } from '../../cli/errors'
import { formatJson, formatText, summary } from '../../cli/format'
import { stripMarkdown } from '../../cli/markdown'
import { unwrapRulebook } from '../../cli/rulebook'
import { defaultRulebook, type Finding } from '../../shared/index'
import { encodeGb18030 } from './gb18030'

describe('parseArgs', () => {
  it('reads files and options in any order, with = or a separate value', () => {
    expect(parseArgs(['check', 'a.txt', '--format=json', 'b.md', '--rulebook', 'r.json'])).toEqual({
      command: 'check',
      files: ['a.txt', 'b.md'],
      format: 'json',
      rulebook: 'r.json',
    })
    expect(parseArgs(['check', '--', '--odd-name.txt'])).toMatchObject({
      files: ['--odd-name.txt'],
    })
    expect(parseArgs(['check', 'a.txt'])).toMatchObject({ format: 'text', rulebook: undefined })
  })

  it('answers --help and --version before anything else', () => {
    expect(parseArgs(['check', '--help'])).toEqual({ command: 'help' })
    expect(parseArgs(['-v'])).toEqual({ command: 'version' })
  })

  it.each([
    [[]],
    [['check']],
    [['fix', 'a.txt']],
    [['check', 'a.txt', '--format']],
    [['check', 'a.txt', '--format', 'html']],
    [['check', 'a.txt', '--rulebook']],
    [['check', 'a.txt', '--quiet']],
  ])('refuses %j with a CliError', (args) => {
    expect(() => parseArgs(args)).toThrow(CliError)
  })
})

describe('decodeText', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s)

  it('reads UTF-8 and strips its BOM', () => {
    expect(decodeText(utf8('一、总体情况'))).toEqual({ text: '一、总体情况', encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('报告')])).text).toBe('报告')
  })

  it('falls back to GB18030 for invalid UTF-8', () => {
    const text = '关于2023年度工作情况的报告\r\n一、主要工作'
    expect(decodeText(encodeGb18030(text))).toEqual({ text, encoding: 'gb18030' })
  })

  it('reads GB18030 four-byte characters outside GBK', () => {
    // U+20000 𠀀 is 95 32 82 36 in GB18030.
    const bytes = new Uint8Array([...encodeGb18030('人名'), 0x95, 0x32, 0x82, 0x36])
    expect(decodeText(bytes).text).toBe('人名𠀀')
  })

  it('refuses binary data', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 8]))).toThrow(CliError)
    const controls = new Uint8Array(100).map((_, i) => (i % 3 ? 0x41 : 0x01))
    expect(() => decodeText(controls)).toThrow(/二进制/)
  })
})

describe('stripMarkdown', () => {
  it('removes ATX heading marks and maps offsets back to the original', () => {
    const source = '# 标题\r\n正文\n### （一）子项'
    const { text, toOriginal } = stripMarkdown(source)
    expect(text).toBe('标题\r\n正文\n（一）子项')
    expect(source[toOriginal(text.indexOf('标'))]).toBe('标')
    expect(source[toOriginal(text.indexOf('正'))]).toBe('正')
    expect(source[toOriginal(text.indexOf('（'))]).toBe('（')
    expect(toOriginal(text.length)).toBe(source.length)
  })

  it('leaves #hashtags and numbered text alone', () => {
    expect(stripMarkdown('#话题 不是标题\n1. 第一').text).toBe('#话题 不是标题\n1. 第一')
  })
})

describe('docx paragraphs', () => {
  it('recognises English and Chinese Word heading styles', () => {
    for (const s of ['Heading 1', 'heading 3', '标题 1', '标题1', 'Title', '标题'])
      expect(isHeadingStyle(s)).toBe(true)
    for (const s of ['Normal', '正文', 'List Paragraph', undefined, null])
      expect(isHeadingStyle(s)).toBe(false)
  })

  it('gives one line per paragraph and trims headings', () => {
    const text = paragraphsToText([
      { text: '  一、总体情况 ', heading: true },
      { text: '\u3000\u3000正文。  ', heading: false },
    ])
    expect(text).toBe('一、总体情况\n\u3000\u3000正文。')
  })
})

describe('formatting', () => {
  const finding: Finding = {
    ruleId: 'numbering-skip',
    category: 'numbering',
    severity: 'error',
    message: '（三）之前缺少（二）',
    start: 10,
    end: 13,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 4,
    excerpt: '（三）',
  }
  const results = [
    { file: 'a.txt', findings: [finding, { ...finding, severity: 'warning' as const, line: 5 }] },
    { file: 'b.txt', findings: [] },
  ]

  it('writes one compiler-style line per finding and a summary', () => {
    expect(formatText(results).split('\n')).toEqual([
      'a.txt:3:1  error    （三）之前缺少（二）  numbering-skip',
      'a.txt:5:1  warning  （三）之前缺少（二）  numbering-skip',
      '2 个文件，2 个问题：1 个错误，1 个警告，0 个提示',
    ])
    expect(summary([{ file: 'b.txt', findings: [] }])).toBe('1 个文件，没有发现问题')
  })

  it('writes the JSON contract', () => {
    const out = JSON.parse(formatJson(defaultRulebook, results))
    expect(Object.keys(out)).toEqual(['rulebook', 'files', 'findings'])
    expect(out.rulebook).toEqual({ id: defaultRulebook.id, version: defaultRulebook.version })
    expect(out.findings).toHaveLength(2)
    expect(out.files[1]).toEqual({ file: 'b.txt', findings: [] })
  })

  it('unwraps the worker envelope but keeps a bare rulebook', () => {
    expect(unwrapRulebook({ rulebook: { id: 'x' } })).toEqual({ id: 'x' })
    expect(unwrapRulebook({ id: 'x', rules: [] })).toEqual({ id: 'x', rules: [] })
  })
})
