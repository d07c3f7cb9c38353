/** Splits text into lines (\n, \r\n, \r) and classifies each: title, heading, paragraph, 落款, … */

import { findEnumerators } from './enumerations'
import { lineMemo } from './line-memo'
import { mayHoldAddress } from './mask'
import { headingAt } from './markers'
import type { Heading, Line, LineKind } from './types'

const DATE_LINE =
  /^(\d{4}年\d{1,2}月\d{1,2}[日号]|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/
const DOCNUMBER_LINE = /^\S{1,20}[〔［[【（(]\d{2,4}[〕］\]】）)]第?\d+号$/
const ANNOTATION_LINE = /^[（(]此件[^）)]*[）)]$/

/**
 * Calls `visit(start, end)` for each line of `text` in order, with absolute offsets; line breaks
 * (\n, \r\n, \r) are never part of a line. No array of ranges: the caller builds its lines directly.
 */
function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0
  if (!text.includes('\r')) {
    // the usual case, \n alone: found by indexOf rather than an expression's matches
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
      visit(start, at)
      start = at + 1
    }
    visit(start, text.length)
    return
  }
  const re = /\r\n|\r|\n/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    visit(start, m.index)
    start = m.index + m[0].length
  }
  visit(start, text.length)
}

// A title that names its genre ("关于…的报告", "…工作要点") stays a title even with a stray mark after it.
const GENRE =
  '报告|请示|通知|通报|意见|决定|决议|函|纪要|批复|公告|通告|公报|议案|总结|要点|计划|方案|规划|安排|汇报'
const GENRE_TITLE = new RegExp(`(?:关于.+的(?:${GENRE})|工作(?:${GENRE}))[。．.，,；;：:！!？?]*$`)
const SENTENCE_MARK = /[，。；：！？,;:!?]/

/** Length in letters and digits: marks a fix adds or deletes ("…" → "……", "，，") change nothing. */
const words = (body: string) => body.replace(/[^\p{L}\p{N}]/gu, '').length

/**
 * Whether a line can be a document title: short, no sentence punctuation (a first paragraph that
 * lacks its final 。 is not a title), unless it plainly names its genre.
 */
function looksLikeTitle(body: string): boolean {
  if (words(body) < 4 || body.length > 80 || /特此|现将|如下/.test(body)) return false
  // a line opening with an inline enumerator (首先、 二是) is a list item, not a title
  if (findEnumerators(body)[0]?.start === 0) return false
  // A mistaken comma inside "关于…，…的报告" does not make it a sentence; a full stop inside does.
  if (GENRE_TITLE.test(body) && !/[。！？!?]/.test(body.slice(0, -1))) return true
  return !SENTENCE_MARK.test(body)
}

/** 主送机关: a short line ending in a colon, not a lead-in sentence such as "现将有关情况报告如下：". */
function looksLikeRecipient(body: string): boolean {
  return (
    /^[^，。；]{2,40}[：:]$/.test(body) &&
    !/如下|以下|下列|现将|报告|汇报|情况|方面|做了/.test(body)
  )
}

const CHAO = '抄'.charCodeAt(0)
const FU = '附'.charCodeAt(0)
const RI = '日'.charCodeAt(0)
const HAO = '号'.charCodeAt(0)
const CLOSE = '）'.charCodeAt(0)
const CLOSE_HALF = ')'.charCodeAt(0)

/** The length of the indentation `raw` starts with: spaces, tabs, full-width and no-break spaces. */
function indentOf(raw: string): number {
  let i = 0
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0) break
  }
  return i
}

/** Whether code unit `c` is white space as `trimEnd` and `\s` read it (WhiteSpace, LineTerminator). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** End of the line's body: `raw.slice(indent).trimEnd()` is `raw.slice(indent, bodyEnd(…))`. */
function bodyEnd(raw: string, indent: number): number {
  let end = raw.length
  while (end > indent && isSpace(raw.charCodeAt(end - 1))) end--
  return end
}

/**
 * Intrinsic kind of a line from its own text; context (title, 落款) is settled in `classify`. The
 * body (after the indentation, trailing spaces trimmed) is copied out only for the rare lines whose
 * first or last character lets them be one of the kinds an expression tells.
 */
function intrinsicKind(raw: string, indent: number): LineKind {
  const end = bodyEnd(raw, indent)
  if (end === indent) return 'blank'
  // the expressions only where the first character fits: most lines start otherwise
  const first = raw.charCodeAt(indent)
  if (first === CHAO && /^抄送[：:]/.test(raw.slice(indent, end))) return 'cc'
  if (first === FU) {
    const body = raw.slice(indent, end)
    if (/^附件[：:\d１-９一二三四五六七八九]/.test(body) && words(body) < 80)
      return 'attachment-note'
  }
  // each of these ends with one character: a line ending otherwise is not tried against them
  const last = raw.charCodeAt(end - 1)
  const closes = last === CLOSE || last === CLOSE_HALF
  if (last !== RI && last !== HAO && !closes) return 'paragraph'
  const body = raw.slice(indent, end)
  if (closes) return ANNOTATION_LINE.test(body) ? 'annotation' : 'paragraph'
  // 2025年1月16号: a 成文日期 written with 号 is still the date (a rule asks for 日)
  if (DATE_LINE.test(body)) return 'date'
  return last === HAO && DOCNUMBER_LINE.test(body) ? 'docnumber' : 'paragraph'
}

/**
 * What a line is on its own, memoised by its text: re-parsing after a keystroke redoes one line.
 * A heading line gives its heading (kind 'heading'), any other line its kind: no object per line.
 */
const intrinsic = lineMemo((raw: string): LineKind | Heading => {
  const indent = indentOf(raw)
  const kind = intrinsicKind(raw, indent)
  return (kind === 'paragraph' && headingAt(raw, indent)) || kind
})

/**
 * Builds classified lines. The title is the first plausible title line among the first few
 * non-blank lines; 主送 is a short line ending in a colon right after it; the 落款 is the short line
 * right before a trailing date line.
 */
export function classify(text: string): Line[] {
  // a text holding no address at all needs no line masked: each line is its own masked text
  const bare = !mayHoldAddress(text)
  const lines: Line[] = []
  forEachLine(text, (start, end) => {
    const raw = text.slice(start, end)
    const found = intrinsic(raw)
    const plain = typeof found === 'string'
    // every field there from the start: lines of one shape keep property reads monomorphic
    lines.push({
      index: lines.length,
      start,
      end,
      text: raw,
      kind: plain ? found : 'heading',
      indent: indentOf(raw),
      heading: plain ? undefined : found,
      masked: bare ? raw : undefined,
      memos: undefined,
    })
  })
  markFrame(lines)
  return lines
}

function bodyOf(line: Line): string {
  return line.text.slice(line.indent).trimEnd()
}

/** The 版头's 发文机关标志 ("××县应急管理局文件"): above the title, never the title itself. */
const ISSUER_MARK = /^\S{2,30}文件$/
const ENDS_IN_GENRE = new RegExp(`(?:${GENRE})[。．.，,；;：:！!？?]*$`)

/**
 * The lines a long title continues on (GB/T 9704 7.3.1 allows a title over several lines): the
 * next lines, with no blank between, while the title so far does not end in its genre and the
 * lines together do. Returns the continuation lines, or none.
 */
function titleContinuation(lines: Line[], first: Line): Line[] {
  let text = bodyOf(first)
  if (ENDS_IN_GENRE.test(text)) return []
  const more: Line[] = []
  for (let i = first.index + 1; i < lines.length && more.length < 2; i++) {
    const line = lines[i]
    const body = bodyOf(line)
    if (line.kind !== 'paragraph' || body.length > 40 || /[，。；：！？,;:!?]./.test(body)) break
    more.push(line)
    text += body
    if (ENDS_IN_GENRE.test(text)) return more
  }
  return []
}

/** The first line that is not blank from `from` on, going by `step` (1 or -1); no copy of `lines`. */
function nonBlank(lines: Line[], from: number, step: 1 | -1): Line | undefined {
  for (let i = from; i >= 0 && i < lines.length; i += step)
    if (lines[i].kind !== 'blank') return lines[i]
  return undefined
}

function markFrame(lines: Line[]): void {
  let seen = 0
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'docnumber') continue
    if (++seen > 3 || line.kind !== 'paragraph') break
    const body = bodyOf(line)
    if (ISSUER_MARK.test(body) || !looksLikeTitle(body)) continue
    const titled = [line, ...titleContinuation(lines, line)]
    const last = titled[titled.length - 1]
    // A lone line is a fragment being checked, not a titled document.
    const next = nonBlank(lines, last.index + 1, 1)
    if (!next) break
    for (const t of titled) t.kind = 'title'
    if (next.kind === 'paragraph' && looksLikeRecipient(bodyOf(next))) next.kind = 'recipient'
    break
  }
  markAttachmentItems(lines)
  for (const line of lines) {
    if (line.kind !== 'date') continue
    const prev = nonBlank(lines, line.index - 1, -1)
    if (prev && prev.kind === 'paragraph' && isSignatureText(bodyOf(prev))) prev.kind = 'signature'
  }
}

/**
 * The items of a numbered 附件说明 ("附件：1.甲" then "2.乙" on the next lines) are part of the note,
 * not third-level headings: a line continues the note when its number follows the previous one.
 */
function markAttachmentItems(lines: Line[]): void {
  let expected = 0
  for (const line of lines) {
    if (line.kind === 'attachment-note') {
      const m = /^附件[：:]\s*(\d+)/.exec(bodyOf(line))
      expected = m ? Number(m[1]) + 1 : 0
      continue
    }
    if (!expected || line.kind === 'blank') continue
    const numbered =
      line.kind === 'heading'
        ? line.heading!.level === 3 && line.heading!.ordinal === expected
        : // "2.2024年……" reads as a decimal, not as a marker, yet it is the next item
          line.kind === 'paragraph' &&
          new RegExp(`^${expected}[.．](?:\\d{4}年|[^\\d%％])`).test(bodyOf(line))
    if (numbered) {
      line.kind = 'attachment-note'
      line.heading = undefined
      expected++
      continue
    }
    expected = 0
  }
}

/** A 落款: an organ's name, or a person's after 述职人：/报告人： (a 述职报告 is signed by its author). */
function isSignatureText(body: string): boolean {
  if (SIGNER.test(body)) return true
  return body.length >= 2 && body.length <= 40 && !/[，。；：:,.;！？]/.test(body)
}
const SIGNER = /^(?:述职人|述责人|报告人|汇报人)[：:][ \u3000]*[\u4e00-\u9fff·]{2,10}$/
