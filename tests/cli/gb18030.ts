/** A GB18030 encoder for tests, built by inverting Node's decoder over every two-byte code. */

let table: Map<string, number[]> | undefined

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gb18030')
  const map = new Map<string, number[]>()
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail])
    }
  return map
}

/** Encodes ASCII and every two-byte GB18030 (GBK) character; throws for anything else. */
export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable()
  const bytes: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) bytes.push(code)
    else {
      const pair = table.get(ch)
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`)
      bytes.push(...pair)
    }
  }
  return new Uint8Array(bytes)
}
