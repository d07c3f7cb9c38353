/** Which of many strings a text holds, with one search per first character that several of them share. */

/**
 * Answers `text.includes(s)` for the strings it was built with. Strings that share their first code
 * unit with two others or more (贵局, 贵厅, 贵委 …) are found together, by one search for that unit
 * and a comparison at each place it stands, instead of one search of the whole text each. Fewer
 * are searched for one by one: a search stops at the first place found, and a unit as common as 国
 * costs more compared at each place than searched twice.
 */
export class HeldStrings {
  private found = new Map<number, Set<string>>()

  /** `sharing`: by first code unit, the strings starting with it, where there are three or more. */
  constructor(
    private readonly text: string,
    private readonly sharing: ReadonlyMap<number, readonly string[]>,
  ) {}

  /** By first code unit, the strings of `strings` that share it with two others or more. */
  static sharing(strings: readonly string[]): Map<number, string[]> {
    const byUnit = new Map<number, string[]>()
    for (const s of new Set(strings)) {
      const list = byUnit.get(s.charCodeAt(0)) ?? []
      list.push(s)
      byUnit.set(s.charCodeAt(0), list)
    }
    for (const [unit, list] of byUnit) if (list.length < 3) byUnit.delete(unit)
    return byUnit
  }

  /** Whether the text holds `s` (a non-empty string). */
  has(s: string): boolean {
    const unit = s.charCodeAt(0)
    const peers = this.sharing.get(unit)
    if (!peers) return this.text.includes(s)
    let found = this.found.get(unit)
    if (!found) {
      found = new Set()
      const { text } = this
      const first = s[0]
      for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1))
        for (const peer of peers) if (text.startsWith(peer, i)) found.add(peer)
      this.found.set(unit, found)
    }
    return found.has(s)
  }
}
