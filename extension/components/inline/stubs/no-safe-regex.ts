/** Content-script stand-in for safe-regex2: patterns were vetted when the background validated the rulebook. */

export default function safeRegex(): boolean {
  return true
}
