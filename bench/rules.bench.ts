/**
 * Where the engine's time goes (`npm run bench:rules [-- FILTER]`): the default rulebook on the
 * benchmark's 14k reports, split into parsing, the line prefilter, each rule's handlers (with the
 * lines each line rule was called on) and the rest (resolving and sorting findings). Handlers are
 * timed one call at a time, so the figures carry the clock's own cost (a few µs per report in all);
 * use them to compare, and `npm run bench` for the engine's time.
 */

import { inMemoScope, MemoScope } from '../shared/document/line-memo'
import { parseDocument } from '../shared/document/parse'
import { compileRules, runRules } from '../shared/engine/run'
import { postprocess } from '../shared/engine/postprocess'
import { defaultRulebook } from '../shared/index'
import { generateReport } from './corpus'

const filter = process.argv[2] ?? ''
const reports = Array.from({ length: 64 }, (_, i) => generateReport(100 + i, 14_000))
const rules = compileRules(defaultRulebook)
// the same rules untouched, and with handlers that do nothing (what the engine itself costs)
const plain = compileRules(defaultRulebook)
const idle = compileRules(defaultRulebook).map((rule) => ({
  ...rule,
  listener: rule.listener && {
    ...rule.listener,
    line: rule.listener.line && (() => {}),
    document: rule.listener.document && (() => {}),
  },
}))
const calls = new Map<string, number>()
const spent = new Map<string, number>()
const add = (map: Map<string, number>, key: string, v: number) =>
  map.set(key, (map.get(key) ?? 0) + v)

for (const rule of rules) {
  const listener = rule.listener
  if (!listener) continue
  const { line, document } = listener
  const id = rule.entry.id
  if (line)
    listener.line = (l, report) => {
      const t0 = performance.now()
      line(l, report)
      add(spent, `${id} (line)`, performance.now() - t0)
      add(calls, `${id} (line)`, 1)
    }
  if (document)
    listener.document = (doc, report, holding) => {
      const t0 = performance.now()
      document(doc, report, holding)
      add(spent, `${id} (document)`, performance.now() - t0)
      add(calls, `${id} (document)`, 1)
    }
}

const N = 1280
const docs = reports.map((text) => parseDocument(text, defaultRulebook.documentTypes))
const run = (set: typeof rules, i: number) =>
  inMemoScope(new MemoScope(false), () => runRules(set, docs[i % docs.length])).findings
/** Milliseconds in all for N calls of `fn`, after as many to warm up. */
function total(fn: (i: number) => unknown): number {
  for (let i = 0; i < N; i++) fn(i)
  const t0 = performance.now()
  for (let i = 0; i < N; i++) fn(i)
  return performance.now() - t0
}
// parsed documents carry per-line memos: parse again for every run of the rules
const fresh = (i: number) =>
  parseDocument(reports[i % reports.length], defaultRulebook.documentTypes)
const phases = {
  parse: total(fresh),
  engine: total((i) => inMemoScope(new MemoScope(false), () => runRules(idle, fresh(i)))),
  rules: total((i) => inMemoScope(new MemoScope(false), () => runRules(plain, fresh(i)))),
  post: total((i) => postprocess(run(plain, i))) - total((i) => run(plain, i)),
}
phases.engine -= phases.parse
phases.rules -= phases.parse
for (let pass = 0; pass < 2; pass++) {
  // the first pass warms up; the second is measured
  calls.clear()
  spent.clear()
  for (let i = 0; i < N; i++) inMemoScope(new MemoScope(false), () => runRules(rules, fresh(i)))
}

const us = (ms: number) => ((1000 * ms) / N).toFixed(1).padStart(8)
console.log('per report (µs), untimed handlers:')
console.log(`${us(phases.parse)}  parse`)
console.log(`${us(phases.engine)}  the engine with every handler doing nothing (prefilter, loop)`)
console.log(`${us(phases.rules - phases.engine)}  the handlers`)
console.log(`${us(phases.post)}  postprocess (ignores, order, fixes)`)
console.log('\nper handler, timed one call at a time (clock cost included; compare, do not add):')
console.log('   µs/report  calls/report  rule')
for (const [key, v] of [...spent].sort((a, b) => b[1] - a[1])) {
  if (!key.includes(filter)) continue
  console.log(`${us(v)}  ${((calls.get(key) ?? 0) / N).toFixed(0).padStart(12)}  ${key}`)
}
