/** A unified diff of two rulebooks' canonical JSON (jsdiff), drawn line by line. */

import { createTwoFilesPatch } from 'diff'
import { canonicalJson } from '../../../shared/index'

export function jsonPatch(a: unknown, b: unknown, from: string, to: string): string {
  return createTwoFilesPatch(from, to, canonicalJson(a), canonicalJson(b), '', '', { context: 2 })
}

export function DiffView({ patch, name }: { patch: string; name: string }) {
  const lines = patch.split('\n').slice(2)
  const changed = lines.some((l) => l.startsWith('+') || l.startsWith('-'))
  if (!changed) return <p class="muted">没有差异。</p>
  return (
    <pre class="json-diff" data-diff={name}>
      {lines.map((l, i) => (
        <div
          key={i}
          class={
            l.startsWith('+')
              ? 'op-add'
              : l.startsWith('-')
                ? 'op-del'
                : l.startsWith('@@')
                  ? 'hunk-head'
                  : ''
          }
        >
          {l}
        </div>
      ))}
    </pre>
  )
}
