/** list-terminal: items of one inline list (一是…；二是…) ending inconsistently, or the last with a 分号. */

import { lineEnumerators, type Enumerator, ENUMERATOR_NEEDS } from '../document/enumerations'
import { maskedLine } from '../document/mask'
import { defineRuleKind } from './kind'
import { checksOption } from './util/schema'

type Check = 'mixed' | 'last'

interface Options {
  checks: Check[]
}

const TERMINALS = '；。'

/** One list per enumerator family, in order of appearance. */
function byFamily(list: readonly Enumerator[]): Enumerator[][] {
  const groups = new Map<string, Enumerator[]>()
  for (const e of list) {
    const group = groups.get(e.family)
    if (group) group.push(e)
    else groups.set(e.family, [e])
  }
  return [...groups.values()].filter((g) => g.length >= 2)
}

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
        const text = maskedLine(line)
        for (const items of byFamily(lineEnumerators(line))) {
          // The mark right before each following item closes the previous one.
          const ends = items.slice(1).map((e) => ({ at: e.start - 1, mark: text[e.start - 1] }))
          // Items joined by commas or nothing are a run-in series, not a list of clauses.
          if (ends.some((e) => !TERMINALS.includes(e.mark))) continue
          const expected = ends[0].mark
          if (checks.has('mixed'))
            for (const e of ends.slice(1))
              if (e.mark !== expected)
                report({
                  messageId: 'mixed',
                  data: { expected, found: e.mark },
                  start: e.at,
                  end: e.at + 1,
                })
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
