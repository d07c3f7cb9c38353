/** Half-open ranges: overlap queries in O(log n), so many findings on one line stay linear overall. */

export type Range = readonly [start: number, end: number]

/** Ranges sorted by start with a running maximum of ends, for repeated "does anything overlap" queries. */
export class RangeIndex {
  private readonly starts: number[]
  private readonly maxEnds: number[]

  constructor(ranges: readonly Range[]) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0])
    this.starts = sorted.map((r) => r[0])
    let max = -Infinity
    this.maxEnds = sorted.map((r) => (max = Math.max(max, r[1])))
  }

  /** Whether some range [s, e) overlaps [start, end), i.e. s < end and start < e. */
  overlaps(start: number, end: number): boolean {
    let lo = 0
    let hi = this.starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.starts[mid] < end) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && this.maxEnds[lo - 1] > start
  }
}

/** Disjoint ranges kept sorted as they are added (appending in order is O(1)). */
export class DisjointRanges {
  private readonly items: [number, number][] = []

  /** Adds [start, end) unless it overlaps a range already held (or, when empty, sits on one's edge
   * where another insertion already is); returns whether it was added. */
  tryAdd(start: number, end: number): boolean {
    const items = this.items
    let lo = 0
    let hi = items.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (items[mid][0] < start || (items[mid][0] === start && items[mid][1] <= end)) lo = mid + 1
      else hi = mid
    }
    const before = items[lo - 1]
    const after = items[lo]
    const clash = (r?: [number, number]) =>
      !!r && ((r[0] < end && start < r[1]) || (r[0] === r[1] && start === end && r[0] === start))
    if (clash(before) || clash(after)) return false
    items.splice(lo, 0, [start, end])
    return true
  }
}
