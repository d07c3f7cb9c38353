import type { Line } from './types'

/**
 * Memoises pure functions of a line's text inside a memo scope: one lint run, or an incremental
 * session whose next run reuses the results of lines that did not change.
 */

/**
 * Where memoised results live. A scope holds two generations: a run files what it computes or
 * reuses under `current`; `nextRun()` makes that the generation the next run may reuse, so results
 * of lines that are gone are dropped after one run and nothing outlives its session. Outside any
 * scope nothing is kept: report text is private, and no module-level cache holds it.
 */
export class MemoScope {
  /**
   * `keep: false` for a one-off run (a plain lint): nothing is filed by text, so no line's text is
   * hashed; results are shared through the line objects only (see `memoOnLine`).
   */
  constructor(readonly keep = true) {}

  private current = new Map<number, Map<string, unknown>>()
  private previous = new Map<number, Map<string, unknown>>()
  /** The last key and value asked of each memo (by id): several rules ask about one line in a row. */
  readonly lastKey: (string | undefined)[] = []
  readonly lastValue: unknown[] = []

  /** Starts a new run: this run's results become the ones the next run may reuse. */
  nextRun(): void {
    this.previous = this.current
    this.current = new Map()
    this.lastKey.length = 0
    this.lastValue.length = 0
  }

  /** This run's results of memo `id`. */
  own(id: number): Map<string, unknown> {
    let map = this.current.get(id)
    if (!map) this.current.set(id, (map = new Map()))
    return map
  }

  /** The previous run's results of memo `id`, if any. */
  old(id: number): Map<string, unknown> | undefined {
    return this.previous.get(id)
  }
}

let active: MemoScope | undefined

/** Runs `fn` with `scope` as the place memoised results are kept and looked up. */
export function inMemoScope<T>(scope: MemoScope, fn: () => T): T {
  const outer = active
  active = scope
  try {
    return fn()
  } finally {
    active = outer
  }
}

let nextId = 0

/**
 * Wraps `compute` with a cache keyed by `keyOf(arg)`, which must capture everything the result
 * depends on. Results are kept in the active memo scope; with none, `compute` simply runs.
 */
export function memoBy<A, T>(keyOf: (arg: A) => string, compute: (arg: A) => T): (arg: A) => T {
  const id = nextId++
  return (arg) => {
    const scope = active
    if (!scope) return compute(arg)
    const key = keyOf(arg)
    if (scope.lastKey[id] === key) return scope.lastValue[id] as T
    if (!scope.keep) {
      scope.lastKey[id] = key
      return (scope.lastValue[id] = compute(arg)) as T
    }
    const own = scope.own(id)
    let value = own.get(key) as T | undefined
    if (value === undefined && !own.has(key)) {
      const old = scope.old(id)
      value = old?.get(key) as T | undefined
      if (value === undefined && !old?.has(key)) value = compute(arg)
      own.set(key, value)
    }
    scope.lastKey[id] = key
    scope.lastValue[id] = value
    return value as T
  }
}

/** `memoBy` for functions of the text itself. */
export function lineMemo<T>(compute: (text: string) => T): (text: string) => T {
  return memoBy((text: string) => text, compute)
}

let nextSlot = 0

/**
 * `memoBy` for a function of a line, its result also kept on the line object (`line.memos`): the
 * rules of one run asking about the same line find it there, without building and hashing its key
 * again. `keyOf(line)` must capture everything the result depends on.
 */
export function memoOnLine<T>(
  keyOf: (line: Line) => string,
  compute: (line: Line) => T,
): (line: Line) => T {
  const byKey = memoBy(keyOf, compute)
  const slot = nextSlot++
  return (line) => {
    // sized for every slot at once: storing at index `slot` of an empty array grows it, and more
    const memos = (line.memos ??= new Array(nextSlot))
    const kept = memos[slot]
    if (kept !== undefined) return kept as T
    return (memos[slot] = active?.keep ? byKey(line) : compute(line))
  }
}
