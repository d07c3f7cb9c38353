// doubledCandidates compares two places a step; it must answer as the one-place-a-step scan did.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import { doubledCandidates } from '../../../shared/rules/util/doubled-candidates'

// the scan it replaces: each CJK character's last place in a table, looked back from up to 8 on
const lastSeen = new Int32Array(65536)
let base = 1
function reference(text: string, min: number, doubled: Uint8Array): number {
  const n = text.length
  const b = base
  base += n + 1
  let found = 0
  let prev = -1
  for (let j = 0; j < n; j++) {
    const c = text.charCodeAt(j)
    if (c === prev && doubled[c]) found |= 1
    prev = c
    if (c < 0x4e00 || c > 0x9fff || min === 0) continue
    const p = lastSeen[c] - b
    lastSeen[c] = b + j
    if (p < 0 || j - p > 8 || j + 1 >= n) continue
    const next = text.charCodeAt(j + 1)
    const third = j + 2 < n ? text.charCodeAt(j + 2) : -1
    for (let k = Math.max(min, j - p); k <= 8 && k <= j; k++)
      if (
        text.charCodeAt(j - k) === c &&
        text.charCodeAt(j + 1 - k) === next &&
        (k < 3 || text.charCodeAt(j + 2 - k) === third)
      )
        return found | 2
  }
  return found
}

const table = (chars: string) => {
  const t = new Uint8Array(65536)
  for (const c of chars) t[c.charCodeAt(0)] = 1
  return t
}
const DOUBLED = [table(''), table('的了'), table('的了习近平党中央𠀀'), table('研究甲')]
const PIECES = [...'的了习近平党中央研究甲乙，。a1 ', '𠀀', '研究', '习近平', '\uE000']

describe('doubledCandidates', () => {
  it.each([
    '研究研究的的',
    '的的研究研究',
    '新时代新时代',
    '甲乙丙丁戊己庚辛甲乙',
    '习习近平',
    '的',
  ])('%s', (text) => {
    for (const min of [0, 2, 3, 4, 8])
      for (const d of DOUBLED) expect(doubledCandidates(text, min, d)).toBe(reference(text, min, d))
  })

  it('answers as the one-place-a-step scan, on random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.constantFrom(0, 2, 3, 4, 5, 8),
        fc.nat(DOUBLED.length - 1),
        (parts, min, d) => {
          const text = parts.join('')
          expect(doubledCandidates(text, min, DOUBLED[d])).toBe(reference(text, min, DOUBLED[d]))
        },
      ),
      { numRuns: 10000, seed: 20261125 },
    )
  })

  it('answers as the one-place-a-step scan, on generated reports', () => {
    for (let seed = 1; seed <= 8; seed++)
      for (const line of generateReport(seed, 14_000).split('\n'))
        for (const min of [2, 3])
          expect(doubledCandidates(line, min, DOUBLED[2])).toBe(reference(line, min, DOUBLED[2]))
  })
})
