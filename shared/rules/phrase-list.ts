/** phrase-list: banned phrases, each optionally with the preferred wording (a certain fix). */

import { MASK, maskedLine } from '../document/mask'
import type { LineKind } from '../document/types'
import { defineRuleKind } from './kind'
import { allowedCover } from './util/allowed-cover'
import { requiredStrings } from './util/required-strings'

interface Phrase {
  text: string
  /** The preferred wording; when given, offered as the fix. */
  replacement?: string
  /** Why, shown in the message, e.g. "（实务通行写法）". */
  note?: string
}

interface Options {
  phrases: Phrase[]
  /** Longer strings that contain a banned phrase legitimately (e.g. 党的十九大 for 十九大). */
  allow?: string[]
  /**
   * Characters that, right before or after a phrase, make it part of a longer word and so no match
   * (十八大 in 第十八大队, 五十八大类, 共青团十八大).
   */
  notBefore?: string
  notAfter?: string
  lineKinds?: LineKind[]
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * What a line must hold for a phrase to be found: a phrase itself, the most selective need there
 * is ("中国人民共和国", where a part of it would let every line citing 中华人民共和国 through). A
 * phrase holding the mask character may match where the line holds an address: then the parts.
 */
function needsOf(sorted: string[], re: RegExp): readonly string[] | undefined {
  return sorted.some((p) => p.includes(MASK)) ? requiredStrings(re.source) : sorted
}

export default defineRuleKind<Options>({
  meta: {
    id: 'phrase-list',
    description: '禁用词语清单：查出不规范的词语，可给出规范写法',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['phrases'],
      properties: {
        phrases: {
          type: 'array',
          minItems: 1,
          maxItems: 5000,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['text'],
            properties: {
              text: { type: 'string', minLength: 1, maxLength: 100 },
              replacement: { type: 'string', maxLength: 100 },
              note: { type: 'string', maxLength: 100 },
            },
          },
        },
        allow: {
          type: 'array',
          maxItems: 5000,
          items: { type: 'string', minLength: 1, maxLength: 100 },
        },
        notBefore: { type: 'string', minLength: 1, maxLength: 200 },
        notAfter: { type: 'string', minLength: 1, maxLength: 200 },
        lineKinds: { type: 'array', uniqueItems: true, items: { type: 'string' } },
      },
    },
    defaultOptions: { phrases: [] },
    messages: {
      banned: '“{{match}}”不宜出现在公文中{{note}}',
      replace: '“{{match}}”应改为“{{replacement}}”{{note}}',
    },
    fixable: true,
  },
  check(options) {
    const seen = new Set<string>()
    const issues: { path: string; message: string }[] = []
    options.phrases.forEach((p, i) => {
      if (seen.has(p.text)) issues.push({ path: `phrases[${i}].text`, message: `“${p.text}”重复` })
      if (p.replacement === p.text)
        issues.push({ path: `phrases[${i}].replacement`, message: '规范写法与禁用词相同' })
      seen.add(p.text)
    })
    return issues
  },
  create({ options }) {
    const byText = new Map(options.phrases.map((p) => [p.text, p]))
    const sorted = [...byText.keys()].sort((a, b) => b.length - a.length)
    const re = new RegExp(sorted.map(escape).join('|'), 'g')
    const kinds = options.lineKinds?.length ? new Set<string>(options.lineKinds) : null
    // not every allowed string over the line: only where one could cover the phrase found
    const allowed = allowedCover(options.allow ?? [])
    const notBefore = options.notBefore ?? ''
    const notAfter = options.notAfter ?? ''
    const glued = (c: string) => c !== '' && c !== '\n'
    return {
      kinds: options.lineKinds?.length ? options.lineKinds : undefined,
      needs: sorted.length ? needsOf(sorted, re) : undefined,
      line(line, report) {
        if (!sorted.length || (kinds && !kinds.has(line.kind))) return
        const text = maskedLine(line)
        re.lastIndex = 0
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const start = m.index
          const end = start + m[0].length
          if (allowed(text, m[0], start)) continue
          const prev = text.charAt(start - 1)
          const next = text.charAt(end)
          if ((glued(prev) && notBefore.includes(prev)) || (glued(next) && notAfter.includes(next)))
            continue
          const p = byText.get(m[0])!
          const note = p.note ? `（${p.note}）` : ''
          if (p.replacement == null) {
            report({ messageId: 'banned', data: { match: m[0], note }, start, end })
            continue
          }
          const replacement = p.replacement
          report({
            messageId: 'replace',
            data: { match: m[0], replacement, note },
            start,
            end,
            fix: { start, end, replacement },
          })
        }
      },
    }
  },
})
