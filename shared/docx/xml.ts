/** A small reader for the XML parts of a .docx (no DTDs, no CDATA): tags with their offsets, and a tree. */

export interface Tag {
  name: string
  attrs: Record<string, string>
  /** 'open' <a>, 'close' </a>, 'empty' <a/>. */
  type: 'open' | 'close' | 'empty'
  start: number
  end: number
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y
const ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Replaces XML character references and the five named entities. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, hex: string, dec: string, name: string) =>
    name ? NAMED[name] : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10)),
  )
}

/** Every tag of `xml` in order, skipping comments, processing instructions and declarations. */
export function* tags(xml: string): Generator<Tag> {
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const next = xml[i + 1]
    if (next === '!' || next === '?') {
      const close = next === '!' && xml.startsWith('<!--', i) ? '-->' : '>'
      const end = xml.indexOf(close, i)
      if (end < 0) return
      i = end
      continue
    }
    TAG.lastIndex = i
    const m = TAG.exec(xml)
    if (!m) continue
    const attrs: Record<string, string> = {}
    for (const a of m[3].matchAll(ATTR)) attrs[a[1]] = decodeEntities(a[2] ?? a[3])
    const type = m[1] ? 'close' : m[4] ? 'empty' : 'open'
    yield { name: m[2], attrs, type, start: i, end: i + m[0].length }
    i += m[0].length - 1
  }
}

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
}

/** The element tree of a small part (numbering.xml, styles.xml); text content is not kept. */
export function parseTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] }
  const stack = [root]
  for (const tag of tags(xml)) {
    if (tag.type === 'close') {
      if (stack.length > 1 && stack.at(-1)!.name === tag.name) stack.pop()
      continue
    }
    const element = { name: tag.name, attrs: tag.attrs, children: [] }
    stack.at(-1)!.children.push(element)
    if (tag.type === 'open') stack.push(element)
  }
  return root
}

/** The first child named `name`. */
export const child = (e: XmlElement | undefined, name: string): XmlElement | undefined =>
  e?.children.find((c) => c.name === name)

/** All children named `name`. */
export const childrenNamed = (e: XmlElement | undefined, name: string): XmlElement[] =>
  e?.children.filter((c) => c.name === name) ?? []

/** The `w:val` of the child named `name`. */
export const val = (e: XmlElement | undefined, name: string): string | undefined =>
  child(e, name)?.attrs['w:val']
