/** Character classes for Chinese text: Han (including characters outside the BMP) and full-width marks. */

const HAN = /^\p{Script=Han}$/u

/** Full-width marks that open a pair. */
export const CJK_OPEN = '“‘（《〈【〔「『'
/** Full-width marks that close a pair or end a phrase. */
export const CJK_CLOSE = '”’）》〉】〕」』'
/** Full-width point marks and other Chinese punctuation. */
export const CJK_POINT = '，。、；：？！…—～·'

/** The code point (one or two UTF-16 units) ending just before `i`, or '' at the start. */
export function charBefore(text: string, i: number): string {
  if (i <= 0) return ''
  const low = text.charCodeAt(i - 1)
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i)
  }
  return text.charAt(i - 1)
}

/** The code point (one or two UTF-16 units) starting at `i`, or '' at the end. */
export function charAt(text: string, i: number): string {
  if (i >= text.length) return ''
  const cp = text.codePointAt(i)!
  return String.fromCodePoint(cp)
}

export const isHan = (c: string): boolean => c !== '' && HAN.test(c)
export const isCjkPunct = (c: string): boolean =>
  c !== '' && (CJK_OPEN.includes(c) || CJK_CLOSE.includes(c) || CJK_POINT.includes(c))
/** Han or a full-width Chinese mark. */
export const isCjk = (c: string): boolean => isHan(c) || isCjkPunct(c)
export const isAsciiAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c)
export const isAsciiLetter = (c: string): boolean => /^[A-Za-z]$/.test(c)
export const isDigit = (c: string): boolean => /^[0-9]$/.test(c)
/** Spaces that can separate words: half-width, U+3000 and NBSP (tabs are left to tables). */
export const isSpace = (c: string): boolean => c === ' ' || c === '\u3000' || c === '\u00a0'

/** 1 at the code of each of `chars` (BMP characters): a scan that reads codes, not strings, looks them up. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536)
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1
  return table
}
