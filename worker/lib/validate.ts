/** Rulebook checks before a save or publish: the engine's validation, the id, the time budget. */

import { validateRulebook, type Rulebook } from '../../shared/index'
import type { Bindings } from '../env'
import { ApiError, type Issue } from '../errors'
import { budgetIssues, workerClock, type Clock } from './budget'
import { samples } from './samples'

/** Validates an untrusted rulebook for `id`; 422 listing every issue, so nothing is saved. */
export function validOrThrow(input: unknown, id: string): Rulebook {
  const result = validateRulebook(input)
  const issues: Issue[] = result.ok ? [] : [...result.issues]
  const bodyId = input && typeof input === 'object' ? (input as { id?: unknown }).id : undefined
  if (typeof bodyId === 'string' && bodyId !== id)
    issues.push({ path: 'id', message: `规则集编号应为“${id}”，与请求地址一致` })
  if (issues.length || !result.ok)
    throw new ApiError(422, 'invalid_rulebook', `规则集有 ${issues.length} 处问题`, issues)
  return result.rulebook
}

/** 422 when a rule of `book` is too slow on the bundled sample reports. */
export async function withinBudgetOrThrow(
  book: Rulebook,
  env: Bindings,
  clock: Clock = workerClock,
): Promise<void> {
  const budget = Number(env.PUBLISH_BUDGET_MS ?? '500')
  const issues = await budgetIssues(book, samples, Number.isFinite(budget) ? budget : 500, clock)
  if (issues.length) throw new ApiError(422, 'too_slow', '规则在样例报告上运行过慢', issues)
}
