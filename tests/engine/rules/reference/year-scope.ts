/** year-scope: a summary of year N that speaks of an earlier year as its own (copied from last year's report). */

import { maskedLine } from '../../../../shared/document/mask'
import type { Line } from '../../../../shared/document/types'
import { defineRuleKind, type ReportFn } from '../../../../shared/rules/kind'
import { forLinesHolding } from '../../../../shared/rules/util/doc-lines'
import { hoisted } from '../../../../shared/rules/util/regex-hoist'

interface Options {
  /** Document types (ids) whose title year is the year reported on; plans look ahead and back freely. */
  docTypes: string[]
}

// The year a title reports on: "2023年度…总结", "关于2023年上半年…的报告"; a span "2023—2025年" is no single year.
const TITLE_YEAR = hoisted(/(?<![\d—～\-至])(\d{4})年(?![\d—～\-至])/g)
// "2022年全年" outside a comparison ("较2022年全年增长"), and "2022年，" opening the body.
const WHOLE_YEAR = hoisted(
  /(?<!较|比|同比|与|和|及|相比|低于|高于|超过|对比|自|从)(\d{4})年(?:度)?全年/g,
)
const OPENING = /^[ \u3000\t]*(\d{4})年(?:度)?[，,]/
const HEADING_YEAR = /^(\d{4})年(?:度)?/

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 0x30 && c <= 0x39
}

function titleYear(title: string | undefined): number | undefined {
  if (!title) return undefined
  const years = new Set([...title.matchAll(TITLE_YEAR)].map((m) => Number(m[1])))
  return years.size === 1 ? [...years][0] : undefined
}

function flag(line: Line, at: number, found: string, year: number, report: ReportFn) {
  report({
    messageId: 'stale',
    data: { year, found },
    start: line.start + at,
    end: line.start + at + found.length,
  })
}

export default defineRuleKind<Options>({
  meta: {
    id: 'year-scope',
    description: '总结、报告的年份与正文不符：正文把往年当作本年度（疑为沿用往年材料）',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        docTypes: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
      },
    },
    defaultOptions: { docTypes: ['work-summary', 'situation-report'] },
    messages: { stale: '标题为{{year}}年，此处“{{found}}”疑为沿用往年材料，请核对年份' },
  },
  create({ options }) {
    return {
      document(doc, report) {
        if (!doc.docType || !options.docTypes.includes(doc.docType.id)) return
        const year = titleYear(doc.titleText)
        if (!year) return
        // only a line holding 全年 can hold a whole year: found through the flat text, not line by line
        const whole = new Set<Line>()
        forLinesHolding(doc, '全年', (line) => whole.add(line))
        let opening = false
        for (const line of doc.lines) {
          if (line === doc.title) {
            opening = true
            continue
          }
          if (line.kind === 'heading' && line.heading) {
            opening = false
            const at = line.heading.textStart
            const m = isDigit(line.text, at) ? HEADING_YEAR.exec(line.text.slice(at)) : null
            if (m && Number(m[1]) < year) flag(line, at, m[0], year, report)
          }
          if (line.kind !== 'paragraph' && line.kind !== 'heading') continue
          const open = opening && line.kind === 'paragraph' ? OPENING.exec(maskedLine(line)) : null
          opening = false
          if (open && Number(open[1]) < year)
            flag(line, open[0].indexOf(open[1]), `${open[1]}年`, year, report)
          if (!whole.has(line)) continue
          const text = maskedLine(line)
          WHOLE_YEAR.lastIndex = 0
          for (let m = WHOLE_YEAR.exec(text); m; m = WHOLE_YEAR.exec(text))
            if (Number(m[1]) < year) flag(line, m.index, m[0], year, report)
        }
      },
    }
  },
})
