/**
 * The number-style checks try their expression only where `starts` says a match may start: every
 * place an expression matches must be among them, and the matches found must be exactly those of
 * one global search with the expression, on any text.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReport } from '../../../bench/corpus'
import {
  NUMBER_CHECKS,
  numberMatches,
  type NumberCheck,
} from '../../../shared/rules/util/number-checks'

const CHECKS = Object.entries(NUMBER_CHECKS as Record<string, NumberCheck>).filter(
  ([, c]) => c.starts,
)

// Each check's figures whole and in pieces, their neighbours, and characters that break them.
const COMMON = [...'0123456789０.．/:-－—至年月日%万的a 　', '——']
const PIECES: Record<string, string[]> = {
  'year-abbrev': [
    ..."2301589年月度’'—–～〜-－至到较比与同第.，；）)\n",
    ...['23年5月', '’23', '2023—24年', '2023年-', '较23年', '同期', '提高', '相比', '3—5月'],
  ],
  'zero-glyph': [
    ...'一二〇零○OΟ0０三九十年',
    '二〇二三',
    '二零二',
    '二○',
    '一九九',
    '二零二三年',
    '一九九O年',
  ],
  'date-separators': [
    ...'0129./_a版号本 ：:',
    ...['19', '20', '12', '31', '2024.1.15', '2024/01/05', '1999.12', '.3', '版本'],
  ],
  'range-unit': [...'150１５.．-~－—～〜至到 　\u00a0%％万亿元', '——', '5-10万', '15～30%', '1.5'],
  'decimal-zero': [...'.5的一〇零年月日%％人学', '23', '人均.5', '的.23%'],
}

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m])
const found = (c: NumberCheck, text: string) => numberMatches(c, text).map((m) => [m.index, ...m])

/** Every place where `re` matches when tried there alone. */
function matchPlaces(re: RegExp, text: string): number[] {
  const at = new RegExp(re.source, re.flags.replace('g', '') + 'y')
  const out: number[] = []
  for (let p = 0; p < text.length; p++) {
    at.lastIndex = p
    if (at.test(text)) out.push(p)
  }
  return out
}

describe.each(CHECKS)('%s: starts', (id, check) => {
  it('holds every place a match may start, ascending; finds what a global search finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES[id]), fc.constantFrom(...COMMON)), {
          maxLength: 16,
        }),
        (pieces) => {
          const text = pieces.join('')
          const starts = check.starts!(text)
          expect([...starts].sort((a, b) => a - b)).toEqual(starts)
          for (const p of matchPlaces(check.re, text)) expect(starts).toContain(p)
          expect(found(check, text)).toEqual(all(check.re, text))
        },
      ),
      { numRuns: 4000, seed: 20260601 },
    )
  })

  it('finds what a global search finds, on generated reports', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const text = generateReport(seed, 14_000, 0.3)
      expect(found(check, text)).toEqual(all(check.re, text))
    }
  })
})
