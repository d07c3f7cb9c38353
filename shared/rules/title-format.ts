/** title-format: the document title's punctuation and its elements (发文机关、事由、文种). */

import type { DocModel, Line } from '../document/types'
import { defineRuleKind, type ReportFn } from './kind'

type Check = 'punctuation' | 'elements'

interface Options {
  check: Check
}

// The 15 法定文种 of 条例 第八条 (命令 also written 令).
const STATUTORY = /(?:决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要)$/
// 事务文书 (总结、要点、计划…) are not 法定文种 but are genres of their own, often issued as attachments.
const WORKING_GENRE = /(?:总结|要点|计划|方案|规划|安排|汇报|讲话|细则|办法|制度|规定|清单)$/
const TRAILING_MARKS = '。．.，,；;：:！!？?'
const TRAILING = /[。．.，,；;：:！!？?]+$/
// each of these is a trailing mark too: a title line holding none of those has nothing to report
const INNER = /[，。；：！？,;:!?]/g
// 书名号 and quotation marks may hold any text, so marks inside them are left alone.
const QUOTED = /《[^》]*》|“[^”]*”/g

function bodyRange(line: Line) {
  const start = line.indent
  return { start, end: start + line.text.slice(start).trimEnd().length }
}

function checkPunctuation(line: Line, report: ReportFn) {
  const { start, end } = bodyRange(line)
  const body = line.text.slice(start, end)
  const trailing = TRAILING.exec(body)
  const inner = trailing ? body.slice(0, trailing.index) : body
  const masked = inner.replace(QUOTED, (m) => '\u3000'.repeat(m.length))
  for (const m of masked.matchAll(INNER))
    report({
      messageId: 'inner',
      data: { mark: m[0] },
      start: start + m.index,
      end: start + m.index + 1,
    })
  if (!trailing) return
  const at = start + trailing.index
  report({
    messageId: 'trailing',
    data: { mark: trailing[0] },
    start: at,
    end,
    fix: { start: at, end, replacement: '' },
  })
}

/** The elements of the whole title, which may run over two or three lines; offsets absolute. */
function checkElements(doc: DocModel, report: ReportFn) {
  const lines = doc.titleLines
  if (!lines.length || !doc.titleText) return
  const first = lines[0]
  const last = lines[lines.length - 1]
  const title = doc.titleText.replace(TRAILING, '')
  const lastBody = bodyRange(last)
  const trailing = TRAILING.exec(last.text.slice(lastBody.start, lastBody.end))
  const range = {
    start: first.start + first.indent,
    end: last.start + (trailing ? lastBody.start + trailing.index : lastBody.end),
  }
  if (WORKING_GENRE.test(title)) return
  if (!STATUTORY.test(title)) return report({ messageId: 'genre', ...range })
  if (title.indexOf('关于') === 0) report({ messageId: 'organ', ...range })
}

export default defineRuleKind<Options>({
  meta: {
    id: 'title-format',
    description: '公文标题：除书名号、引号外不用标点，由发文机关、事由和法定文种组成',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['check'],
      properties: { check: { enum: ['punctuation', 'elements'] } },
    },
    defaultOptions: { check: 'punctuation' },
    messages: {
      trailing: '标题末尾不加“{{mark}}”，应删去',
      inner: '标题中除书名号、引号外一般不用标点，“{{mark}}”宜删去或改写',
      genre: '标题宜以法定文种（报告、请示、通知等）结尾',
      organ: '标题缺少发文机关（版头已标明时可不写），宜写作“××关于……的××”',
    },
    fixable: true,
  },
  create({ options }) {
    if (options.check === 'elements')
      return { document: (doc, report) => checkElements(doc, report) }
    return {
      kinds: ['title'],
      needs: TRAILING_MARKS,
      line(line, report) {
        if (line.kind === 'title') checkPunctuation(line, report)
      },
    }
  },
})
