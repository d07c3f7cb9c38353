/** Allowed strings around a banned phrase: where each could cover it, read once per phrase. */

/**
 * Whether an occurrence of one of `allow` covers the phrase found at `start` in `text`: for each
 * phrase, where it stands inside each allowed string is read once, so only those places are tried.
 */
export function allowedCover(
  allow: readonly string[],
): (text: string, phrase: string, start: number) => boolean {
  // per phrase: [allowed string, offset of the phrase in it], every offset
  const places = new Map<string, [string, number][]>()
  return (text, phrase, start) => {
    let list = places.get(phrase)
    if (!list) {
      list = []
      for (const a of allow)
        for (let k = a.indexOf(phrase); k >= 0; k = a.indexOf(phrase, k + 1)) list.push([a, k])
      places.set(phrase, list)
    }
    for (const [a, k] of list) if (k <= start && text.startsWith(a, start - k)) return true
    return false
  }
}
