/**
 * heading-marker returns at once on a marker of variant 'ok' (nearly every heading): that is safe
 * only if no check ever finds anything in such a marker, on any line.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchMarker, toHeading } from '../../../shared/document/markers'
import { CHECKS, checkMarker } from '../../../shared/rules/heading-marker'

// Marker parts, their variants' marks and what may follow a marker.
const PIECES = [
  ...'（()）一二三十两1234567890、，,.．:：;；。 ⑴①⒈㈠⒇⑳',
  '（一）',
  '（1）',
  '十一',
  '...',
  '加强',
  '%',
]

function okFindings(line: string) {
  const m = matchMarker(line, 0)
  if (!m || m.variant !== 'ok') return []
  const h = toHeading(line, m)
  const marker = line.slice(h.markerStart, h.markerEnd)
  const rest = line.slice(h.markerEnd)
  return CHECKS.map((check) => checkMarker(check, h, marker, rest)).filter((r) => r !== null)
}

describe('heading-marker on standard markers', () => {
  it.each(['一、加强', '（一）加强', '1.加强', '（1）加强', '①加强', '（十一）加强。正文'])(
    '%s',
    (line) => {
      expect(matchMarker(line, 0)?.variant).toBe('ok')
      expect(okFindings(line)).toEqual([])
    },
  )

  it('finds nothing in any marker of variant ok, on random marker-like lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        expect(okFindings(pieces.join(''))).toEqual([])
      }),
      { numRuns: 5000, seed: 20261207 },
    )
  })
})
