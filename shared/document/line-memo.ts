/** Memoises a pure function of a line's text, so document rules redo per-line work only for changed lines. */

/**
 * Wraps `compute` with a cache keyed by `keyOf(arg)`, which must capture everything the result
 * depends on. The last result is checked first (several rules ask about one line in a row); the
 * cache is dropped whole when it reaches `limit` entries, which bounds memory without bookkeeping
 * on the hot path.
 */
export function memoBy<A, T>(
  keyOf: (arg: A) => string,
  compute: (arg: A) => T,
  limit = 20_000,
): (arg: A) => T {
  let cache = new Map<string, T>()
  let lastKey: string | undefined
  let lastValue: T
  return (arg) => {
    const key = keyOf(arg)
    if (key === lastKey) return lastValue
    let value = cache.get(key)
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= limit) cache = new Map()
      value = compute(arg)
      cache.set(key, value)
    }
    lastKey = key
    lastValue = value as T
    return value as T
  }
}

/** `memoBy` for functions of the text itself. */
export function lineMemo<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  return memoBy((text: string) => text, compute, limit)
}
