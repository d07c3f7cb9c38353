/** Memoises a pure function of a line's text, so document rules redo per-line work only for changed lines. */

/**
 * Wraps `compute` with a cache keyed by the text. The cache is dropped whole when it reaches
 * `limit` entries, which bounds memory without bookkeeping on the hot path.
 */
export function lineMemo<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  let cache = new Map<string, T>()
  return (text) => {
    const hit = cache.get(text)
    if (hit !== undefined || cache.has(text)) return hit as T
    if (cache.size >= limit) cache = new Map()
    const value = compute(text)
    cache.set(text, value)
    return value
  }
}
