// Line classification: title, 主送, headings, 附件说明 items and 落款, as the structure rules rely on them.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../shared/document/parse'
import { findEnumerators } from '../../../shared/document/enumerations'
import { defaultRulebook } from '../../../shared/index'

const kinds = (text: string) =>
  parseDocument(text, defaultRulebook.documentTypes).lines.map((l) => l.kind)

describe('title', () => {
  it('is a short first line followed by more text', () => {
    expect(kinds('关于2023年度工作情况的报告\n\n正文。')).toEqual(['title', 'blank', 'paragraph'])
  })
  it('keeps a genre-naming title with a stray full stop, so the mark can be flagged', () => {
    expect(kinds('关于2023年度工作情况的报告。\n正文。')[0]).toBe('title')
    expect(kinds('2024年全局工作要点.\r\n一、甲')[0]).toBe('title')
  })
  it('is not a first paragraph that lacks its full stop', () => {
    expect(kinds('2023年，区教育局坚持立德树人根本任务\n正文。')[0]).toBe('paragraph')
    expect(kinds('特此报告。\n正文。')[0]).toBe('paragraph')
  })
  it('does not depend on the marks a fix adds or removes (fuzz counterexamples)', () => {
    // "…" → "……" or a deleted "." must not turn a line into a title or out of one
    expect(kinds('甲乙丙…1.\r\n一、甲')[0]).toBe(kinds('甲乙丙……1.\r\n一、甲')[0])
    expect(kinds('工作报告；；\n正文。')[0]).toBe('title')
    // a line opening with an inline enumerator is a list item
    expect(kinds('首先、.\n一、甲')[0]).toBe('paragraph')
    expect(kinds('首先，.\n一、甲')[0]).toBe('paragraph')
  })
  it('may run over two or three lines (GB/T 9704 7.3.1) and names the type as a whole', () => {
    const doc = parseDocument(
      '临江县应急管理局关于2024年上半年全县\n安全生产工作情况的报告\n县人民政府：\n　　正文。',
      defaultRulebook.documentTypes,
    )
    expect(doc.lines.map((l) => l.kind)).toEqual(['title', 'title', 'recipient', 'paragraph'])
    expect(doc.titleText).toBe('临江县应急管理局关于2024年上半年全县安全生产工作情况的报告')
    expect(doc.docType?.id).toBe('situation-report')
    // a title that already ends in its genre takes no more lines
    expect(kinds('关于经费的请示\n县人民政府：\n正文。').slice(0, 2)).toEqual([
      'title',
      'recipient',
    ])
    // lines that never end in a genre are not a title's continuation
    expect(kinds('关于2024年上半年全县\n安全生产工作情况\n正文。')[1]).toBe('paragraph')
  })
  it('is not the 版头 issuer mark above it', () => {
    const doc = parseDocument(
      '临江县应急管理局文件\n\n临江县应急管理局关于安全生产工作情况的报告\n县人民政府：\n正文。',
      defaultRulebook.documentTypes,
    )
    expect(doc.title?.index).toBe(2)
    expect(doc.docType?.id).toBe('situation-report')
  })
  it('is not a lone line: a fragment has no title', () => {
    expect(kinds('关于2023年度工作情况的报告')).toEqual(['paragraph'])
  })
  it('skips download-site residue above it and detects the type', () => {
    const doc = parseDocument(
      '本文来源于网络，仅供参考。\n××县税务局2022年度党建工作总结\n正文。',
      defaultRulebook.documentTypes,
    )
    expect(doc.title?.index).toBe(1)
    expect(doc.docType?.id).toBe('work-summary')
  })
})

describe('recipient', () => {
  it('is a short line ending in a colon right after the title', () => {
    expect(kinds('关于经费的请示\n\u3000县人民政府:\n正文。')[1]).toBe('recipient')
  })
  it('is not a lead-in sentence', () => {
    expect(kinds('关于经费的报告\n现将有关情况报告如下：\n正文。')[1]).toBe('paragraph')
    expect(kinds('2024年工作总结\n全年主要做了以下四个方面工作：\n一、甲')[1]).toBe('paragraph')
  })
})

describe('headings', () => {
  it('treats approximate numbers at a line start as text', () => {
    expect(kinds('标题甲\n3、4月份集中检查。\n二、三产业协调发展。').slice(1)).toEqual([
      'paragraph',
      'paragraph',
    ])
  })
  it('keeps marker variants as headings', () => {
    const doc = parseDocument('标题甲\n(一)甲\n3、乙\n（二）、丙\n⑴丁\n2）戊\n三）己')
    expect(doc.headings.map((l) => [l.heading!.level, l.heading!.variant])).toEqual([
      [2, 'halfwidth-paren'],
      [3, 'arabic-dunhao'],
      [2, 'extra-punct'],
      [4, 'enclosed-glyph'],
      [4, 'one-paren'],
      [2, 'one-paren'],
    ])
  })
})

describe('附件说明 and 落款', () => {
  it('takes the numbered items after 附件： into the note, not the outline', () => {
    const doc = parseDocument(
      '正文。\n附件：1.台账\n\u3000\u3000\u30002.花名册\n5.序号不接续的一行',
    )
    expect(doc.lines.map((l) => l.kind)).toEqual([
      'paragraph',
      'attachment-note',
      'attachment-note',
      'heading',
    ])
  })
  it('takes an item whose name opens with a year (2.2024年…, not a heading) into the note', () => {
    expect(
      kinds('正文。\n附件：1.2024年台账\n\u3000\u3000\u30002.2024年花名册\n3.5%的增幅不是附件'),
    ).toEqual(['paragraph', 'attachment-note', 'attachment-note', 'paragraph'])
  })
  it('finds the signature above the date, across a blank line', () => {
    expect(kinds('标题甲\n正文。\n××局\n\n2024年1月15日').slice(2)).toEqual([
      'signature',
      'blank',
      'date',
    ])
    expect(kinds('标题甲\n特此报告。\n2024年1月15日')[1]).toBe('paragraph')
  })
})

describe('inline enumerators', () => {
  it('reads 第一、二季度 as a range, not an enumerator', () => {
    expect(findEnumerators('第一、二季度完成。第一、第二批验收。')).toEqual([])
  })
  it('finds 第一、 with a stray 顿号 and 一是 at clause starts only', () => {
    expect(findEnumerators('第一、压实责任；统一是前提，二是落实。').map((e) => e.text)).toEqual([
      '第一',
      '二是',
    ])
  })
  it('finds what one search with the boundary as a lookbehind finds', () => {
    // the expression as it was written before clause starts were found by a scan
    const after = '[，,]|、(?![第一二三四五六七八九十])'
    const n = '[一二三四五六七八九十]'
    const reference = new RegExp(
      `(?<=^|[。；;！？：:，,]|^[ \\u3000]+)(?:(${n}{1,3})是(?![否非])|第(${n}{1,3})(?=${after})|其(${n})(?=${after})|(首先|其次|再次|最后)(?=${after}))`,
      'g',
    )
    const pieces = [...'一二三十是否第其首先次再最后，,、；：。 \u3000甲', '十一', '其次', '最后']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        const expected = [...text.matchAll(reference)]
          .filter(
            (m) =>
              m[4] ||
              /^(?:十?[一二三四五六七八九]|十|[一二三四五六七八九]十[一二三四五六七八九]?)$/.test(
                m[1] ?? m[2] ?? m[3],
              ),
          )
          .map((m) => [m.index, m[0]])
        expect(findEnumerators(text).map((e) => [e.start, e.text])).toEqual(expected)
      }),
      { numRuns: 2000, seed: 20261125 },
    )
  })
})

describe('outline', () => {
  it('leaves the attachments after the 落款 out of the main outline', () => {
    const text = '标题甲\n一、甲\n二、乙\n××局\n2024年1月15日\n附件1\n台账\n一、说明\n二、填表要求'
    const doc = parseDocument(text)
    expect(doc.headings).toHaveLength(4)
    expect(doc.outline.map((n) => n.line.text)).toEqual(['一、甲', '二、乙'])
  })
})
