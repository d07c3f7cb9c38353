/** citation-consistency: one 《》 document cited under different titles, short titles, near-miss spellings. */

import { maskedLine } from '../../../../shared/document/mask'
import { defineRuleKind } from '../../../../shared/rules/kind'
import { checksOption } from '../../../../shared/rules/util/schema'

type Check = 'edition' | 'short' | 'near-miss'

interface Options {
  checks: Check[]
  /** A short title must be at least this long to be matched against a full one (《条例》 is too vague). */
  minShortLength: number
}

interface Citation {
  title: string
  start: number
  end: number
}

const TITLE = /《([^《》\n]{2,120})》/g
// A trailing edition note: （试行）, （2023年修订）, (草案).
const EDITION = /[（(][^（）()]{1,20}[）)]$/
const NUMERAL = /[\d〇零一二三四五六七八九十百千两]/

const baseOf = (title: string) => title.replace(EDITION, '')

/** Same length and exactly one differing character, neither of them a numeral (2022年 vs 2023年). */
function nearMiss(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 6) return false
  let diff = -1
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    if (diff >= 0) return false
    diff = i
  }
  return diff >= 0 && !NUMERAL.test(a[diff]) && !NUMERAL.test(b[diff])
}

export default defineRuleKind<Options>({
  meta: {
    id: 'citation-consistency',
    description: '同一文件的书名前后不一致：版本括注有无不一、未注明的简称、一字之差',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checks: checksOption(['edition', 'short', 'near-miss']),
        minShortLength: { type: 'integer', minimum: 2, maximum: 20 },
      },
    },
    defaultOptions: { checks: ['edition', 'short', 'near-miss'], minShortLength: 4 },
    messages: {
      edition: '前文引作《{{first}}》，此处书名应一致',
      short: '《{{found}}》是《{{first}}》的简称，应在首次引用时注明“（以下简称《{{found}}》）”',
      'near-miss': '与前文《{{first}}》仅一字之差，请核对书名',
    },
  },
  create({ options }) {
    const checks = new Set(options.checks)
    return {
      // every citation opens with 《
      documentNeeds: '《',
      document(doc, report, holding) {
        const cites: Citation[] = []
        // a title opens with 《, which an address never holds: only lines with one are read
        for (const line of holding) {
          const text = maskedLine(line)
          TITLE.lastIndex = 0
          for (let m = TITLE.exec(text); m; m = TITLE.exec(text))
            cites.push({
              title: m[1],
              start: line.start + m.index,
              end: line.start + m.index + m[0].length,
            })
        }
        const defined = (title: string, before: number) =>
          new RegExp(`简称[“《]${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[”》]`).test(
            doc.text.slice(0, before),
          )
        const seen: string[] = []
        // each seen title's base, computed once rather than at every later citation
        const bases: string[] = []
        const flag = (c: Citation, messageId: Check, first: string) =>
          report({ messageId, data: { first, found: c.title }, start: c.start, end: c.end })
        for (const c of cites) {
          if (seen.includes(c.title)) continue
          const base = baseOf(c.title)
          const edition = checks.has('edition')
            ? seen.find((s, i) => bases[i] === base && (s === base || c.title === base))
            : undefined
          if (edition) {
            flag(c, 'edition', edition)
            continue
          }
          const full =
            checks.has('short') && c.title === base && c.title.length >= options.minShortLength
              ? seen.find((_, i) => bases[i].length > base.length && bases[i].endsWith(base))
              : undefined
          if (full && !defined(c.title, c.end)) {
            flag(c, 'short', full)
            continue
          }
          const near = checks.has('near-miss') ? seen.find((s) => nearMiss(s, c.title)) : undefined
          if (near) {
            flag(c, 'near-miss', near)
            continue
          }
          seen.push(c.title)
          bases.push(base)
        }
      },
    }
  },
})
