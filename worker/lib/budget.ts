/** Publish-time budget: each rule alone over the sample reports must finish within the budget. */

import { lint, type Rulebook } from '../../shared/index'
import type { Issue } from '../errors'
import type { Sample } from './samples'

/** How often a rule over the budget is timed again before it is reported (the fastest run counts). */
export const MEASUREMENTS = 3

/** Reads a millisecond clock after yielding to the event loop (Workers advance time only on I/O). */
export type Clock = () => Promise<number>

export const workerClock: Clock = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0))
  return Date.now()
}

/**
 * Runs every enabled rule on its own over every sample and lists each rule whose total time is
 * over `budgetMs` in its fastest of up to `MEASUREMENTS` runs (one run when it took over ten times
 * the budget). The static regex check in validation catches nested quantifiers; this catches
 * patterns that are merely slow on real reports.
 */
export async function budgetIssues(
  book: Rulebook,
  samples: Sample[],
  budgetMs: number,
  clock: Clock,
): Promise<Issue[]> {
  const issues: Issue[] = []
  for (const [i, entry] of book.rules.entries()) {
    if (!entry.enabled) continue
    const single: Rulebook = { ...book, rules: [entry] }
    // Wall time includes whatever else the isolate ran meanwhile: a rule counts as too slow only
    // when it stays over the budget when timed again; far over it, one run is proof enough.
    let spent = Infinity
    let runs = 0
    do {
      const start = await clock()
      for (const sample of samples) lint(sample.text, single)
      spent = Math.min(spent, (await clock()) - start)
    } while (++runs < MEASUREMENTS && spent > budgetMs && spent <= 10 * budgetMs)
    if (spent > budgetMs)
      issues.push({
        path: `rules[${i}]`,
        message: `规则“${entry.id}”在样例报告上耗时 ${spent} 毫秒，超过 ${budgetMs} 毫秒的上限，请简化其正则表达式`,
      })
  }
  return issues
}
