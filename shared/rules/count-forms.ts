/** count-forms: counts of one paragraph written partly in Arabic digits, partly in 汉字 (23人次 … 五次). */

import { maskedLine } from '../document/mask'
import { parseHanzi } from '../document/numerals'
import { defineRuleKind } from './kind'
import { hoisted } from './util/regex-hoist'

interface Options {
  /** Measure words that make a number a count; 个/项 are left out (三个方面, 两个维护 are fixed). */
  measures: string[]
}

/** The characters of a count in 汉字 (`hanzi`'s first group); one of them stands before the measure. */
const NUMERALS = '二三四五六七八九十两'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export default defineRuleKind<Options>({
  meta: {
    id: 'count-forms',
    description: '同一段中同类计数混用阿拉伯数字与汉字（谈话23人次，培训五次）',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        measures: {
          type: 'array',
          minItems: 1,
          maxItems: 100,
          uniqueItems: true,
          items: { type: 'string', minLength: 1, maxLength: 4 },
        },
      },
    },
    defaultOptions: {
      measures: ['人次', '次', '名', '起', '件', '场', '期', '篇', '家', '户', '批'],
    },
    messages: { mixed: '同段计数用阿拉伯数字，“{{match}}”应写作“{{replacement}}”' },
  },
  create({ options }) {
    const unit = `(?:${[...options.measures]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})`
    // a count in digits somewhere (\d+ before a unit wherever \d before one, without backtracking)
    const arabic = new RegExp(`\\d${unit}`)
    // Not after 第/番/届 (第五次, 三番五次, 十九届三次全会), nor a frequency (每年两次), nor how a
    // thing is split (分三次研讨, 分两批), nor before 会/全会.
    const hanzi = hoisted(
      new RegExp(
        `(?<![第番届每年月周季天日分一二三四五六七八九十百千万两〇零])([${NUMERALS}]{1,3})(${unit})(?![会全党代])`,
        'g',
      ),
    )
    return {
      kinds: ['paragraph', 'heading'],
      // a count in 汉字 right before its measure word: far rarer on a line than a digit before one
      needs: [...new Set([...NUMERALS].flatMap((n) => options.measures.map((u) => n + u)))],
      line(line, report) {
        if (line.kind !== 'paragraph' && line.kind !== 'heading') return
        const text = maskedLine(line)
        // a count in 汉字 is rarer than one in digits: looked for first
        hanzi.lastIndex = 0
        let m = hanzi.exec(text)
        if (!m || !arabic.test(text)) return
        for (; m; m = hanzi.exec(text)) {
          const n = parseHanzi(m[1])
          if (n == null) continue
          report({
            messageId: 'mixed',
            data: { match: m[0], replacement: `${n}${m[2]}` },
            start: m.index,
            end: m.index + m[0].length,
          })
        }
      },
    }
  },
})
