/** Version diff: a unified diff of the canonical JSON and the change in findings on the samples. */

import { createTwoFilesPatch } from 'diff'
import { lint, type Finding, type Rulebook } from '../../shared/index'
import type { Sample } from './samples'

/** A finding as listed in a diff: enough to find it in the sample, no fix details. */
export interface FindingRef {
  ruleId: string
  severity: Finding['severity']
  line: number
  column: number
  message: string
  excerpt: string
}

export interface SampleChange {
  sample: string
  before: number
  after: number
  added: FindingRef[]
  removed: FindingRef[]
}

export interface RulebookDiff {
  from: string
  to: string
  patch: string
  samples: SampleChange[]
}

const key = (f: Finding) => `${f.ruleId}\u0000${f.start}\u0000${f.end}\u0000${f.message}`

const ref = (f: Finding): FindingRef => ({
  ruleId: f.ruleId,
  severity: f.severity,
  line: f.line,
  column: f.column,
  message: f.message,
  excerpt: f.excerpt,
})

function change(sample: Sample, before: Rulebook, after: Rulebook): SampleChange {
  const a = lint(sample.text, before)
  const b = lint(sample.text, after)
  const inA = new Set(a.map(key))
  const inB = new Set(b.map(key))
  return {
    sample: sample.name,
    before: a.length,
    after: b.length,
    added: b.filter((f) => !inA.has(key(f))).map(ref),
    removed: a.filter((f) => !inB.has(key(f))).map(ref),
  }
}

/** Compares two stored canonical bodies labelled e.g. "v3" and "draft". */
export function diffRulebooks(
  from: { label: string; body: string },
  to: { label: string; body: string },
  samples: Sample[],
): RulebookDiff {
  const before = JSON.parse(from.body) as Rulebook
  const after = JSON.parse(to.body) as Rulebook
  return {
    from: from.label,
    to: to.label,
    patch: createTwoFilesPatch(
      `${before.id}@${from.label}`,
      `${after.id}@${to.label}`,
      from.body,
      to.body,
    ),
    samples: samples.map((s) => change(s, before, after)),
  }
}
