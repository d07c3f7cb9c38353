/** number-style: built-in checks of how numbers, dates and ranges are written (GB/T 15835, 15834 4.13). */

import { maskedLine } from '../document/mask'
import { defineRuleKind } from './kind'
import {
  NUMBER_CHECKS,
  numberMatches,
  type NumberCheck,
  type NumberCheckId,
  type NumberHit,
} from './util/number-checks'
import { anyOf, narrower, requiredStrings } from './util/required-strings'

interface Options {
  checks: NumberCheckId[]
}

const IDS = Object.keys(NUMBER_CHECKS) as NumberCheckId[]

export default defineRuleKind<Options>({
  meta: {
    id: 'number-style',
    description:
      '数字、日期与范围的写法（连接号、年份简写、虚位、〇、概数、纯小数等），各项检查可单独启用',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['checks'],
      properties: {
        checks: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: IDS } },
      },
    },
    defaultOptions: { checks: IDS },
    messages: {
      'range-hyphen': '范围“{{range}}”应用一字线“—”（或“～”“至”），不用连接号',
      'time-range': '时间段“{{range}}”应用一字线“—”（或“至”），不用连接号',
      'year-abbrev': '年份“{{match}}”不能简写，应写全四位',
      'leading-zero': '日期不编虚位，“{{match}}”应写作“{{replacement}}”',
      'zero-glyph': '汉字年份中的“{{match}}”应写作“〇”',
      'date-separators': '日期“{{match}}”应写作“×年×月×日”',
      'range-unit': '“{{match}}”前一个数也应带上单位，如“5万～10万元”“15%～30%”',
      qianbai: '“{{match}}”不宜数字与“千”“百”混写，应写作阿拉伯数字或全用汉字',
      approx: '概数“{{match}}”应用汉字且不加顿号，如“三四次”',
      'percent-chinese': '统计数据宜写作阿拉伯数字加“%”，如“95%”',
      'decimal-zero': '纯小数应写作“{{replacement}}”',
      grouping: '“{{match}}”分节有误：千分撇应从个位起每三位一节（如“12,345”），或不分节',
      'relative-time': '“{{match}}”与后面的具体年份重复，删去“{{match}}”',
    },
    fixable: true,
  },
  create({ options }) {
    const checks = options.checks.map((id) => [id, NUMBER_CHECKS[id] as NumberCheck] as const)
    return {
      needs: anyOf(
        checks.map(
          ([, c]) =>
            c.lineNeeds ??
            narrower(
              requiredStrings(c.re.source, c.re.flags),
              c.needs && requiredStrings(c.needs.source, c.needs.flags),
            ),
        ),
      ),
      line(line, report) {
        const text = maskedLine(line)
        for (const [id, check] of checks) {
          for (const m of numberMatches(check, text)) {
            const result = check.hit(m, text)
            if (!result) continue
            for (const h of ([] as NumberHit[]).concat(result))
              report({
                messageId: id,
                data: h.data,
                start: h.start,
                end: h.end,
                ...(h.replacement != null && {
                  fix: { start: h.start, end: h.end, replacement: h.replacement },
                }),
              })
          }
        }
      },
    }
  },
})
