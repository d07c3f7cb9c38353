/** Lines whose paired marks need no closer look: every pair closed in order, none inside its own family. */

import { charTable } from './chars'

/** Each opening paired mark with its closing one. */
export const PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '（': '）',
  '《': '》',
  '〈': '〉',
  '【': '】',
  '〔': '〕',
}
/** 1 at the code of each paired mark: the scan reads characters, not matches. */
export const IS_MARK = charTable('“”‘’（）《》〈〉【】〔〕')

/** Per opening mark's code, its closing mark's code; per mark, 1 for the quote and 2 for the book-title family. */
const CLOSE_OF = new Uint16Array(65536)
const FAMILY_BIT = new Uint8Array(65536)
for (const [o, c] of Object.entries(PAIRS)) CLOSE_OF[o.charCodeAt(0)] = c.charCodeAt(0)
for (const ch of '“‘') FAMILY_BIT[ch.charCodeAt(0)] = 1
for (const ch of '《〈') FAMILY_BIT[ch.charCodeAt(0)] = 2
const stackScratch = new Uint16Array(32)

/**
 * Whether every mark of `text` from `first` on, but those in [skipStart, skipEnd), closes in order
 * with none of its family open around it (“…（…）…” but not “…“…”…”): then no check has anything
 * to say. Most lines are so.
 */
export function plain(text: string, first: number, skipStart: number, skipEnd: number): boolean {
  let depth = 0
  let families = 0
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!IS_MARK[c] || (i >= skipStart && i < skipEnd)) continue
    if (CLOSE_OF[c]) {
      if (families & FAMILY_BIT[c] || depth === stackScratch.length) return false
      families |= FAMILY_BIT[c]
      stackScratch[depth++] = c
    } else if (depth === 0 || CLOSE_OF[stackScratch[--depth]] !== c) return false
    else families &= ~FAMILY_BIT[stackScratch[depth]]
  }
  return depth === 0
}

const OTHER = '[^“”‘’（）《》〈〉【】〔〕]'
const PAIR = Object.entries(PAIRS)
  .map(([o, c]) => `${o}${OTHER}*${c}`)
  .join('|')
// Linear: a character that is no mark cannot start a pair, nor end the text, so giving one back
// to a [^…]* fails at once; sticky, it is tried at lastIndex only.
const SIDE_BY_SIDE = new RegExp(`${OTHER}*(?:(?:${PAIR})${OTHER}*)*$`, 'y')

/**
 * Whether the marks of `text` from `from` on are whole pairs side by side, none inside another
 * (“…”（…）《…》), or none: `plain` then holds. One native pass, for most lines in place of `plain`.
 */
export function sideBySide(text: string, from: number): boolean {
  SIDE_BY_SIDE.lastIndex = from
  return SIDE_BY_SIDE.test(text)
}

/** Whether `text` holds `mark` twice or more: a nesting of “ (or 《) needs two. */
export function holdsTwice(text: string, mark: string): boolean {
  const first = text.indexOf(mark)
  return first >= 0 && text.indexOf(mark, first + 1) >= 0
}
