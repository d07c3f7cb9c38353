/** The publish-time budget, with an injected clock (Workers freeze time during pure computation). */

import { describe, expect, it } from 'vitest'
import type { Rulebook } from '../../shared/index'
import { budgetIssues, type Clock } from '../../worker/lib/budget'
import { samples } from '../../worker/lib/samples'
import { smallRulebook, wordRule } from './helpers'

/** A clock that charges `cost(ruleId)` ms to the rule whose run it brackets. */
function fakeClock(book: Rulebook, cost: (id: string) => number): Clock {
  let now = 0
  let reads = 0
  return async () => {
    const rule = book.rules.filter((r) => r.enabled)[Math.floor(reads / 2)]
    if (reads % 2 === 1) now += cost(rule.id)
    reads++
    return now
  }
}

describe('publish budget', () => {
  it('lists exactly the rules over budget, with their paths', async () => {
    const book = smallRulebook('b', [
      wordRule('fast', '甲'),
      wordRule('slow', '乙'),
      wordRule('off', '丙', { enabled: false }),
      wordRule('slower', '丁'),
    ])
    const issues = await budgetIssues(
      book,
      samples,
      100,
      fakeClock(book, (id) => (id.startsWith('slow') ? 250 : 5)),
    )
    expect(issues.map((i) => i.path)).toEqual(['rules[1]', 'rules[3]'])
    expect(issues[0].message).toContain('250')
  })

  it('accepts a rulebook within budget and has samples to run', async () => {
    const book = smallRulebook('b')
    expect(
      await budgetIssues(
        book,
        samples,
        100,
        fakeClock(book, () => 100),
      ),
    ).toEqual([])
    expect(samples.length).toBeGreaterThanOrEqual(3)
    expect(samples.every((s) => s.text.length > 100)).toBe(true)
  })
})
