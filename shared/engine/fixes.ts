/** Applying fixes: non-overlapping replacements, applied from the end so offsets stay valid. */

import type { Finding, Fix } from '../types'

/**
 * Applies the fixes of `findings` to `text`. Overlapping fixes are skipped (the earlier one wins),
 * so the result is always well defined; returns the new text and the fixes applied.
 */
export function applyFixes(
  text: string,
  findings: Pick<Finding, 'fix'>[],
): { text: string; applied: Fix[] } {
  const fixes = findings
    .map((f) => f.fix)
    .filter((f): f is Fix => !!f && f.start >= 0 && f.end <= text.length && f.start <= f.end)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: Fix[] = []
  let lastEnd = -1
  for (const fix of fixes) {
    if (fix.start < lastEnd || (fix.start === lastEnd && fix.start === fix.end)) continue
    applied.push(fix)
    lastEnd = fix.end
  }
  let out = text
  for (let i = applied.length - 1; i >= 0; i--) {
    const f = applied[i]
    out = out.slice(0, f.start) + f.replacement + out.slice(f.end)
  }
  return { text: out, applied }
}
