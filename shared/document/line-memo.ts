/** Memoises a pure function of a line's text, so document rules redo per-line work only for changed lines. */

/**
 * Wraps `compute` with a cache keyed by `keyOf(arg)`, which must capture everything the result
 * depends on. The cache is dropped whole when it reaches `limit` entries, which bounds memory
 * without bookkeeping on the hot path.
 */
export function memoBy<A, T>(
  keyOf: (arg: A) => string,
  compute: (arg: A) => T,
  limit = 20_000,
): (arg: A) => T {
  let cache = new Map<string, T>()
  return (arg) => {
    const key = keyOf(arg)
    const hit = cache.get(key)
    if (hit !== undefined || cache.has(key)) return hit as T
    if (cache.size >= limit) cache = new Map()
    const value = compute(arg)
    cache.set(key, value)
    return value
  }
}

/** `memoBy` for functions of the text itself. */
export function lineMemo<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  return memoBy((text: string) => text, compute, limit)
}
