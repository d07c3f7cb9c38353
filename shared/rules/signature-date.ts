/** signature-date: a document sent on its own ends with the 发文机关署名 and the 成文日期 (GB/T 9704 7.3.5). */

import type { DocModel, Line } from '../document/types'
import { defineRuleKind } from './kind'

type Options = Record<string, never>

/** The last character of the last non-blank line: where the missing 落款 belongs. */
function endOfText(doc: DocModel): { start: number; end: number } | undefined {
  const last = [...doc.lines].reverse().find((l) => l.kind !== 'blank')
  if (!last) return undefined
  const end = last.start + last.text.trimEnd().length
  const code = doc.text.charCodeAt(end - 1)
  return { start: end - (code >= 0xdc00 && code <= 0xdfff ? 2 : 1), end }
}

function previousNonBlank(doc: DocModel, line: Line): Line | undefined {
  for (let i = line.index - 1; i >= 0; i--) if (doc.lines[i].kind !== 'blank') return doc.lines[i]
  return undefined
}

export default defineRuleKind<Options>({
  meta: {
    id: 'signature-date',
    description: '单独行文的公文（报告、请示、函等）正文或附件说明之后应有发文机关署名和成文日期',
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      missingDate: '{{type}}正文之后缺少发文机关署名和成文日期',
      missingSignature: '成文日期之上缺少发文机关署名',
    },
  },
  create() {
    return {
      document(doc, report) {
        const type = doc.docType
        // Only a titled document of a signed type with a body is judged, not a fragment.
        if (
          !type?.signed ||
          !doc.title ||
          !doc.lines.some((l) => l.kind === 'paragraph' || l.kind === 'heading')
        )
          return
        const date = doc.lines.find((l) => l.kind === 'date' && l.index > doc.title!.index)
        if (!date) {
          const at = endOfText(doc)
          if (at) report({ messageId: 'missingDate', data: { type: type.name }, ...at })
          return
        }
        const prev = previousNonBlank(doc, date)
        if (prev && prev.kind !== 'signature' && prev.kind !== 'title')
          report({
            messageId: 'missingSignature',
            start: date.start + date.indent,
            end: date.start + date.text.trimEnd().length,
          })
      },
    }
  },
})
