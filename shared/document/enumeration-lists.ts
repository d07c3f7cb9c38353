/** The lists of a paragraph's inline enumerators to count: the paragraph's, and those quoted apart. */

import { type Enumerator, enumeratorsBetween } from './enumerations'

/** Either quotation mark; a search steps from one to the next (lines hold few, and long runs between). */
const QUOTE_MARK = /[“”]/g

/** Top-level quotations “…” with both marks, as [open, close] indexes. */
export function quotations(text: string): [number, number][] {
  const out: [number, number][] = []
  let depth = 0
  let open = -1
  QUOTE_MARK.lastIndex = text.indexOf('“')
  while (QUOTE_MARK.test(text)) {
    const i = QUOTE_MARK.lastIndex - 1
    if (text.charCodeAt(i) === 0x201c) {
      if (depth++ === 0) open = i
    } else if (depth > 0 && --depth === 0) out.push([open, i])
  }
  return out
}

/**
 * What a top-level quotation long enough to hold two enumerators (its closing mark more than five
 * code units on) starts with: no closing mark in the next five, or else a nested opening mark before
 * the first of them (which then closes the nested quotation, not this one). Without one, the quoted
 * enumerators all stay in the paragraph's list.
 */
const LONG_QUOTATION = /“(?:[^”]{5}|[^”]{0,3}“)/g

/** Whether `text` holds a LONG_QUOTATION, searched for from its first opening mark. */
function mayQuoteList(text: string): boolean {
  // indexOf finds the mark far faster than the expression's own search, which reads every unit
  const first = text.indexOf('“')
  if (first < 0) return false
  LONG_QUOTATION.lastIndex = first
  return LONG_QUOTATION.test(text)
}

/**
 * The lists to count: a quotation holding two or more enumerators (他说“一是团结，二是奋斗”) is a
 * list of its own, apart from the paragraph's; one quoted enumerator ("“二是”要监督") stays in it.
 * Only lists of two or more are returned.
 */
export function lists(
  text: string,
  all: readonly Enumerator[],
  whole: readonly Enumerator[] = all,
): (readonly Enumerator[])[] {
  // most lines quote nothing, or only short names (“三重一大”)
  const spans = mayQuoteList(text) ? quotations(text) : []
  if (!spans.length) return all.length >= 2 ? [all] : []
  // spans and enumerators are both in text order: one walk sorts the enumerators out
  const outer: Enumerator[] = []
  const out: (readonly Enumerator[])[] = []
  let k = 0
  for (const [a, b] of spans) {
    while (k < all.length && all[k].start <= a) outer.push(all[k++])
    const within: Enumerator[] = []
    while (k < all.length && all[k].start < b) within.push(all[k++])
    // two enumerators take five characters at least ("一是，二是"): shorter quotations hold no list
    const quoted = b - a > 5 ? enumeratorsBetween(text, whole, a + 1, b) : []
    if (quoted.length > 1) out.push(quoted)
    else outer.push(...within)
  }
  while (k < all.length) outer.push(all[k++])
  return outer.length >= 2 ? [outer, ...out] : out
}
