/** list-terminal: items of one inline list (一是…；二是…) ending inconsistently, or the last with a 分号. */

import { lineEnumerators, type Enumerator, ENUMERATOR_NEEDS } from '../document/enumerations'
import { maskedLine } from '../document/mask'
import { defineRuleKind } from './kind'
import { checksOption } from './util/schema'

type Check = 'mixed' | 'last'

interface Options {
  checks: Check[]
}

/** One list per enumerator family, in order of appearance. */
function byFamily(list: readonly Enumerator[]): (readonly Enumerator[])[] {
  // most lists keep to one family
  const family = list[0].family
  if (list.every((e) => e.family === family)) return [list]
  const groups = new Map<string, Enumerator[]>()
  for (const e of list) {
    const group = groups.get(e.family)
    if (group) group.push(e)
    else groups.set(e.family, [e])
  }
  return [...groups.values()].filter((g) => g.length >= 2)
}

/** ；or 。 */
const isTerminal = (c: number) => c === 0xff1b || c === 0x3002

export default defineRuleKind<Options>({
  meta: {
    id: 'list-terminal',
    description: '段内分项列举（一是……二是……）各项末尾标点不一致，或最后一项用分号',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checks: checksOption(['mixed', 'last']),
      },
    },
    defaultOptions: { checks: ['mixed', 'last'] },
    messages: {
      mixed: '同一组分项前面各项以“{{expected}}”结尾，此处“{{found}}”应统一',
      last: '分项列举的最后一项应以句号结尾',
    },
    fixable: true,
  },
  create({ options }) {
    const checks = new Set(options.checks)
    return {
      kinds: ['paragraph', 'heading'],
      needs: ENUMERATOR_NEEDS,
      line(line, report) {
        if (line.kind !== 'paragraph' && line.kind !== 'heading') return
        const list = lineEnumerators(line)
        if (list.length < 2) return
        const text = maskedLine(line)
        for (const items of byFamily(list)) {
          // The mark right before each following item closes the previous one.
          // Items joined by commas or nothing are a run-in series, not a list of clauses.
          if (!items.every((e, i) => i === 0 || isTerminal(text.charCodeAt(e.start - 1)))) continue
          const expected = text[items[1].start - 1]
          if (checks.has('mixed'))
            for (let i = 2; i < items.length; i++) {
              const at = items[i].start - 1
              if (text[at] !== expected)
                report({
                  messageId: 'mixed',
                  data: { expected, found: text[at] },
                  start: at,
                  end: at + 1,
                })
            }
          const tail = text.trimEnd()
          if (checks.has('last') && expected === '；' && tail.endsWith('；'))
            report({
              messageId: 'last',
              start: tail.length - 1,
              end: tail.length,
              fix: { start: tail.length - 1, end: tail.length, replacement: '。' },
            })
        }
      },
    }
  },
})
