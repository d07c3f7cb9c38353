// Memo scopes: per-line results live in one lint run or one session, never in module state.
import { describe, expect, it } from 'vitest'
import { inMemoScope, lineMemo, MemoScope } from '../../../shared/document/line-memo'

function counted() {
  const calls: string[] = []
  const memo = lineMemo((text: string) => {
    calls.push(text)
    return text.length
  })
  return { calls, memo }
}

describe('line memos', () => {
  it('keep nothing outside a scope: report text is not held between runs', () => {
    const { calls, memo } = counted()
    memo('甲乙')
    memo('甲乙')
    expect(calls).toEqual(['甲乙', '甲乙'])
  })

  it('compute each text once within a run', () => {
    const { calls, memo } = counted()
    inMemoScope(new MemoScope(), () => {
      for (const t of ['甲', '乙', '甲', '乙']) memo(t)
    })
    expect(calls).toEqual(['甲', '乙'])
  })

  it('reuse the previous run of a session and forget lines that are gone', () => {
    const { calls, memo } = counted()
    const scope = new MemoScope()
    const run = (texts: string[]) => {
      scope.nextRun()
      inMemoScope(scope, () => texts.forEach(memo))
    }
    run(['甲', '乙'])
    run(['甲', '丙']) // 甲 reused, 丙 new, 乙 no longer present
    run(['乙']) // 乙 was dropped after one run without it
    expect(calls).toEqual(['甲', '乙', '丙', '乙'])
  })

  it('restore the outer scope after a nested run', () => {
    const { calls, memo } = counted()
    const outer = new MemoScope()
    inMemoScope(outer, () => {
      memo('甲')
      inMemoScope(new MemoScope(), () => memo('甲'))
      memo('甲')
    })
    expect(calls).toEqual(['甲', '甲'])
  })
})
