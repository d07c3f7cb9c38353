/**
 * The line prefilter: which line rules a line may concern, found in one pass over its characters
 * from what each rule `needs` (characters or short strings) and the line kinds it runs on. Rules
 * that cannot report on a line are not called on it.
 */

import type { CompiledRule } from './run'
import { needsList } from '../rules/util/required-strings'
import { isHan, recursAt } from './repeats'

/**
 * The line rules of a compiled rulebook with their prefilter, as bit sets of rules (`words` 32-bit
 * words each in a line's set; `stride` words each in the plan's own sets, at least four, so a
 * rulebook of up to 128 rules is read with four fixed offsets). `slotOf` maps a UTF-16 code unit to a slot (0: no rule needs a string starting with
 * it); `single` holds, per slot, the rules needing that character alone. Longer strings are grouped
 * by their first two characters: a hash table (`pairKeys`, `pairGroup`) finds the group of a pair
 * of code units, whose strings are `groupStart[g] .. groupStart[g+1]`: what follows the pair in
 * `rest` ("" when nothing does), their rules in `pairRules`.
 */
export interface LinePlan {
  active: CompiledRule[]
  /**
   * Document rules that declared `documentNeeds`: bit `active.length + i` of a line's set is
   * rule `i`'s, set when the line holds what it needs (whatever the line's kind).
   */
  documentRules: CompiledRule[]
  words: number
  stride: number
  /** The rules that run on every line (they declared no `needs` and no `repeats`). */
  always: Int32Array
  /** The rules that run on a line that repeats itself (they declared `repeats`). */
  onRepeat: Int32Array
  /** Whether any rule declared `repeats`: without one, lines are not read for repeats. */
  readsRepeats: boolean
  /** Per line kind, the rules that run on lines of that kind (filled as kinds are met). */
  byKind: Map<string, Int32Array>
  slotOf: Uint16Array
  /** Slots 1 … singleSlots are those of characters some rule needs alone (the others start strings). */
  singleSlots: number
  single: Int32Array
  /** Per slot, a 32-bit filter of its strings' second characters (bit `code & 31`). */
  pairBloom: Int32Array
  /** Open-addressed table of pairs (`first << 16 | second`), `pairShift` bits of hash dropped. */
  pairKeys: Int32Array
  /** Per table entry, its group + 1 (0: empty). */
  pairGroup: Int32Array
  pairShift: number
  groupStart: Int32Array
  rest: string[]
  pairRules: Int32Array
  /** Scratch for `markWanted`: the last line number each slot was met on. */
  stamps: Int32Array
  stamped: number
}

const pairKey = (first: number, second: number) => (first << 16) | second

/** A table index for a pair key: the top bits of a multiplicative hash. */
const hashPair = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift

const plans = new WeakMap<CompiledRule[], LinePlan>()

export function linePlan(rules: CompiledRule[]): LinePlan {
  const known = plans.get(rules)
  if (known) return known
  const active = rules.filter((r) => !r.error && r.listener?.line)
  const documentRules = rules.filter((r) => !r.error && r.listener?.documentNeeds)
  const everyNeeds = [
    ...active.map((r) => r.listener!.needs),
    ...documentRules.map((r) => r.listener!.documentNeeds),
  ]
  const words = Math.max(1, Math.ceil(everyNeeds.length / 32))
  const stride = Math.max(4, words)
  const setBit = (set: Int32Array, at: number, r: number) =>
    (set[at * stride + (r >> 5)] |= 1 << (r & 31))
  const slotOf = new Uint16Array(65536)
  let slots = 1
  // per pair of first characters: what follows the pair → the rules needing that string
  const groups = new Map<number, Map<string, number[]>>()
  const singles: [number, number][] = []
  const always = new Int32Array(stride)
  const onRepeat = new Int32Array(stride)
  // characters needed alone take the first slots, 1 … singleSlots: most slotted characters of a
  // report only start longer strings, and `markWanted` skips a single rule lookup for them
  for (const needs of everyNeeds)
    for (const s of needs ? needsList(needs) : [])
      if (s.length === 1) slotOf[s.charCodeAt(0)] ||= slots++
  const singleSlots = slots - 1
  everyNeeds.forEach((needs, r) => {
    const repeats = r < active.length && active[r].listener!.repeats
    if (repeats) setBit(onRepeat, 0, r)
    if (!needs) return repeats ? undefined : setBit(always, 0, r)
    for (const s of needsList(needs)) {
      const code = s.charCodeAt(0)
      const slot = (slotOf[code] ||= slots++)
      if (s.length === 1) singles.push([slot, r])
      else {
        const key = pairKey(code, s.charCodeAt(1))
        const group = groups.get(key) ?? groups.set(key, new Map()).get(key)!
        const after = s.slice(2)
        const list = group.get(after) ?? group.set(after, []).get(after)!
        list.push(r)
      }
    }
  })
  const single = new Int32Array(slots * stride)
  for (const [slot, r] of singles) setBit(single, slot, r)
  // the groups laid out one after another: j indexes rest and pairRules alike
  const bits = Math.max(4, Math.ceil(Math.log2(groups.size * 4 + 1)))
  const pairKeys = new Int32Array(1 << bits)
  const pairGroup = new Int32Array(1 << bits)
  const groupStart = new Int32Array(groups.size + 1)
  const rest: string[] = []
  const ruleLists: number[][] = []
  const pairBloom = new Int32Array(slots)
  let g = 0
  for (const [key, strings] of groups) {
    let h = hashPair(key, 32 - bits)
    while (pairGroup[h]) h = (h + 1) & ((1 << bits) - 1)
    pairKeys[h] = key
    pairGroup[h] = ++g
    pairBloom[slotOf[key >>> 16]] |= 1 << (key & 31)
    for (const [after, list] of strings) {
      rest.push(after)
      ruleLists.push(list)
    }
    groupStart[g] = rest.length
  }
  const pairRules = new Int32Array(rest.length * stride)
  ruleLists.forEach((list, j) => list.forEach((r) => setBit(pairRules, j, r)))
  const plan = {
    active,
    documentRules,
    words,
    stride,
    always,
    onRepeat,
    readsRepeats: onRepeat.some((w) => w !== 0),
    byKind: new Map<string, Int32Array>(),
    slotOf,
    singleSlots,
    single,
    pairBloom,
    pairKeys,
    pairGroup,
    pairShift: 32 - bits,
    groupStart,
    rest,
    pairRules,
    stamps: new Int32Array(slots),
    stamped: 0,
  }
  plans.set(rules, plan)
  return plan
}

/**
 * Sets in `wanted` (a bit set of rules at `at`, cleared first) the rules that `text[start, end)`
 * may concern: those without `needs` and those with `needs` the text contains one character or
 * string of, and those with `repeats` when the text repeats itself, of the line's kind.
 */
export function markWanted(
  plan: LinePlan,
  text: string,
  start: number,
  end: number,
  kind: string,
  wanted: Int32Array,
  at = 0,
): void {
  const { words, stride, slotOf, singleSlots, single, pairBloom, pairKeys, pairGroup, pairShift } =
    plan
  const { groupStart, rest, pairRules } = plan
  const mask = pairKeys.length - 1
  // slots met on this line are stamped with a number of their own, so nothing is cleared
  const stamp = plan.stamps
  if (plan.stamped === 0x7fffffff) {
    stamp.fill(0)
    plan.stamped = 0
  }
  const mark = ++plan.stamped
  // the line's set is gathered in locals (reading and writing `wanted` per hit cost a third of
  // the pass); rulebooks of more than 128 rules spill the rest into `more`
  const { always } = plan
  let w0 = always[0]
  let w1 = always[1]
  let w2 = always[2]
  let w3 = always[3]
  const more = stride > 4 ? always.slice() : undefined
  // Repeats are read in the same pass, from the code units 1 to 8 places back (-1 before the
  // line): an ideograph equal to the one before it, or one and what follows it equal to what
  // stands k places back (see `recursAt`). Once found (or when no rule asks), no more is compared.
  let repeats = !plan.readsRepeats
  let p1 = -1
  let p2 = -1
  let p3 = -1
  let p4 = -1
  let p5 = -1
  let p6 = -1
  let p7 = -1
  let p8 = -1
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (!repeats && isHan(code)) {
      if (code === p1) repeats = true
      else if (
        code === p2 ||
        code === p3 ||
        code === p4 ||
        code === p5 ||
        code === p6 ||
        code === p7 ||
        code === p8
      )
        repeats = recursAt(text, i, end, code, p1, p2, p3, p4, p5, p6, p7, p8)
    }
    p8 = p7
    p7 = p6
    p6 = p5
    p5 = p4
    p4 = p3
    p3 = p2
    p2 = p1
    p1 = code
    const slot = slotOf[code]
    if (slot === 0) continue
    if (slot <= singleSlots && stamp[slot] !== mark) {
      stamp[slot] = mark
      const from = slot * stride
      w0 |= single[from]
      w1 |= single[from + 1]
      w2 |= single[from + 2]
      w3 |= single[from + 3]
      if (more) for (let w = 4; w < stride; w++) more[w] |= single[from + w]
    }
    if (i + 1 === end) continue
    const next = text.charCodeAt(i + 1)
    if (!(pairBloom[slot] & (1 << (next & 31)))) continue
    const key = (code << 16) | next
    let h = Math.imul(key, 0x9e3779b1) >>> pairShift
    let g = pairGroup[h]
    while (g !== 0 && pairKeys[h] !== key) g = pairGroup[(h = (h + 1) & mask)]
    if (g === 0) continue
    for (let j = groupStart[g - 1]; j < groupStart[g]; j++) {
      // what follows the pair (two characters at most) compared in place: no call per string
      const after = rest[j]
      if (after.length && !holdsAt(text, after, i + 2, end)) continue
      const from = j * stride
      w0 |= pairRules[from]
      w1 |= pairRules[from + 1]
      w2 |= pairRules[from + 2]
      w3 |= pairRules[from + 3]
      if (more) for (let w = 4; w < stride; w++) more[w] |= pairRules[from + w]
    }
  }
  if (repeats && plan.readsRepeats) {
    const { onRepeat } = plan
    w0 |= onRepeat[0]
    w1 |= onRepeat[1]
    w2 |= onRepeat[2]
    w3 |= onRepeat[3]
    if (more) for (let w = 4; w < stride; w++) more[w] |= onRepeat[w]
  }
  const ofKind = plan.byKind.get(kind) ?? rulesOfKind(plan, kind)
  if (more) {
    more.set([w0, w1, w2, w3])
    for (let w = 0; w < words; w++) wanted[at + w] = more[w] & ofKind[w]
    return
  }
  wanted[at] = w0 & ofKind[0]
  if (words > 1) wanted[at + 1] = w1 & ofKind[1]
  if (words > 2) wanted[at + 2] = w2 & ofKind[2]
  if (words > 3) wanted[at + 3] = w3 & ofKind[3]
}

/** Whether `text` holds `s` at `at`, within `end`. */
function holdsAt(text: string, s: string, at: number, end: number): boolean {
  if (at + s.length > end) return false
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(at + k) !== s.charCodeAt(k)) return false
  return true
}

/**
 * The rules that run on lines of `kind`: those that declared no `kinds`, and those naming it; and
 * the document rules, whatever the kind.
 */
function rulesOfKind(plan: LinePlan, kind: string): Int32Array {
  const set = new Int32Array(plan.stride)
  const count = plan.active.length + plan.documentRules.length
  for (let r = 0; r < count; r++) {
    const kinds = plan.active[r]?.listener!.kinds as readonly string[] | undefined
    if (!kinds || kinds.includes(kind)) set[r >> 5] |= 1 << (r & 31)
  }
  plan.byKind.set(kind, set)
  return set
}
