/** Detects the document type (工作总结, 情况报告, 工作要点 …) from the title. */

import type { DocumentType } from '../types'

/**
 * The type whose keyword ends the title wins, the longest keyword first; failing that, the
 * longest keyword found anywhere in the title.
 */
export function detectDocType(title: string, types: DocumentType[]): DocumentType | undefined {
  const t = title.replace(/[\s。.]+$/, '')
  let best: { type: DocumentType; score: number } | undefined
  for (const type of types) {
    for (const k of type.titleKeywords) {
      if (!k || !t.includes(k)) continue
      const score = k.length + (t.endsWith(k) ? 1000 : 0)
      if (!best || score > best.score) best = { type, score }
    }
  }
  return best?.type
}
