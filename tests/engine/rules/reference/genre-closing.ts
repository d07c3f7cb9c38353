/** genre-closing: the genre named in the title against the body's closing formula and request wording. */

import type { DocModel, Line } from '../../../../shared/document/types'
import { defineRuleKind, type ReportFn } from '../../../../shared/rules/kind'
import { hoisted } from '../../../../shared/rules/util/regex-hoist'
import { anyOf, requiredStrings, type Needs } from '../../../../shared/rules/util/required-strings'

type Check = 'mismatch' | 'request-in-report' | 'one-request' | 'closing'
type Genre = 'report' | 'request' | 'letter' | 'notice'

interface Options {
  check: Check
  /** Document type id → the genre its closing belongs to. */
  typeGenres: Record<string, Genre>
}

const GENRE_NAMES: Record<Genre, string> = {
  report: '报告',
  request: '请示',
  letter: '函',
  notice: '通知',
}
const CLOSINGS: [Genre, RegExp][] = [
  [
    'request',
    /(?:妥否|当否)[，,]?\s*请(?:批示|批复|指示|审批)|以上请示[，,]?\s*请(?:批示|批复|审批)/g,
  ],
  ['report', /特此报告|专此报告/g],
  ['letter', /特此函[告复达]|请予函复/g],
  ['notice', /特此通知/g],
]
// 请示 wording anywhere in a paragraph: the closings above (also cut short: 妥否，请示), 请予批复/
// 批准/审批, and a sentence ending in a plea for approval (请审批。恳请市政府予以批准。请市政府研究审定。) that is not
// told as a step taken (报请、提请、申请省政府审批) or a fact (请示已获批复).
const REQUEST_WORDING = hoisted(
  /(?:妥否|当否)[，,]?\s*请(?:批示|批复|指示|审批|示)|请予(?:批复|批准|审批)|以上请示(?=[，,]?\s*(?:妥否|当否|如无不妥|如有不妥|请|望))|(?<![报提呈申转])请[^，。；、\s示已获经得]{0,12}?(?:予以)?(?:批准|审批|批复|审定)(?=[。！]|$)/g,
)
const BODY_END = new Set(['signature', 'date', 'attachment-note', 'cc', 'annotation'])

/** Paragraph and heading lines of the main body: after the title, before the 落款 or 附件说明. */
function bodyLines(doc: DocModel): Line[] {
  const out: Line[] = []
  for (const line of doc.lines) {
    if (BODY_END.has(line.kind) && out.length) break
    if (line.kind === 'paragraph' || line.kind === 'heading') out.push(line)
  }
  return out
}

/** The last line of `bodyLines(doc)`, found without building the list. */
function lastBodyLine(doc: DocModel): Line | undefined {
  let last: Line | undefined
  for (const line of doc.lines) {
    if (last && BODY_END.has(line.kind)) break
    if (line.kind === 'paragraph' || line.kind === 'heading') last = line
  }
  return last
}

function* matches(line: Line, re: RegExp) {
  for (const m of line.text.matchAll(re))
    yield { text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length }
}

function closingGenre(line: Line) {
  for (const [genre, re] of CLOSINGS) {
    // the first match only: exec, not matchAll, which copies the expression
    re.lastIndex = 0
    const m = re.exec(line.text)
    re.lastIndex = 0
    if (m)
      return {
        genre,
        text: m[0],
        start: line.start + m.index,
        end: line.start + m.index + m[0].length,
      }
  }
  return undefined
}

function check(options: Options, doc: DocModel, report: ReportFn) {
  const type = doc.docType
  const genre = type && options.typeGenres[type.id]
  if (!type || !doc.title) return
  // the closing checks read the last line of the body only, the others every line of it
  const last = lastBodyLine(doc)
  if (!last) return
  if (options.check === 'mismatch') {
    const found = closingGenre(last)
    if (genre && found && found.genre !== genre)
      report({
        messageId: 'mismatch',
        data: { title: GENRE_NAMES[genre], found: found.text, other: GENRE_NAMES[found.genre] },
        start: found.start,
        end: found.end,
      })
  } else if (options.check === 'request-in-report') {
    if (genre !== 'report') return
    for (const line of bodyLines(doc))
      for (const m of matches(line, REQUEST_WORDING))
        report({
          messageId: 'requestInReport',
          data: { found: m.text },
          start: m.start,
          end: m.end,
        })
  } else if (options.check === 'one-request') {
    if (genre !== 'request') return
    const all = bodyLines(doc).flatMap((line) => [...matches(line, CLOSINGS[0][1])])
    for (const m of all.slice(1))
      report({ messageId: 'oneRequest', data: { found: m.text }, start: m.start, end: m.end })
  } else checkClosing(type.closing, type.name, last, report)
}

const needsOf = (re: RegExp) => requiredStrings(re.source, re.flags)

/** What a document a check can report on holds somewhere (the missing closing: nothing). */
function documentNeeds(check: Check): Needs | undefined {
  if (check === 'mismatch') return anyOf(CLOSINGS.map(([, re]) => needsOf(re)))
  if (check === 'request-in-report') return needsOf(REQUEST_WORDING)
  if (check === 'one-request') return needsOf(CLOSINGS[0][1])
  return undefined
}

/** The closing formula must end the body: in the last paragraph, followed by its full stop. */
function checkClosing(closing: string | undefined, name: string, last: Line, report: ReportFn) {
  if (!closing) return
  const words = closing.replace(/[。.]$/, '')
  const at = last.text.lastIndexOf(words)
  if (at < 0) {
    // Point at the end of the body, where the closing belongs (a whole character, even outside the BMP).
    const text = last.text.trimEnd()
    const width = /[\udc00-\udfff]$/.test(text) ? 2 : 1
    const end = last.start + text.length
    return report({ messageId: 'missing', data: { type: name, closing }, start: end - width, end })
  }
  const after = last.text.slice(at + words.length).trim()
  if (after === '') {
    const end = last.start + at + words.length
    report({
      messageId: 'period',
      data: { closing: words },
      start: last.start + at,
      end,
      fix: { start: end, end, replacement: '。' },
    })
  }
}

export default defineRuleKind<Options>({
  meta: {
    id: 'genre-closing',
    description: '标题文种与结束语一致：报告不夹带请示事项，一文一请示，结束语合乎文种',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['check'],
      properties: {
        check: { enum: ['mismatch', 'request-in-report', 'one-request', 'closing'] },
        typeGenres: {
          type: 'object',
          additionalProperties: { enum: ['report', 'request', 'letter', 'notice'] },
        },
      },
    },
    defaultOptions: {
      check: 'mismatch',
      typeGenres: {
        'situation-report': 'report',
        'work-summary': 'report',
        request: 'request',
        letter: 'letter',
      },
    },
    messages: {
      mismatch: '标题文种为“{{title}}”，结束语“{{found}}”却属于“{{other}}”，应统一',
      requestInReport: '报告中不得夹带请示事项（“{{found}}”），请示事项应另行请示',
      oneRequest: '一文一事：请示中出现第二处“{{found}}”，其他事项应另行请示',
      missing: '{{type}}宜以“{{closing}}”结束',
      period: '结束语“{{closing}}”后应加句号',
    },
    fixable: true,
  },
  create({ options }) {
    return {
      documentNeeds: documentNeeds(options.check),
      document: (doc, report) => check(options, doc, report),
    }
  },
})
