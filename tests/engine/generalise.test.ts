// Generalisation: golden cases with a seeded.json are reports with known seeded defects (or clean);
// every seeded defect must be found and no error or warning may fall outside them.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lint, type Finding } from '../../shared/index'

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

function locate(text: string, entry: Seeded): { start: number; end: number } {
  let at = -1
  for (let n = 0; n < (entry.nth ?? 1); n++) {
    at = text.indexOf(entry.match, at + 1)
    if (at < 0) throw new Error(`input has no occurrence ${n + 1} of “${entry.match}”`)
  }
  const inner = entry.span ? entry.match.indexOf(entry.span) : 0
  if (inner < 0) throw new Error(`span “${entry.span}” is not inside “${entry.match}”`)
  return { start: at + inner, end: at + inner + (entry.span ?? entry.match).length }
}

const overlaps = (f: Finding, r: { start: number; end: number }) =>
  (f.start < r.end && r.start < f.end) ||
  (f.start === f.end && f.start >= r.start && f.start < r.end)

const loud = (f: Finding) => f.severity === 'error' || f.severity === 'warning'

const show = (findings: Finding[]) =>
  findings
    .map((f) => `  ${f.line}:${f.column} ${f.severity} ${f.ruleId} “${f.excerpt}” ${f.message}`)
    .join('\n') || '  (none)'

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
