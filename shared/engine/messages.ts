/** Message templates: "（{{found}}）之前缺少（{{expected}}）" with data by name. */

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g

/**
 * A template split once into its pieces: the literal text at even indexes, the placeholder names
 * at odd ones, and each placeholder as written (kept when the data lacks its name).
 */
interface Compiled {
  pieces: string[]
  written: string[]
}

/**
 * Compiled templates by their text: rule messages from rulebooks, never report text. A worker
 * sees the rulebooks of many teams, so the table is emptied when it grows past its bound.
 */
const compiled = new Map<string, Compiled>()
const MAX_TEMPLATES = 2000

function compile(template: string): Compiled {
  const pieces: string[] = []
  const written: string[] = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    pieces.push(template.slice(last, m.index), m[1])
    written.push(m[0])
    last = m.index + m[0].length
  }
  pieces.push(template.slice(last))
  return { pieces, written }
}

export function formatMessage(
  template: string,
  data: Record<string, string | number> = {},
): string {
  let c = compiled.get(template)
  if (!c) {
    if (compiled.size >= MAX_TEMPLATES) compiled.clear()
    compiled.set(template, (c = compile(template)))
  }
  const { pieces, written } = c
  let out = pieces[0]
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i]
    out += (name in data ? String(data[name]) : written[i >> 1]) + pieces[i + 1]
  }
  return out
}
