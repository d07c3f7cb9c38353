/** The publish-time budget, with an injected clock (Workers freeze time during pure computation). */

import { describe, expect, it } from 'vitest'
import { budgetIssues, MEASUREMENTS, type Clock } from '../../worker/lib/budget'
import { samples } from '../../worker/lib/samples'
import { smallRulebook, wordRule } from './helpers'

/** A clock whose n-th measured run (a start and an end read) takes `costs[n]` ms; counts runs. */
function fakeClock(costs: number[]): Clock & { runs: () => number } {
  let now = 0
  let reads = 0
  const clock = async () => {
    if (reads % 2 === 1) {
      const cost = costs[(reads - 1) / 2]
      if (cost === undefined) throw new Error(`unexpected run ${(reads - 1) / 2}`)
      now += cost
    }
    reads++
    return now
  }
  return Object.assign(clock, { runs: () => reads / 2 })
}

describe('publish budget', () => {
  it('lists exactly the rules over budget on every run, with their paths', async () => {
    const book = smallRulebook('b', [
      wordRule('fast', '甲'),
      wordRule('slow', '乙'),
      wordRule('off', '丙', { enabled: false }),
      wordRule('slower', '丁'),
    ])
    // fast: 5; slow: 250 three times; slower: 2000 once (over ten times the budget).
    const clock = fakeClock([5, 250, 260, 250, 2000])
    const issues = await budgetIssues(book, samples, 100, clock)
    expect(issues.map((i) => i.path)).toEqual(['rules[1]', 'rules[3]'])
    expect(issues[0].message).toContain('250')
    expect(issues[1].message).toContain('2000')
    expect(clock.runs()).toBe(2 + MEASUREMENTS)
  })

  it('a rule slow only once (the isolate was busy) is timed again and passes', async () => {
    const book = smallRulebook('b', [wordRule('noisy', '甲'), wordRule('calm', '乙')])
    const clock = fakeClock([400, 30, 5])
    expect(await budgetIssues(book, samples, 100, clock)).toEqual([])
    expect(clock.runs()).toBe(3)
  })

  it('accepts a rulebook within budget and has samples to run', async () => {
    const book = smallRulebook('b')
    expect(await budgetIssues(book, samples, 100, fakeClock([100]))).toEqual([])
    expect(samples.length).toBeGreaterThanOrEqual(3)
    expect(samples.every((s) => s.text.length > 100)).toBe(true)
  })
})
