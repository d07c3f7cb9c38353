/** attachment-note: the 附件说明's form (附件：1.名称) and its agreement with body references and attachments. */

import type { DocModel, Line } from '../../../../shared/document/types'
import { defineRuleKind, type Report, type ReportFn } from '../../../../shared/rules/kind'

type Check = 'format' | 'consistency'

interface Options {
  check: Check
}

// "附件1" or "附件2：" alone on a line heads an attachment itself, after the 落款.
const HEADER = /^附件\s*(\d*)\s*[：:]?$/
const NOTE_START = /^附件([:：])\s*/
const ITEM = /^(\d{1,2})、/
const ITEM_NUMBER = /^(\d{1,2})[.．、]/
const TRAILING = /[；;。，,、.：:]+$/
const PUNCT = /[\s\u3000，。、；：！？,.;:!?“”《》〈〉（）()]/g

function formatReports(line: Line): Report[] {
  const out: Report[] = []
  const body = line.text.slice(line.indent).trimEnd()
  if (HEADER.test(body)) return out
  let at = line.indent
  const note = NOTE_START.exec(body)
  if (note) {
    if (note[1] === ':')
      out.push({
        messageId: 'colon',
        start: at + 2,
        end: at + 3,
        fix: { start: at + 2, end: at + 3, replacement: '：' },
      })
    at += note[0].length
  }
  const item = ITEM.exec(line.text.slice(at))
  if (item) {
    const end = at + item[0].length
    out.push({
      messageId: 'itemMark',
      data: { found: item[0], expected: `${item[1]}.` },
      start: at,
      end,
      fix: { start: at, end, replacement: `${item[1]}.` },
    })
  }
  const trailing = TRAILING.exec(body)
  if (trailing) {
    const start = line.indent + trailing.index
    const end = line.indent + body.length
    out.push({
      messageId: 'trailing',
      data: { mark: trailing[0] },
      start,
      end,
      fix: { start, end, replacement: '' },
    })
  }
  return out
}

/**
 * Items of the 附件说明 by number, with the name each gives; empty when there is no note. A line
 * right after an item that carries the next number is an item too, whatever its kind: "2.2024年…"
 * reads as a decimal, not as a numbered line, so the parser may leave it a paragraph.
 */
function noteItems(doc: DocModel): Map<number, { line: Line; name: string }> {
  const items = new Map<number, { line: Line; name: string }>()
  let next = 0
  for (const line of doc.lines) {
    if (line.kind === 'blank') continue
    const note = line.kind === 'attachment-note'
    // a line of another kind counts only right after an item: most lines stop here
    if (!note && !next) continue
    const body = line.text.slice(line.indent).trimEnd()
    const rest = note ? body.replace(NOTE_START, '') : body
    const m = ITEM_NUMBER.exec(rest)
    const follows = !note && next > 0 && m !== null && Number(m[1]) === next
    if ((!note && !follows) || HEADER.test(body) || (!m && !NOTE_START.test(body))) {
      next = 0
      continue
    }
    const n = m ? Number(m[1]) : 1
    items.set(n, { line, name: (m ? rest.slice(m[0].length) : rest).replace(PUNCT, '') })
    next = m ? n + 1 : 0
  }
  return items
}

function checkConsistency(doc: DocModel, report: ReportFn) {
  const items = noteItems(doc)
  if (!items.size) return
  const count = Math.max(...items.keys())
  for (const line of doc.lines) {
    if (line.kind !== 'paragraph' && line.kind !== 'heading') continue
    for (const m of line.text.matchAll(/附件\s*(\d{1,2})/g)) {
      if (Number(m[1]) <= count) continue
      const start = line.start + m.index
      report({
        messageId: 'refBeyond',
        data: { found: m[0], count },
        start,
        end: start + m[0].length,
      })
    }
  }
  const headers = doc.lines.filter(
    (l) => l.kind === 'attachment-note' && HEADER.test(l.text.slice(l.indent).trimEnd()),
  )
  const first = items.values().next().value!.line
  if (headers.length && headers.length !== count) {
    const end = first.start + first.text.trimEnd().length
    report({
      messageId: 'countMismatch',
      data: { count, actual: headers.length },
      start: first.start + first.indent,
      end,
    })
  }
  headers.forEach((header, i) => {
    const n = Number(HEADER.exec(header.text.slice(header.indent).trimEnd())![1] || i + 1)
    const title = doc.lines.slice(header.index + 1).find((l) => l.kind !== 'blank')
    const item = items.get(n)
    if (!title || !item || !item.name) return
    // A long title may run over two lines: only a first line that does not begin the name differs.
    const shown = title.text.replace(PUNCT, '')
    if (!shown || item.name.startsWith(shown) || shown.startsWith(item.name)) return
    report({
      messageId: 'titleMismatch',
      data: { n },
      start: title.start + title.indent,
      end: title.start + title.text.trimEnd().length,
    })
  })
}

export default defineRuleKind<Options>({
  meta: {
    id: 'attachment-note',
    description: '附件说明写作“附件：1.名称”，名称后不加标点；附件序号、件数和名称与正文、附件一致',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['check'],
      properties: { check: { enum: ['format', 'consistency'] } },
    },
    defaultOptions: { check: 'format' },
    messages: {
      colon: '“附件”后应用全角冒号“：”',
      itemMark: '附件序号“{{found}}”应写作“{{expected}}”',
      trailing: '附件名称后不加标点“{{mark}}”',
      refBeyond: '正文引用“{{found}}”，但附件说明只列了{{count}}件',
      countMismatch: '附件说明列了{{count}}件附件，文后实有{{actual}}件',
      titleMismatch: '附件{{n}}的标题与附件说明中的名称不一致',
    },
    fixable: true,
  },
  create({ options }) {
    // every item, and so every finding, comes after a 附件说明 ("附件：…")
    if (options.check === 'consistency')
      return { documentNeeds: '附件', document: checkConsistency }
    return {
      kinds: ['attachment-note'],
      line(line, report) {
        if (line.kind === 'attachment-note') formatReports(line).forEach(report)
      },
    }
  },
})
