/** A line's quantities and clause boundaries, with the look-ups the arithmetic checks need (all O(log n)). */

import { quantities, type Quantity } from './quantities'

/** Marks that end a list item or a clause. */
export const LIST_MARK = /[，,、。；;：:！？!?]/

/** Marks that end a sentence; a clause ends at these or at a comma or colon. */
const SENTENCE_END = '。！？；!?;'
const CLAUSE_END = SENTENCE_END + '，,：:'

/** The comma of 1,234 separates thousands, not clauses. */
const thousands = (text: string, i: number): boolean =>
  /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))

/** Index of the first of the ascending `xs` at or after `pos` (xs.length when none). */
function search(xs: number[], pos: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (xs[mid] < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

export class Figures {
  readonly qs: Quantity[]
  /** Where each quantity starts: a flat array, so searches do not chase objects. */
  private readonly starts: number[]
  /** Positions of every clause-ending mark, ascending. */
  private readonly bounds: number[] = []

  constructor(readonly text: string) {
    this.qs = quantities(text)
    this.starts = this.qs.map((q) => q.start)
    for (let i = 0; i < text.length; i++)
      if (CLAUSE_END.includes(text[i]) && !(text[i] === ',' && thousands(text, i)))
        this.bounds.push(i)
  }

  /** Index of the first quantity starting at or after `pos` (qs.length when none). */
  firstFrom(pos: number): number {
    return search(this.starts, pos)
  }

  /** Index of the first boundary at or after `pos` (bounds.length when none). */
  private boundFrom(pos: number): number {
    return search(this.bounds, pos)
  }

  /** Start of the clause holding `pos`: just past the last boundary before it. */
  clauseStart(pos: number): number {
    const b = this.boundFrom(pos)
    return b === 0 ? 0 : this.bounds[b - 1] + 1
  }

  /** End of the clause holding `pos`: the first boundary at or after it, or the line end. */
  clauseEnd(pos: number): number {
    const b = this.boundFrom(pos)
    return b === this.bounds.length ? this.text.length : this.bounds[b]
  }

  /** Whether the mark at `pos` joins two clauses of one sentence (a comma). */
  isComma(pos: number): boolean {
    return this.text[pos] === '，' || this.text[pos] === ','
  }

  /**
   * The next quantity in the unit of `like` after at most `maxLabel` characters of label with no
   * list mark; figures of other units inside the label (一期工程8000万元) are passed over.
   */
  nextOfUnit(from: number, like: Quantity, maxLabel: number): Quantity | undefined {
    for (let i = this.firstFrom(from); i < this.qs.length; i++) {
      const q = this.qs[i]
      if (q.start - from > maxLabel || LIST_MARK.test(this.text.slice(from, q.start))) return
      if (sameUnit(q, like)) return q
    }
    return undefined
  }

  /** The last quantity inside `[from, to)`, or undefined. */
  lastIn(from: number, to: number): Quantity | undefined {
    const i = this.firstFrom(to) - 1
    const q = this.qs[i]
    return q && q.start >= from && q.end <= to ? q : undefined
  }
}

/** A quantity the sums may use: a certain count or amount, not an ordinal, not an estimate. */
export function summable(q: Quantity | undefined): q is Quantity & { value: number } {
  return (
    !!q &&
    q.value !== null &&
    !q.approx &&
    !q.ordinal &&
    (q.kind === 'count' || q.kind === 'measure')
  )
}

/** Same unit: 万元 and 元 are one unit in two scales, 人 and 人次 are two. */
export const sameUnit = (a: Quantity, b: Quantity): boolean => a.unit === b.unit
