/** Same-length masking of spans a rule must skip (URLs, e-mail addresses), so offsets stay valid. */

/** A private-use character that no rule pattern matches. */
export const MASK = '\uE000'

// An address runs over the characters a URL may hold (RFC 3986: ASCII letters, digits and marks);
// Chinese text or a full-width mark right after it is text again ("见https://a.cn/x：首先、…").
// It is tried only where a word starts, so a long run of letters stays linear.
const URL_CHARS = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+"
const SKIP = new RegExp(
  `(?:https?|ftp)://${URL_CHARS}|www\\.${URL_CHARS}|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+`,
  'g',
)

/** Whether `text` may hold an address: every address holds one of @, :// and www. */
export function mayHoldAddress(text: string): boolean {
  return text.includes('@') || text.includes('://') || text.includes('www.')
}

/** Returns `text` with URLs and e-mail addresses replaced by MASK characters of the same length. */
export function maskSkipped(text: string): string {
  // most lines hold no address and are returned as they are
  if (!mayHoldAddress(text)) return text
  return text.replace(SKIP, (m) => MASK.repeat(m.length))
}

/** Returns `text` with [start, end) replaced by MASK characters. */
export function maskRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + MASK.repeat(end - start) + text.slice(end)
}

/** `maskSkipped(line.text)`, computed once per line object and shared by every rule. */
export function maskedLine(line: { text: string; masked?: string }): string {
  return (line.masked ??= maskSkipped(line.text))
}
