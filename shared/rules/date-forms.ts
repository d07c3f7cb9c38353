/** date-forms: 成文日期 in 汉字, 汉字 and Arabic mixed inside one date or across the dates of a document. */

import { maskedLine } from '../document/mask'
import { parseHanzi } from '../document/numerals'
import type { Line } from '../document/types'
import { memoOnLine } from '../document/line-memo'
import { defineRuleKind } from './kind'
import { dateMatches, HD, HM, HY, hanziYear } from './util/dates'
import { requiredStrings } from './util/required-strings'
import { checksOption } from './util/schema'

type Check = 'doc-date' | 'mixed-inside' | 'mixed-across'

interface Options {
  checks: Check[]
}

const HANZI_DOC_DATE = new RegExp(`^(${HY})(${HM})(${HD})$`)

const isArabic = (part: string) => /^\d/.test(part)

/** What a date with a part in 汉字 ends that part with: every date these checks flag holds one. */
const HANZI_PART =
  /[〇○零OΟ0一二三四五六七八九]年|[一二三四五六七八九十]月|[一二三四五六七八九十][日号]/

/** The Arabic form of a date written in 汉字 (or partly), or null when a part does not parse. */
function toArabic(parts: (string | undefined)[]): string | null {
  let out = ''
  for (const part of parts) {
    if (!part) continue
    const unit = part.slice(-1)
    const body = part.slice(0, -1)
    const n = isArabic(part) ? Number(body) : unit === '年' ? hanziYear(body) : parseHanzi(body)
    if (n == null) return null
    out += `${n}${unit}`
  }
  return out
}

function isDocDate(line: Line): boolean {
  return HANZI_DOC_DATE.test(line.text.slice(line.indent).trimEnd())
}

/** Every date-like match of a line, memoised by text: the document pass redoes only changed lines. */
const datesOf = memoOnLine(maskedLine, (line) => dateMatches(maskedLine(line)))

export default defineRuleKind<Options>({
  meta: {
    id: 'date-forms',
    description: '日期写法：成文日期用阿拉伯数字，汉字与阿拉伯数字不在一个日期内或同一文件中混用',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checks: checksOption(['doc-date', 'mixed-inside', 'mixed-across']),
      },
    },
    defaultOptions: { checks: ['doc-date', 'mixed-inside', 'mixed-across'] },
    messages: {
      'doc-date': '成文日期用阿拉伯数字，应写作“{{replacement}}”',
      'mixed-inside': '同一日期内汉字与阿拉伯数字混用，应写作“{{replacement}}”',
      'mixed-across': '全文日期用阿拉伯数字，此处应写作“{{replacement}}”',
    },
    fixable: true,
  },
  create({ options }) {
    const checks = new Set(options.checks)
    return {
      documentNeeds: requiredStrings(HANZI_PART.source),
      document(doc, report) {
        const found: { line: Line; m: RegExpExecArray }[] = []
        for (const line of doc.lines) {
          if (line.kind === 'blank') continue
          for (const m of datesOf(line)) found.push({ line, m })
        }
        const full = (m: RegExpExecArray) => !!m[1]
        const anyArabic = found.some(({ m }) => full(m) && isArabic(m[1]) && isArabic(m[2]))
        for (const { line, m } of found) {
          const parts = [m[1], m[2], m[3]].filter((p): p is string => !!p)
          const arabic = parts.filter(isArabic).length
          if (arabic === parts.length) continue
          const replacement = toArabic(parts)
          if (!replacement) continue
          const start = line.start + m.index
          const fix = { start, end: start + m[0].length, replacement }
          let messageId: Check | undefined
          if (arabic > 0) messageId = checks.has('mixed-inside') ? 'mixed-inside' : undefined
          else if (isDocDate(line)) messageId = checks.has('doc-date') ? 'doc-date' : undefined
          else if (full(m) && anyArabic && checks.has('mixed-across')) messageId = 'mixed-across'
          if (messageId) report({ messageId, data: { replacement }, start, end: fix.end, fix })
        }
      },
    }
  },
})
