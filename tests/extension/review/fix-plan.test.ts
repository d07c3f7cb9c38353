// "Apply all certain fixes": one combined diff, nothing changed without fixes.
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../shared/index'
import { planFixes } from '../../../extension/components/review/fix-plan'

const at = (start: number, end: number, replacement?: string) =>
  ({
    start,
    end,
    ...(replacement !== undefined && { fix: { start, end, replacement } }),
  }) as Finding

describe('planFixes', () => {
  const text = '一、甲\n（一）、乙\n正文\n（二）、丙\n'

  it('applies every certain fix and shows each change once in the diff', () => {
    const plan = planFixes(text, [at(7, 8, ''), at(16, 17, ''), at(11, 13)])
    expect(plan.after).toBe('一、甲\n（一）乙\n正文\n（二）丙\n')
    expect(plan.fixes).toHaveLength(2)
    const lines = plan.hunks.flatMap((h) => h.lines)
    expect(lines.filter((l) => l.op === '-').map((l) => l.text)).toEqual([
      '（一）、乙',
      '（二）、丙',
    ])
    expect(lines.filter((l) => l.op === '+').map((l) => l.text)).toEqual(['（一）乙', '（二）丙'])
  })

  it('plans nothing when no finding has a fix', () => {
    const plan = planFixes(text, [at(0, 2)])
    expect(plan.after).toBe(text)
    expect(plan.hunks).toEqual([])
  })
})
