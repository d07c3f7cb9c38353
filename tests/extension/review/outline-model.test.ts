// The drawable outline: ghost nodes in gaps, marks on repeats, continued numbering and late starts.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../shared/index'
import {
  outlineProblems,
  outlineWithGaps,
  type OutlineItem,
} from '../../../extension/components/review/outline-model'

const draw = (lines: string[]) =>
  outlineWithGaps(parseDocument(['某局工作总结', ...lines].join('\n')).outline)
const flat = (items: OutlineItem[]): string[] =>
  items.flatMap((i) => [
    `${i.marker}${i.kind === 'missing' ? '缺失' : ''}${i.mark ? `!${i.mark}` : ''}`,
    ...flat(i.children),
  ])

describe('outlineWithGaps', () => {
  it('draws a ghost （五） between （四） and （六）', () => {
    const items = draw(['一、甲', '（一）a', '（二）b', '（三）c', '（四）d', '（六）f'])
    expect(flat(items)).toEqual([
      '一、',
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）缺失',
      '（六）',
    ])
    expect(items[0].children[4]).toMatchObject({ kind: 'missing', level: 2, label: '缺失' })
  })

  it('collapses a longer gap into one ranged ghost', () => {
    expect(flat(draw(['一、甲', '四、丁']))).toEqual(['一、', '二、～三、缺失', '四、'])
  })

  it('marks duplicates and backward numbers in place', () => {
    expect(flat(draw(['一、甲', '二、乙', '二、丙', '一、丁']))).toEqual([
      '一、',
      '二、',
      '二、!duplicate',
      '一、!backward',
    ])
  })

  it('tells numbering carried across parents from a late start', () => {
    const carried = draw(['一、甲', '（一）a', '（二）b', '二、乙', '（三）c'])
    expect(flat(carried)).toEqual(['一、', '（一）', '（二）', '二、', '（三）!continued'])
    expect(flat(draw(['一、甲', '（二）b']))).toEqual(['一、', '（一）缺失', '（二）!start'])
  })

  it('keeps headings with their line and title and counts problems', () => {
    const items = draw(['一、主要工作', '（一）抓学习。正文', '（三）抓落实'])
    expect(items[0]).toMatchObject({ marker: '一、', label: '主要工作', line: 1 })
    expect(items[0].children[0].label).toBe('抓学习')
    expect(outlineProblems(items)).toEqual({ missing: 1, marked: 0 })
  })

  it('draws a clean outline without ghosts', () => {
    const items = draw(['一、甲', '（一）a', '（二）b', '二、乙', '（一）c'])
    expect(outlineProblems(items)).toEqual({ missing: 0, marked: 0 })
  })
})
