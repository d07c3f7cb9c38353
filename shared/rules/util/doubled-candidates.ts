/** One pass over a line telling whether it may hold a doubled character or word (repetition's pretest). */

/** Bit 1: one of the `doubled` code units twice in a row somewhere. */
export const ADJACENT = 1
/** Bit 2: a CJK character and the next one or two recur `min`–8 places on, as in a doubled word. */
export const WORD = 2

/**
 * What the doubled-char and doubled-word expressions need to find anything in `text`: the ADJACENT
 * bit when a code unit marked in `doubled` follows itself, the WORD bit when a doubled word of
 * `min` (2 to 8; 0 for none) to 8 characters may start somewhere. It only says where they may
 * match: most lines have neither, and skip both. At the first place a doubled word may be, it
 * stops, and only pairs ending there or before are in the ADJACENT bit.
 */
export function doubledCandidates(text: string, min: number, doubled: Uint8Array): number {
  const n = text.length
  let found = 0
  // the code units 1 to 8 places before j (-1 before the text)
  let p1 = -1
  let p2 = -1
  let p3 = -1
  let p4 = -1
  let p5 = -1
  let p6 = -1
  let p7 = -1
  let p8 = -1
  // Two places a step: the second half of a doubled word of k >= 2 characters repeats the first k
  // places back at k >= 2 places in a row, so at an even one; those are all this loop compares.
  for (let j = 0; j < n; j += 2) {
    const a = text.charCodeAt(j)
    if (
      min !== 0 &&
      (a === p2 || a === p3 || a === p4 || a === p5 || a === p6 || a === p7 || a === p8)
    ) {
      const at = wordAt(text, j, min)
      if (at >= 0) return found | (at === j && a === p1 && doubled[a] ? ADJACENT : 0) | WORD
    }
    if (a === p1 && doubled[a]) found |= ADJACENT
    const b = j + 1 < n ? text.charCodeAt(j + 1) : -2
    if (b === a && doubled[b]) found |= ADJACENT
    p8 = p6
    p7 = p5
    p6 = p4
    p5 = p3
    p4 = p2
    p3 = p1
    p2 = a
    p1 = b
  }
  return found
}

/**
 * j - 1 or j, the first of them where a CJK character and the next one (and the one after, for
 * k >= 3) recur k places back, for some k from `min` to 8; -1 at neither.
 */
function wordAt(text: string, j: number, min: number): number {
  const n = text.length
  for (let i = Math.max(j - 1, 0); i <= j && i + 1 < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x4e00 || c > 0x9fff) continue
    const next = text.charCodeAt(i + 1)
    const third = i + 2 < n ? text.charCodeAt(i + 2) : -1
    for (let k = min; k <= 8 && k <= i; k++)
      if (
        text.charCodeAt(i - k) === c &&
        text.charCodeAt(i + 1 - k) === next &&
        (k < 3 || text.charCodeAt(i + 2 - k) === third)
      )
        return i
  }
  return -1
}
