/**
 * What the prefilter reads for rules that declare `repeats` (see `RuleListener.repeats`): whether a
 * line repeats itself, as a doubled character or a doubled word of 2 to 8 characters does.
 */

/** Whether a code unit is a CJK unified ideograph of the basic block (what `repeats` counts). */
export const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff

/**
 * Whether what starts at `i` (`code` and the units after it, within `end`) stands k places back
 * too, for some k from 2 to 8: the pair at `i` for k = 2, the three units at `i` for k = 3…8 (a
 * doubled word of k characters repeats at least that much). `pk` is the unit k places back.
 */
export function recursAt(
  text: string,
  i: number,
  end: number,
  code: number,
  p1: number,
  p2: number,
  p3: number,
  p4: number,
  p5: number,
  p6: number,
  p7: number,
  p8: number,
): boolean {
  if (i + 1 >= end) return false
  const next = text.charCodeAt(i + 1)
  if (code === p2 && next === p1) return true
  if (i + 2 >= end) return false
  const third = text.charCodeAt(i + 2)
  return (
    (code === p3 && next === p2 && third === p1) ||
    (code === p4 && next === p3 && third === p2) ||
    (code === p5 && next === p4 && third === p3) ||
    (code === p6 && next === p5 && third === p4) ||
    (code === p7 && next === p6 && third === p5) ||
    (code === p8 && next === p7 && third === p6)
  )
}
