/** .md → text for the engine: ATX heading marks (## ) are removed, and positions mapped back. */

const ATX = /^ {0,3}#{1,6}[ \t\u3000]+/

export interface Stripped {
  text: string
  /** Maps an offset of `text` to the offset of the same character in the original file text. */
  toOriginal(offset: number): number
}

/**
 * Removes Markdown heading marks so "## 一、总体情况" is seen as the heading "一、总体情况". Only
 * whole prefixes are removed, so every other character keeps its line and a fixed column shift.
 */
export function stripMarkdown(source: string): Stripped {
  const parts = source.split(/(\r\n|\r|\n)/)
  const starts: number[] = []
  const shifts: number[] = []
  let text = ''
  let removed = 0
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]
    if (i % 2 === 1) {
      text += part
      continue
    }
    const mark = ATX.exec(part)?.[0].length ?? 0
    removed += mark
    starts.push(text.length)
    shifts.push(removed)
    text += part.slice(mark)
  }
  const toOriginal = (offset: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return offset + shifts[lo]
  }
  return { text, toOriginal }
}
