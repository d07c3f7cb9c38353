/** Reading a document's lines through its flat text: the few lines that hold a string, without visiting the rest. */

import type { DocModel, Line } from '../../document/types'

/**
 * Calls `fn` on every line of `doc` that holds `needle` (which holds no line break), once per line
 * and in order. `indexOf` over the flat text skips the lines without it at native speed.
 */
export function forLinesHolding(doc: DocModel, needle: string, fn: (line: Line) => void): void {
  const { text, lines } = doc
  let i = 0
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, lines[i++].end)) {
    while (lines[i].end <= at) i++
    fn(lines[i])
  }
}

/** `text.trimEnd().length`, without building the trimmed string when `text` ends in no space. */
export function trimmedLength(text: string): number {
  const c = text.charCodeAt(text.length - 1)
  // neither range holds a character trimEnd removes (\s: ASCII spaces, NBSP, U+2000–U+200A, U+3000…)
  if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff)) return text.length
  return text.trimEnd().length
}

/** The first index in [from, to) of `text` holding one of `chars` (BMP characters), or -1. */
export function indexOfAny(text: string, chars: string, from: number, to: number): number {
  // by code unit: `text[i]` would build a string for every character outside Latin-1
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    for (let j = 0; j < chars.length; j++) if (chars.charCodeAt(j) === c) return i
  }
  return -1
}
