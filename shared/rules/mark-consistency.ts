/** mark-consistency: （）with () or “” with 「」 mixed in one document; fixed as whole pairs. */

import { maskedLine } from '../document/mask'
import type { Line } from '../document/types'
import { defineRuleKind, type ReportFn } from './kind'

type Marks = 'brackets' | 'quotes'

interface Options {
  marks: Marks
}

const CJK = /[\u3400-\u9fff]/
// Half-width brackets around Chinese text; English "(see above)" and "(1)" are left alone.
const HALF_PAIR = /\(([^()\n]{1,80})\)/g
const CORNER_PAIR = /「([^「」\n]{0,200})」|『([^『』\n]{0,200})』/g

function bracketPairs(line: Line, text: string, report: ReportFn): void {
  HALF_PAIR.lastIndex = 0
  for (let m = HALF_PAIR.exec(text); m; m = HALF_PAIR.exec(text)) {
    if (!CJK.test(m[1])) continue
    // A heading marker "(一)" belongs to the numbering rules.
    if (line.heading && m.index < line.heading.markerEnd) continue
    const start = line.start + m.index
    const end = start + m[0].length
    report({
      messageId: 'brackets',
      data: { found: m[0] },
      start,
      end,
      fix: { start, end, replacement: `（${m[1]}）` },
    })
  }
}

function quotePairs(line: Line, text: string, report: ReportFn): void {
  CORNER_PAIR.lastIndex = 0
  for (let m = CORNER_PAIR.exec(text); m; m = CORNER_PAIR.exec(text)) {
    const start = line.start + m.index
    const end = start + m[0].length
    const replacement =
      m[1] != null ? `“${m[1].replace(/『/g, '‘').replace(/』/g, '’')}”` : `‘${m[2]}’`
    report({
      messageId: 'quotes',
      data: { found: m[0], replacement },
      start,
      end,
      fix: { start, end, replacement },
    })
  }
}

export default defineRuleKind<Options>({
  meta: {
    id: 'mark-consistency',
    description: '同一文件中全角与半角括号、“”与「」混用，按全文的规范形式统一',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['marks'],
      properties: { marks: { enum: ['brackets', 'quotes'] } },
    },
    defaultOptions: { marks: 'brackets' },
    messages: {
      brackets: '全文用全角括号“（）”，此处“{{found}}”也应改用全角括号',
      quotes: '全文引号用“”，此处直角引号应改为“”（内层用‘’）',
    },
    fixable: true,
  },
  create({ options }) {
    const standard = options.marks === 'brackets' ? /（/ : /[“”]/
    const scan = options.marks === 'brackets' ? bracketPairs : quotePairs
    // what a line flagged holds (one of), which masking never changes
    const marks = options.marks === 'brackets' ? ['('] : ['「', '『']
    return {
      documentNeeds: marks,
      document(doc, report, holding) {
        // masking leaves full-width marks as they are: the flat text holds the same standard marks
        if (!standard.test(doc.text)) return
        for (const line of holding) scan(line, maskedLine(line), report)
      },
    }
  },
})
