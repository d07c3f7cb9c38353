/** term-consistency: variants of one term (贵局 / 你局, 全称 / 简称) mixed in one document. */

import { lineMemo } from '../document/line-memo'
import { maskedLine } from '../document/mask'
import { defineRuleKind } from './kind'

interface Group {
  /** Spellings of one term; the first one used in a document sets the form for the rest. */
  variants: string[]
  /** Shown to admins only. */
  name?: string
}

interface Options {
  groups: Group[]
}

interface Hit {
  variant: string
  start: number
  end: number
}

/** Occurrences of the variants in one line, longest first at each place, without overlaps. */
function hits(text: string, variants: string[]): Hit[] {
  const found: Hit[] = []
  for (const variant of variants)
    for (let i = text.indexOf(variant); i >= 0; i = text.indexOf(variant, i + 1))
      found.push({ variant, start: i, end: i + variant.length })
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Hit[] = []
  let lastEnd = -1
  for (const h of found) {
    if (h.start < lastEnd) continue
    out.push(h)
    lastEnd = h.end
  }
  return out
}

export default defineRuleKind<Options>({
  meta: {
    id: 'term-consistency',
    description: '同一事物的不同写法（如“贵局”“你局”、单位全称与非规范简称）在同一文件中混用',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['groups'],
      properties: {
        groups: {
          type: 'array',
          maxItems: 2000,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['variants'],
            properties: {
              variants: {
                type: 'array',
                minItems: 2,
                maxItems: 20,
                uniqueItems: true,
                items: { type: 'string', minLength: 1, maxLength: 60 },
              },
              name: { type: 'string', maxLength: 60 },
            },
          },
        },
      },
    },
    defaultOptions: { groups: [] },
    messages: { mixed: '前文用“{{first}}”，此处“{{found}}”应统一' },
  },
  check(options) {
    const owner = new Map<string, number>()
    const issues: { path: string; message: string }[] = []
    options.groups.forEach((g, i) =>
      g.variants.forEach((v, j) => {
        if (owner.has(v))
          issues.push({
            path: `groups[${i}].variants[${j}]`,
            message: `“${v}”已在第${owner.get(v)! + 1}组中`,
          })
        else owner.set(v, i)
      }),
    )
    return issues
  },
  create({ options }) {
    // one memo per group and per compiled rule: re-checks after a keystroke rescan changed lines only
    const finders = options.groups.map((g) => lineMemo((text: string) => hits(text, g.variants)))
    const variants = [...new Set(options.groups.flatMap((g) => g.variants))]
    return {
      // a mix needs a variant at least
      documentNeeds: variants,
      document(doc, report, holding) {
        // the variants the document holds, read on the few lines the engine found holding one
        const held = new Set<string>()
        for (const line of holding)
          for (const v of variants) if (!held.has(v) && line.text.includes(v)) held.add(v)
        options.groups.forEach((group, g) => {
          // a mix needs two variants somewhere in the text: most groups are skipped here
          let present = 0
          for (const v of group.variants) if (held.has(v) && ++present === 2) break
          if (present < 2) return
          let first: string | undefined
          // every hit is on a line holding a variant
          holding.forEach((line) => {
            for (const h of finders[g](maskedLine(line))) {
              first ??= h.variant
              if (h.variant === first) continue
              report({
                messageId: 'mixed',
                data: { first, found: h.variant },
                start: line.start + h.start,
                end: line.start + h.end,
              })
            }
          })
        })
      },
    }
  },
})
