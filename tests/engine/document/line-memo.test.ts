// Memo scopes: per-line results live in one lint run or one session, never in module state.
import { describe, expect, it } from 'vitest'
import { inMemoScope, lineMemo, memoOnLine, MemoScope } from '../../../shared/document/line-memo'
import type { Line } from '../../../shared/document/types'

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

  it('in a one-off scope, file nothing by text: a line object carries its results', () => {
    const { calls, memo } = counted()
    const line = (text: string) => ({ text }) as Line
    const onLine = memoOnLine(
      (l) => l.text,
      (l) => memo(l.text),
    )
    const a = line('甲')
    inMemoScope(new MemoScope(false), () => {
      for (const l of [a, a, line('乙'), a, line('甲')]) onLine(l)
    })
    // 甲 again on a new line object is computed again: no table by text
    expect(calls).toEqual(['甲', '乙', '甲'])
    expect(a.memos).toContain(1)
  })

  it('in a session, reuse the result for a line of the same text on the next run', () => {
    const { calls, memo } = counted()
    const onLine = memoOnLine(
      (l) => l.text,
      (l) => memo(l.text),
    )
    const scope = new MemoScope()
    for (let run = 0; run < 2; run++) {
      scope.nextRun()
      inMemoScope(scope, () => onLine({ text: '甲' } as Line))
    }
    expect(calls).toEqual(['甲'])
  })
})
