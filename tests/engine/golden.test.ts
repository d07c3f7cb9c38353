// Golden tests: the sample reports' known defects (fixtures/samples/expected.json) and full-output
// golden cases in fixtures/golden/<case>/ (input.txt, optional rulebook.json, expected.json).
// Regenerate the full-output cases with UPDATE_GOLDEN=1, then read the diff as a reviewer would.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { locate, loud, overlaps, show } from './fixture-match'
import { lint, validateRulebook, type Finding, type Rulebook } from '../../shared/index'

const FIXTURES = resolve(import.meta.dirname, '../fixtures')

interface Entry {
  match: string
  nth?: number
  span?: string
  category?: string
  why?: string
}
interface SampleFile {
  file: string
  type: string
  clean?: boolean
  expected: Entry[]
  mustNotFlag?: Entry[]
}

const samples: { files: SampleFile[] } = JSON.parse(
  readFileSync(join(FIXTURES, 'samples/expected.json'), 'utf8'),
)

describe.each(samples.files)('sample $file', (sample) => {
  const text = readFileSync(join(FIXTURES, 'samples', sample.file), 'utf8')
  const findings = lint(text)

  for (const entry of sample.expected) {
    const name = `finds “${entry.match}”${entry.span ? ` at “${entry.span}”` : ''} (${entry.category})`
    it(name, () => {
      const range = locate(text, entry)
      const hit = findings.some((f) => overlaps(f, range) && f.category === entry.category)
      const near = findings.filter((f) => overlaps(f, range))
      expect(
        hit,
        `${sample.file}: no ${entry.category} finding covers “${entry.span ?? entry.match}” in “${entry.match}”` +
          `${entry.why ? ` (${entry.why})` : ''}\nfindings there:\n${show(near)}`,
      ).toBe(true)
    })
  }

  if (sample.clean)
    it('has no error or warning (clean report)', () => {
      expect(
        findings.filter(loud),
        `${sample.file} is clean, but:\n${show(findings.filter(loud))}`,
      ).toEqual([])
    })

  for (const entry of sample.mustNotFlag ?? [])
    it(`does not flag “${entry.match}”`, () => {
      const range = locate(text, entry)
      const wrong = findings.filter((f) => loud(f) && overlaps(f, range))
      expect(
        wrong,
        `${sample.file}: “${entry.match}” must not be flagged (${entry.why})\n${show(wrong)}`,
      ).toEqual([])
    })
})

/** Findings as stored in expected.json: every field, in the engine's order. */
function snapshot(findings: Finding[]): string {
  return JSON.stringify(findings, null, 2) + '\n'
}

const GOLDEN = join(FIXTURES, 'golden')
const cases = existsSync(GOLDEN)
  ? readdirSync(GOLDEN, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : []

describe('golden documents', () => {
  it('has cases to compare', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  it.each(cases)('%s', (name) => {
    const dir = join(GOLDEN, name)
    const text = readFileSync(join(dir, 'input.txt'), 'utf8')
    let rulebook: Rulebook | undefined
    if (existsSync(join(dir, 'rulebook.json'))) {
      const result = validateRulebook(JSON.parse(readFileSync(join(dir, 'rulebook.json'), 'utf8')))
      if (!result.ok)
        throw new Error(`${name}/rulebook.json is invalid: ${JSON.stringify(result.issues)}`)
      rulebook = result.rulebook
    }
    const actual = snapshot(lint(text, rulebook))
    const file = join(dir, 'expected.json')
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual)
    if (!existsSync(file))
      throw new Error(`${name}/expected.json is missing: run UPDATE_GOLDEN=1 and review it`)
    const expected = readFileSync(file, 'utf8')
    expect(
      actual,
      `golden case ${name} changed; if intended, run UPDATE_GOLDEN=1 and review the diff`,
    ).toBe(expected)
  })
})
