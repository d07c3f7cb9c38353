/** Typing latency on a page: time from a keystroke's event time to the next animation frame, per key. */

import type { Page } from 'playwright-core'

export interface LatencyFigures {
  samples: number
  median: number
  p95: number
  max: number
}

/** Starts recording: every keydown's `timeStamp` (which includes any wait behind a busy main thread) to the next frame. */
export async function recordLatency(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __latency: number[] }
    w.__latency = []
    addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp
        requestAnimationFrame(() => w.__latency.push(performance.now() - start))
      },
      { capture: true },
    )
  })
}

/** Median, 95th percentile and maximum of what was recorded, in milliseconds. */
export async function latencyFigures(page: Page): Promise<LatencyFigures> {
  const values = await page.evaluate(() => (window as unknown as { __latency: number[] }).__latency)
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    samples: sorted.length,
    median: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  }
}

/**
 * Types `text` one key at a time like a writer: short gaps, and every tenth key a pause longer than
 * the checker's debounce so a re-check runs while typing goes on.
 */
export async function typeLikeAWriter(page: Page, text: string): Promise<void> {
  let i = 0
  for (const ch of text) {
    await page.keyboard.type(ch)
    await page.waitForTimeout(++i % 10 === 0 ? 300 : 40)
  }
}
