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
  private current = new Map<number, Map<string, unknown>>()
  private previous = new Map<number, Map<string, unknown>>()
  /** The last key and value asked of each memo: several rules ask about one line in a row. */
  readonly last = new Map<number, [string, unknown]>()

  /** Starts a new run: this run's results become the ones the next run may reuse. */
  nextRun(): void {
    this.previous = this.current
    this.current = new Map()
    this.last.clear()
  }

  lookup(id: number, key: string): { value: unknown } | undefined {
    const own = this.current.get(id)
    if (own?.has(key)) return { value: own.get(key) }
    const old = this.previous.get(id)
    if (!old?.has(key)) return undefined
    const value = old.get(key)
    this.file(id, key, value)
    return { value }
  }

  file(id: number, key: string, value: unknown): void {
    let own = this.current.get(id)
    if (!own) this.current.set(id, (own = new Map()))
    own.set(key, value)
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
    const last = scope.last.get(id)
    if (last && last[0] === key) return last[1] as T
    const found = scope.lookup(id, key)
    const value = found ? (found.value as T) : compute(arg)
    if (!found) scope.file(id, key, value)
    scope.last.set(id, [key, value])
    return value
  }
}

/** `memoBy` for functions of the text itself. */
export function lineMemo<T>(compute: (text: string) => T): (text: string) => T {
  return memoBy((text: string) => text, compute)
}
