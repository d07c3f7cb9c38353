/**
 * The document parser as it was before the allocation-lean rewrite (shared/document/parse.ts,
 * lines.ts, markers.ts, outline.ts at commit 8c992c3), kept verbatim as the reference the
 * equivalence test compares the current parser with. Only the per-text memo of `intrinsic` is left
 * out: it returns what the function computes. Do not "improve" this file.
 */

import { findEnumerators } from '../../../shared/document/enumerations'
import { detectDocType } from '../../../shared/document/doc-type'
import { mayHoldAddress } from '../../../shared/document/mask'
import { parseHanzi, toHanzi } from '../../../shared/document/numerals'
import type {
  DocModel,
  Heading,
  HeadingLevel,
  Line,
  LineKind,
  MarkerVariant,
  OutlineNode,
} from '../../../shared/document/types'
import type { DocumentType } from '../../../shared/types'

// --- markers.ts ---

type MarkerMatch = Omit<Heading, 'titleEnd' | 'runIn'>

const HZ = '[一二三四五六七八九十两]{1,3}'
const OPEN = '[（(]'
const CLOSE = '[）)]'
// a stray mark after a bracketed ordinal; a period that starts an ellipsis ("（一）...") is not one
const EXTRA = '(?:[、，,．:：]|\\.(?!\\.))'

const PAREN_HANZI = new RegExp(`^(${OPEN})(${HZ})(${CLOSE})(${EXTRA}?)`)
const PAREN_ARABIC = new RegExp(`^(${OPEN})(\\d{1,2})(${CLOSE})(${EXTRA}?)`)
const HANZI = new RegExp(`^(${HZ})([、，,．]|\\.(?!\\d))`)
const ARABIC = /^(\d{1,2})([.．](?![\d%％])|、(?!\d))/
// the closing bracket alone: "1）" for （1）, "一）" for （一）
const ONE_PAREN = new RegExp(`^(?:(${HZ})|(\\d{1,2}))${CLOSE}`)
const CIRCLED = /^[\u2460-\u2473]/ // ① … ⑳
const PAREN_GLYPH = /^[\u2474-\u2487]/ // ⑴ … ⒇
const PERIOD_GLYPH = /^[\u2488-\u249B]/ // ⒈ … ⒛
const PAREN_HANZI_GLYPH = /^[\u3220-\u3229]/ // ㈠ … ㈩

/**
 * The code units a marker can start with: brackets, Chinese and Arabic digits, the enclosed glyphs
 * ① … ⒛ and ㈠ … ㈩. Most lines start otherwise and are passed over without a copy or an expression.
 */
const MARKER_START = new Uint8Array(65536)
for (const c of '（(一二三四五六七八九十两0123456789') MARKER_START[c.charCodeAt(0)] = 1
MARKER_START.fill(1, 0x2460, 0x249c)
MARKER_START.fill(1, 0x3220, 0x322a)

/** The GB/T 9704 form of ordinal `n` at `level`: 一、 （一） 1. （1） ①. */
export function canonicalMarker(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${toHanzi(n)}、`
    case 2:
      return `（${toHanzi(n)}）`
    case 3:
      return `${n}.`
    case 4:
      return `（${n}）`
    case 5:
      return String.fromCharCode(0x2460 + n - 1)
  }
}

function make(
  level: HeadingLevel,
  ordinal: number,
  at: number,
  length: number,
  variant: MarkerVariant,
): MarkerMatch {
  return {
    level,
    ordinal,
    markerStart: at,
    markerEnd: at + length,
    canonical: canonicalMarker(level, ordinal),
    variant,
    textStart: at + length,
  }
}

/** Parenthesised ordinals: （一） （1） and their half-width, mixed and extra-punctuation variants. */
function matchParen(s: string, at: number): MarkerMatch | null {
  const hz = PAREN_HANZI.exec(s)
  const ar = hz ? null : PAREN_ARABIC.exec(s)
  const m = hz ?? ar
  if (!m) return null
  const n = hz ? parseHanzi(m[2]) : Number(m[2])
  if (!n) return null
  const half = m[1] === '(' || m[3] === ')'
  const variant: MarkerVariant = half ? 'halfwidth-paren' : m[4] ? 'extra-punct' : 'ok'
  return make(hz ? 2 : 4, n, at, m[0].length, variant)
}

/**
 * Finds a heading marker at `at` in `line` (after indentation). A decimal like "3.5%" or a year
 * like "2023." is not a marker; neither are "二、三产业" and "3、4月", approximate numbers.
 */
export function matchMarker(line: string, at: number): MarkerMatch | null {
  if (!MARKER_START[line.charCodeAt(at)]) return null
  const s = line.slice(at)
  const first = s.charAt(0)
  if (first === '（' || first === '(') return matchParen(s, at)
  let m = HANZI.exec(s)
  if (m) {
    const n = parseHanzi(m[1])
    if (!n) return null
    if (m[2] === '、' && /^[一二三四五六七八九十]/.test(s.slice(m[0].length))) return null
    return make(1, n, at, m[0].length, m[2] === '、' ? 'ok' : 'hanzi-mark')
  }
  m = ARABIC.exec(s)
  if (m) return make(3, Number(m[1]), at, m[0].length, m[2] === '、' ? 'arabic-dunhao' : 'ok')
  m = ONE_PAREN.exec(s)
  if (m) {
    const n = m[1] ? parseHanzi(m[1]) : Number(m[2])
    return n ? make(m[1] ? 2 : 4, n, at, m[0].length, 'one-paren') : null
  }
  if (CIRCLED.test(s)) return make(5, first.charCodeAt(0) - 0x2460 + 1, at, 1, 'ok')
  // a bracketed glyph takes no point mark either: "⑴，" is one marker, written "（1）"
  const glyphLength = /^.(?:[、，,．:：]|\.(?!\.))/.test(s) ? 2 : 1
  if (PAREN_GLYPH.test(s))
    return make(4, first.charCodeAt(0) - 0x2474 + 1, at, glyphLength, 'enclosed-glyph')
  if (PERIOD_GLYPH.test(s))
    return make(3, first.charCodeAt(0) - 0x2488 + 1, at, 1, 'enclosed-glyph')
  if (PAREN_HANZI_GLYPH.test(s))
    return make(2, first.charCodeAt(0) - 0x3220 + 1, at, glyphLength, 'enclosed-glyph')
  return null
}

/** Completes a marker match into a heading: where its own title ends and whether body text follows. */
export function toHeading(line: string, m: MarkerMatch): Heading {
  TITLE_END.lastIndex = m.textStart
  const stop = TITLE_END.exec(line)
  const titleEnd = stop ? stop.index + 1 : line.length
  // body text after the title's end mark makes a run-in heading (no copies of the line: hot path)
  NOT_SPACE.lastIndex = titleEnd
  const runIn = stop !== null && NOT_SPACE.test(line)
  // spelled out: an object spread here cost more than the rest of parsing the line
  const { level, ordinal, markerStart, markerEnd, canonical, variant, textStart } = m
  return { level, ordinal, markerStart, markerEnd, canonical, variant, textStart, titleEnd, runIn }
}

const TITLE_END = /[。！？]/g
const NOT_SPACE = /\S/g

// --- lines.ts ---

const DATE_LINE =
  /^(\d{4}年\d{1,2}月\d{1,2}[日号]|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/
const DOCNUMBER_LINE = /^\S{1,20}[〔［[【（(]\d{2,4}[〕］\]】）)]第?\d+号$/
const ANNOTATION_LINE = /^[（(]此件[^）)]*[）)]$/

/** Splits text into raw lines with absolute offsets; line breaks are never part of a line. */
export function splitLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = 0
  if (!text.includes('\r')) {
    // the usual case, \n alone: found by indexOf rather than an expression's matches
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
      out.push({ start, end: at })
      start = at + 1
    }
    out.push({ start, end: text.length })
    return out
  }
  const re = /\r\n|\r|\n/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index })
    start = m.index + m[0].length
  }
  out.push({ start, end: text.length })
  return out
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

/** The length of the indentation `raw` starts with: spaces, tabs, full-width and no-break spaces. */
function indentOf(raw: string): number {
  let i = 0
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0) break
  }
  return i
}

/** Intrinsic kind of a line from its own text; context (title, 落款) is settled in `classify`. */
function intrinsicKind(body: string): { kind: LineKind; heading?: Heading } {
  if (!body) return { kind: 'blank' }
  // the expressions only where the first character fits: most lines start otherwise
  const first = body.charCodeAt(0)
  if (first === CHAO && /^抄送[：:]/.test(body)) return { kind: 'cc' }
  if (first === FU && /^附件[：:\d１-９一二三四五六七八九]/.test(body) && words(body) < 80)
    return { kind: 'attachment-note' }
  // each of these ends with one character: a line ending otherwise is not tried against them
  const last = body[body.length - 1]
  // 2025年1月16号: a 成文日期 written with 号 is still the date (a rule asks for 日)
  if ((last === '日' || last === '号') && DATE_LINE.test(body)) return { kind: 'date' }
  if (last === '号' && DOCNUMBER_LINE.test(body)) return { kind: 'docnumber' }
  if ((last === '）' || last === ')') && ANNOTATION_LINE.test(body)) return { kind: 'annotation' }
  return { kind: 'paragraph' }
}

/**
 * Builds classified lines. The title is the first plausible title line among the first few
 * non-blank lines; 主送 is a short line ending in a colon right after it; the 落款 is the short line
 * right before a trailing date line.
 */
/** What a line is on its own, memoised by its text: re-parsing after a keystroke redoes one line. */
const intrinsic = (raw: string): Pick<Line, 'kind' | 'indent' | 'heading'> => {
  const indent = indentOf(raw)
  const body = raw.slice(indent).trimEnd()
  const base = intrinsicKind(body)
  if (base.kind !== 'paragraph') return { kind: base.kind, indent }
  const marker = matchMarker(raw, indent)
  return marker
    ? { kind: 'heading', indent, heading: toHeading(raw, marker) }
    : { kind: 'paragraph', indent }
}

export function classify(text: string): Line[] {
  // a text holding no address at all needs no line masked: each line is its own masked text
  const bare = !mayHoldAddress(text)
  const lines: Line[] = splitLines(text).map(({ start, end }, index) => {
    const raw = text.slice(start, end)
    const { kind, indent, heading } = intrinsic(raw)
    // every field there from the start: lines of one shape keep property reads monomorphic
    const line: Line = {
      index,
      start,
      end,
      text: raw,
      kind,
      indent,
      heading,
      masked: bare ? raw : undefined,
      memos: undefined,
    }
    return line
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
    const next = lines.slice(last.index + 1).find((l) => l.kind !== 'blank')
    if (!next) break
    for (const t of titled) t.kind = 'title'
    if (next.kind === 'paragraph' && looksLikeRecipient(bodyOf(next))) next.kind = 'recipient'
    break
  }
  markAttachmentItems(lines)
  for (const line of lines) {
    if (line.kind !== 'date') continue
    const prev = lines
      .slice(0, line.index)
      .reverse()
      .find((l) => l.kind !== 'blank')
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

// --- outline.ts ---

/**
 * Nests headings by level. A deeper heading becomes a child of the last shallower one (skipping a
 * level downward is allowed); a heading at the same or a shallower level closes the deeper ones.
 * A part divider (第一部分, 第二章; `parts`, in document order) closes every level: the headings
 * after it start their numbering again, so its top-level headings form a sibling group of their own.
 */
export function buildOutline(headings: Line[], parts: Line[] = []): OutlineNode[] {
  const roots: OutlineNode[] = []
  const stack: OutlineNode[] = []
  let part = 0
  for (const line of headings) {
    const heading = line.heading!
    if (part < parts.length && parts[part].index < line.index) {
      while (part < parts.length && parts[part].index < line.index) part++
      stack.length = 0
    }
    while (stack.length && stack[stack.length - 1].heading.level >= heading.level) stack.pop()
    const parent = stack[stack.length - 1]
    const node: OutlineNode = { line, heading, parent, children: [] }
    if (part) node.part = part
    ;(parent ? parent.children : roots).push(node)
    stack.push(node)
  }
  return roots
}

// --- parse.ts ---

/**
 * Index of the first line of the attachments: an "附件1" header after the 成文日期. Attachments number
 * their own headings from 一、 again, so they are kept out of the main outline.
 */
function attachmentsStart(lines: Line[]): number {
  const date = lines.findIndex((l) => l.kind === 'date')
  if (date < 0) return lines.length
  const header = lines.findIndex(
    (l, i) =>
      i > date && l.kind === 'attachment-note' && /^附件\s*\d*\s*[：:]?$/.test(l.text.trim()),
  )
  return header < 0 ? lines.length : header
}

// A part divider above 一、 ("第一部分　主要工作", "第二部分：打算", "第二章 总则"): headings restart below.
const PART = /^第[一二三四五六七八九十]{1,3}(?:部分|篇|章)(?:[\s\u3000：:]|$)/

function isPart(line: Line): boolean {
  return (
    line.kind === 'paragraph' &&
    line.text.charAt(line.indent) === '第' &&
    PART.test(line.text.slice(line.indent))
  )
}

export function parseDocumentRef(text: string, types: DocumentType[] = []): DocModel {
  const lines = classify(text)
  const titleLines = lines.filter((l) => l.kind === 'title')
  const title = titleLines[0]
  const titleText = title
    ? titleLines.map((l) => l.text.slice(l.indent).trimEnd()).join('')
    : undefined
  const headings = lines.filter((l) => l.kind === 'heading')
  const attachments = attachmentsStart(lines)
  return {
    text,
    lines,
    title,
    titleText,
    titleLines,
    docType: titleText ? detectDocType(titleText, types) : undefined,
    headings,
    outline: buildOutline(
      headings.filter((l) => l.index < attachments),
      lines.filter((l) => l.index < attachments && isPart(l)),
    ),
  }
}
