/** heading-level-order: a higher-level number (（一）) after a lower one (1.) under the same parent. */

import { siblingGroups } from '../document/outline'
import { defineRuleKind } from './kind'

type Options = Record<string, never>

const LEVEL_FORMS = ['一、', '（一）', '1.', '（1）', '①']

export default defineRuleKind<Options>({
  meta: {
    id: 'heading-level-order',
    description:
      '标题层级须按 一、>（一）>1.>（1）>① 由高到低，可越级向下，不可在低层级后回到高层级',
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      upward:
        '层级颠倒：{{found}}是比前面的{{previous}}更高的层级，应按“一、（一）1.（1）”由高到低编排',
    },
  },
  create() {
    return {
      document(doc, report) {
        // Under one parent, headings of mixed levels mean a deeper one came first: buildOutline
        // nests every deeper heading under the shallower one before it.
        for (const group of siblingGroups(doc.outline)) {
          for (let i = 1; i < group.length; i++) {
            const prev = group[i - 1].heading
            const cur = group[i]
            if (cur.heading.level >= prev.level) continue
            report({
              messageId: 'upward',
              data: {
                found: LEVEL_FORMS[cur.heading.level - 1],
                previous: LEVEL_FORMS[prev.level - 1],
              },
              start: cur.line.start + cur.heading.markerStart,
              end: cur.line.start + cur.heading.markerEnd,
            })
          }
        }
      },
    }
  },
})
