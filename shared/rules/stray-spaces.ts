/** stray-spaces: spaces between Chinese characters, or between Chinese and digits or Latin, in body text. */

import { maskedLine } from '../document/mask'
import type { LineKind } from '../document/types'
import { defineRuleKind } from './kind'
import { charAt, charBefore, isAsciiAlnum, isCjk, isHan } from './util/chars'
import { requiredChars } from './util/required-chars'

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
  return !paddedName(text, start, end)
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
      needs: requiredChars(SPACES.source),
      line(line, report) {
        if (kinds && !kinds.has(line.kind)) return
        const text = maskedLine(line)
        SPACES.lastIndex = line.indent
        for (let m = SPACES.exec(text); m; m = SPACES.exec(text)) {
          const start = m.index
          const end = start + m[0].length
          if (start < line.indent || end === text.length || !stray(text, start, end)) continue
          // joining a mark to its neighbour could make a new error ("， 。", "1 、"): flag only
          if (isPoint(text[start - 1]) || isPoint(text[end]))
            report({ messageId: 'space', start, end })
          else report({ messageId: 'space', start, end, fix: { start, end, replacement: '' } })
        }
      },
    }
  },
})
