/** Publish-time budget: each rule alone over the sample reports must finish within the budget. */

import { lint, type Rulebook } from '../../shared/index'
import type { Issue } from '../errors'
import type { Sample } from './samples'

/** Reads a millisecond clock after yielding to the event loop (Workers advance time only on I/O). */
export type Clock = () => Promise<number>

export const workerClock: Clock = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0))
  return Date.now()
}

/**
 * Runs every enabled rule on its own over every sample and lists each rule whose total time is
 * over `budgetMs`. The static regex check in validation catches nested quantifiers; this catches
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
    const start = await clock()
    for (const sample of samples) lint(sample.text, single)
    const spent = (await clock()) - start
    if (spent > budgetMs)
      issues.push({
        path: `rules[${i}]`,
        message: `规则“${entry.id}”在样例报告上耗时 ${spent} 毫秒，超过 ${budgetMs} 毫秒的上限，请简化其正则表达式`,
      })
  }
  return issues
}
