// Word list number formats rendered as Word shows them; unknown formats give nothing, not a guess.

import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../../shared/docx/number-formats'

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [99, 'chineseCounting', '九十九'],
    [105, 'chineseCountingThousand', '一百零五'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1001, 'chineseCountingThousand', '一千零一'],
    [3, 'chineseLegalSimplified', '叁'],
    [10, 'chineseLegalSimplified', '壹拾'],
    [1, 'ideographTraditional', '甲'],
    [11, 'ideographTraditional', '甲'],
    [1, 'decimalEnclosedCircle', '①'],
    [20, 'decimalEnclosedCircleChinese', '⑳'],
    [21, 'decimalEnclosedCircle', '21'],
    [2, 'decimalEnclosedParen', '⑵'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'decimalZero', '07'],
    [27, 'upperLetter', 'AA'],
    [2, 'lowerLetter', 'b'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [4, 'lowerRoman', 'iv'],
    [0, 'decimal', '0'],
  ])('%i in %s is %s', (n, fmt, shown) => {
    expect(formatNumber(n, fmt)).toBe(shown)
  })

  it('gives nothing for formats it does not know and counters it cannot show', () => {
    expect(formatNumber(1, 'hebrew1')).toBeUndefined()
    expect(formatNumber(1, 'bullet')).toBeUndefined()
    expect(formatNumber(0, 'chineseCounting')).toBeUndefined()
    expect(formatNumber(10_000, 'decimal')).toBeUndefined()
    expect(formatNumber(-1, 'decimal')).toBeUndefined()
  })
})
