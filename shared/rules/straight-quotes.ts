/** straight-quotes: ASCII " and ' used as quotation marks in Chinese text; pairs are fixed as a whole. */

import { maskedLine } from '../document/mask'
import { defineRuleKind, type ReportFn } from './kind'
import { charAt, charBefore, isHan } from './util/chars'
import { balanced, chineseContext, hasHan, pairs, quoteMarks } from './util/quote-context'

type Options = Record<string, never>

/** Marks and spaces a fix may change or delete (",'", "...", "一是：'", "年　……"). */
const PASSABLE = ',.;:?!…，。、；：？！ \u3000\u00a0'

/** A Han character next to the mark at `i`, looking past marks and spaces a fix may change. */
function zhNear(text: string, i: number): boolean {
  let a = i
  while (a > 0 && PASSABLE.includes(text[a - 1])) a--
  let b = i + 1
  while (b < text.length && PASSABLE.includes(text[b])) b++
  return isHan(charBefore(text, a)) || isHan(charAt(text, b))
}

function checkSingles(
  text: string,
  from: number,
  to: number,
  report: ReportFn,
  fixable: boolean,
): string | null {
  const marks = quoteMarks(text, "'", from, to)
  const paired = pairs(marks)
  let inner = text.slice(from, to)
  if (!paired) {
    for (const i of marks)
      if (zhNear(text, i))
        report({ messageId: 'single', data: { match: "'" }, start: i, end: i + 1 })
    return null
  }
  for (const [a, b] of paired) {
    if (!chineseContext(text, a, b)) continue
    if (fixable)
      inner =
        inner.slice(0, a - from) +
        '‘' +
        inner.slice(a - from + 1, b - from) +
        '’' +
        inner.slice(b - from + 1)
    else
      report({ messageId: 'single', data: { match: text.slice(a, b + 1) }, start: a, end: b + 1 })
  }
  return inner
}

/** The count of open full-width “ after `text[from, to)`, starting from `depth`. */
function openDoubles(text: string, from: number, to: number, depth: number): number {
  for (let i = from; i < to; i++) {
    if (text[i] === '“') depth++
    else if (text[i] === '”' && depth > 0) depth--
  }
  return depth
}

function scan(text: string, report: ReportFn): void {
  const marks = quoteMarks(text, '"', 0, text.length)
  const paired = pairs(marks)
  if (!paired) {
    for (const i of marks)
      if (zhNear(text, i))
        report({ messageId: 'double', data: { match: '"' }, start: i, end: i + 1 })
    return
  }
  let last = 0
  let depth = 0 // full-width “ open before the pair, counted as the scan moves on
  for (const [a, b] of paired) {
    depth = openDoubles(text, last, a, depth)
    checkSingles(text, last, a, report, false)
    last = b + 1
    // value="abc": an attribute in code or markup, whose quotes must stay as they are
    if (text[a - 1] === '=' || !chineseContext(text, a, b)) continue
    // single quotes inside become ‘’ in the same fix; if they do not pair up, no fix
    const inner = checkSingles(text, a + 1, b, () => {}, true)
    const match = text.slice(a, b + 1)
    const data = { match }
    const range = { start: a, end: b + 1 }
    // inside “…” the pair is a quote in a quote, written ‘’ (GB/T 15834 4.1.3.3)
    const messageId = depth > 0 ? 'nested' : 'double'
    // no fix around an unbalanced inside ("〔"〕"" or "“"”""), around full-width double quotes
    // (they would need ‘’ too) or for a quote in a quote that holds quotes itself
    if (
      inner == null ||
      !balanced(inner) ||
      /[“”]/.test(inner) ||
      (depth > 0 && /[‘’]/.test(inner))
    )
      report({ messageId, data, ...range })
    else {
      const replacement = depth > 0 ? `‘${inner}’` : `“${inner}”`
      report({ messageId, data, ...range, fix: { ...range, replacement } })
    }
    depth = openDoubles(text, a, b + 1, depth)
  }
  checkSingles(text, last, text.length, report, false)
}

export default defineRuleKind<Options>({
  meta: {
    id: 'straight-quotes',
    description: '中文里用了半角引号（" 或 \'），应改用全角引号“”‘’',
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      double: '半角引号应改为全角引号“”',
      single: '半角引号应改为全角引号（外层用“”，内层用‘’）',
      nested: '引号内的引号应改为全角单引号‘’',
    },
    fixable: true,
  },
  create() {
    return { needs: `"'`, line: (line, report) => scan(maskedLine(line), report) }
  },
})
