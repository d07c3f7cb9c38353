// Generalisation: golden cases with a seeded.json are reports with known seeded defects (or clean);
// every seeded defect must be found and no error or warning may fall outside them.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { locate, loud, overlaps, show } from './fixture-match'
import { lint } from '../../shared/index'

const GOLDEN = resolve(import.meta.dirname, '../fixtures/golden')

interface Seeded {
  /** Text around the defect; its nth occurrence (1-based, default 1). */
  match: string
  nth?: number
  /** The part of `match` a finding must overlap (default all of it). */
  span?: string
  category: string
  why: string
}

interface SeededFile {
  clean?: boolean
  seeded?: Seeded[]
}

const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(GOLDEN, d.name, 'seeded.json')))
  .map((d) => d.name)
  .sort()

describe('generalisation cases', () => {
  it('has clean and seeded cases', () => {
    const files = cases.map((name) => read(name).file)
    expect(files.filter((f) => f.clean).length).toBeGreaterThan(0)
    expect(files.filter((f) => f.seeded?.length).length).toBeGreaterThan(0)
  })
})

function read(name: string): { text: string; file: SeededFile } {
  const dir = join(GOLDEN, name)
  const file: SeededFile = JSON.parse(readFileSync(join(dir, 'seeded.json'), 'utf8'))
  return { text: readFileSync(join(dir, 'input.txt'), 'utf8'), file }
}

describe.each(cases)('%s', (name) => {
  const { text, file } = read(name)
  const findings = lint(text)
  const seeded = file.seeded ?? []
  const ranges = seeded.map((entry) => locate(text, entry))

  it('declares either clean or seeded defects', () => {
    expect(Boolean(file.clean) !== seeded.length > 0).toBe(true)
  })

  for (const [i, entry] of seeded.entries())
    it(`finds “${entry.span ?? entry.match}” in “${entry.match}” (${entry.category})`, () => {
      const near = findings.filter((f) => overlaps(f, ranges[i]!))
      expect(
        near.some((f) => f.category === entry.category),
        `${name}: no ${entry.category} finding for “${entry.match}” (${entry.why})\nthere:\n${show(near)}`,
      ).toBe(true)
    })

  it('has no error or warning outside the seeded defects', () => {
    const stray = findings.filter((f) => loud(f) && !ranges.some((r) => overlaps(f, r)))
    expect(stray, `${name}: unexpected findings\n${show(stray)}`).toEqual([])
  })
})
