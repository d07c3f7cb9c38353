/** stray-spaces: spaces between Chinese characters, or between Chinese and digits or Latin, in body text. */

import { maskedLine } from '../document/mask'
import type { LineKind } from '../document/types'
import { defineRuleKind } from './kind'
import { charAt, charBefore, isAsciiAlnum, isCjk, isHan } from './util/chars'
import { requiredStrings } from './util/required-strings'

interface Options {
  lineKinds?: LineKind[]
}

const SPACES = /[ \u3000\u00a0]+/g
/** 第一章 总则, 第三条 …: GB/T 15834 B.3.6 puts a space after a chapter or article number. */
const CHAPTER = /第[一二三四五六七八九十百零〇\d]{1,5}(?:章|节|条|编|部分)$/
const POINTS = '，。、；：？！'
const isPoint = (c: string | undefined) => !!c && POINTS.includes(c)
const SEPARATOR = /^$|^[、，：；。（）\s\u3000]$/

/** 张　三: a two-character name padded with one U+3000 to line up with three-character names. */
function paddedName(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || text[start] !== '\u3000') return false
  const a = charBefore(text, start)
  const b = charAt(text, end)
  if (!isHan(a) || !isHan(b)) return false
  return (
    SEPARATOR.test(charBefore(text, start - a.length)) &&
    SEPARATOR.test(charAt(text, end + b.length))
  )
}

/** How far these layouts look around a space: a title or a clause longer than this is not one. */
const REACH = 120

/** The 《…》 around [start, end), as [open, close] indices, or null; marks are sought within REACH. */
function titleAround(text: string, start: number, end: number): [number, number] | null {
  let open = -1
  for (let i = start - 1; i >= 0 && i >= start - REACH && open < 0; i--) {
    if (text[i] === '》') return null
    if (text[i] === '《') open = i
  }
  if (open < 0) return null
  const close = text.indexOf('》', end)
  return close < 0 || close > end + REACH ? null : [open, close]
}

/** 《持续发力 纵深推进》: a film or book title of matched phrases, spaced apart as it is published. */
function spacedPhrases(text: string, start: number, end: number): boolean {
  const title = titleAround(text, start, end)
  if (!title) return false
  const parts = text.slice(title[0] + 1, title[1]).split(/[ \u3000]/)
  return parts.every((p) => p.length >= 4 && p.length === parts[0]!.length && HAN_ONLY.test(p))
}
const HAN_ONLY = /^[\u4e00-\u9fff]+$/

/**
 * GB/T 23001—2017《信息化和工业化融合管理体系 要求》: a standard's name is made of elements that
 * GB/T 1.1 separates with a space; seen next to a standard's number, before an element word or
 * after a series name ending in 标准.
 */
function standardName(text: string, start: number, end: number): boolean {
  const title = titleAround(text, start, end)
  if (!title) return false
  return (
    STANDARD_NUMBER.test(text.slice(Math.max(0, title[0] - 30), title[0])) ||
    ELEMENT.test(text.slice(end, title[1])) ||
    // 《食品安全国家标准　食品中农药最大残留限量》（GB 2763—2021）: the series name first
    text.slice(title[0] + 1, start).endsWith('标准') ||
    NUMBER_AFTER.test(text.slice(title[1] + 1, title[1] + 30))
  )
}
const NUMBER_AFTER = /^[（(](?:GB|[A-Z]{2,4})(?:\/[TZ])?[ \u3000]?\d+(?:\.\d+)*[—–-]\d{4}[）)]/
const STANDARD_NUMBER = /(?:GB|[A-Z]{2,4})(?:\/[TZ])?[ \u3000]?\d+(?:\.\d+)*[—–-]\d{4}[ \u3000]?$/
const ELEMENT =
  /^(?:要求|规范|指南|术语|通则|总则|导则|规程|分类|试验方法|检验方法|第[\d一二三四五六七八九十]+部分)/

/** 人力资源社会保障部 财政部关于…: joint issuers of a cited title are separated by one space. */
function jointIssuers(text: string, start: number, end: number): boolean {
  const title = titleAround(text, start, end)
  if (!title) return false
  const [open, close] = title
  // still in the issuers (no 关于 yet), the title's 关于 still to come, an organ's name before
  return (
    !text.slice(open, start).includes('关于') &&
    text.slice(end, close).includes('关于') &&
    ISSUER_END.test(text.slice(open + 1, start))
  )
}
const ISSUER_END = /[部委局厅署院会办室行府总社联团组处]$/

/** 中共中央办公厅 国务院办公厅《关于…》 / …印发: the same joint issuers, named before the title. */
function issuersBeforeTitle(text: string, start: number, end: number): boolean {
  if (!ISSUER_END.test(text.slice(Math.max(0, start - 1), start))) return false
  return ISSUERS_THEN_TITLE.test(text.slice(end, end + 60))
}
const ISSUERS_THEN_TITLE =
  /^(?:[\u4e00-\u9fff]{2,20}?[部委局厅署院会办室行府总社联团组处][ \u3000])*[\u4e00-\u9fff]{2,20}?[部委局厅署院会办室行府总社联团组处](?:《|关于|印发|联合)/

/** 联系人：综合处　张三，联系电话：…: a contact clause spaces its parts apart as a layout. */
function contactClause(text: string, start: number, end: number): boolean {
  const before =
    text
      .slice(Math.max(0, start - REACH), start)
      .split(/[。；]/)
      .pop() ?? ''
  const after = text.slice(end, end + REACH).split(/[。；]/)[0] ?? ''
  return CONTACT.test(before + after)
}
const CONTACT = /(?:联系人|联系电话|联系方式|电话|手机|传真|邮箱|电子邮箱|地址|邮编)[：:]/

/**
 * 序号　企业名称　金额（万元）: a table flattened into a line of three or more short cells, with no
 * point mark anywhere (a sentence with stray spaces has its 、，。). Heading lines are never rows.
 */
function tableRow(text: string, indent: number): boolean {
  if (POINT_ANYWHERE.test(text)) return false
  const cells = text
    .slice(indent)
    .trim()
    .split(/[ \u3000\u00a0]+/)
  return cells.length >= 3 && cells.every((cell) => cell.length <= 30)
}
const POINT_ANYWHERE = /[，。、；：？！,;:?!]/

/** Display width of a run of spaces: U+3000 is two half-width spaces wide. */
const width = (run: string) => [...run].reduce((w, c) => w + (c === '\u3000' ? 2 : 1), 0)

function stray(text: string, start: number, end: number): boolean {
  // four or more columns of space is layout (a table row, aligned names), not a typo
  if (width(text.slice(start, end)) >= 4) return false
  const left = charBefore(text, start)
  const right = charAt(text, end)
  const zhLeft = isCjk(left)
  const zhRight = isCjk(right)
  if (!(zhLeft && (zhRight || isAsciiAlnum(right))) && !(isAsciiAlnum(left) && zhRight))
    return false
  if (CHAPTER.test(text.slice(Math.max(0, start - 8), start))) return false
  const layout = [
    paddedName,
    jointIssuers,
    issuersBeforeTitle,
    spacedPhrases,
    standardName,
    contactClause,
  ]
  return !layout.some((excused) => excused(text, start, end))
}

export default defineRuleKind<Options>({
  meta: {
    id: 'stray-spaces',
    description: '正文中汉字之间、汉字与数字或字母之间多出空格（不含段首缩进）',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { lineKinds: { type: 'array', uniqueItems: true, items: { type: 'string' } } },
    },
    defaultOptions: { lineKinds: ['paragraph', 'heading'] },
    messages: { space: '删去多余的空格' },
    fixable: true,
  },
  create({ options }) {
    const kinds = options.lineKinds?.length ? new Set<string>(options.lineKinds) : null
    return {
      kinds: options.lineKinds?.length ? options.lineKinds : undefined,
      needs: requiredStrings(SPACES.source),
      line(line, report) {
        if (kinds && !kinds.has(line.kind)) return
        const text = maskedLine(line)
        let table: boolean | undefined
        SPACES.lastIndex = line.indent
        for (let m = SPACES.exec(text); m; m = SPACES.exec(text)) {
          const start = m.index
          const end = start + m[0].length
          if (start < line.indent || end === text.length || !stray(text, start, end)) continue
          if (line.kind !== 'heading' && (table ??= tableRow(text, line.indent))) continue
          // joining a mark to its neighbour could make a new error ("， 。", "1 、"): flag only
          if (isPoint(text[start - 1]) || isPoint(text[end]))
            report({ messageId: 'space', start, end })
          else report({ messageId: 'space', start, end, fix: { start, end, replacement: '' } })
        }
      },
    }
  },
})
