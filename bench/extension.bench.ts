// Extension benchmark: gzipped size of the built content script, engine time to re-check after one keystroke.
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { createSession, defaultRulebook } from '../shared/index'
import { generateReport } from './corpus'

const CONTENT = '.output/chrome-mv3/content-scripts/content.js'
// always built from the current sources: a build left from an earlier commit would be measured
// instead (it once hid 6 kB of new rules)
execSync('npx wxt build', { stdio: 'ignore' })
const raw = readFileSync(CONTENT)
const gzipKb = gzipSync(raw, { level: 9 }).length / 1024

// A 14,000-character report; each "keystroke" inserts one character in the middle, as typing does.
const text = generateReport(7, 14_000)
const session = createSession(defaultRulebook)
session.update(text)
const mid = text.indexOf('\n', text.length >> 1)
const N = 400
const times: number[] = []
let doc = text
// A writer typing a sentence at the end of a paragraph (one character per update). Typing the same
// character over and over would measure a line full of 的的的 defects, not typing.
const TYPED = '同时，进一步加强组织领导，压实工作责任，确保各项任务落到实处。'
for (let i = 0; i < N; i++) {
  doc = doc.slice(0, mid + i) + TYPED[i % TYPED.length] + doc.slice(mid + i)
  const t0 = performance.now()
  session.update(doc)
  times.push(performance.now() - t0)
}
times.sort((a, b) => a - b)
const median = times[N >> 1]
const p95 = times[Math.floor(N * 0.95)]

console.table({
  'content script (gzip, kB)': { value: +gzipKb.toFixed(1), target: 'tens of kB (SPEC)' },
  'document (chars)': { value: text.length, target: '≈ 14,000' },
  're-check after a keystroke, median (ms)': { value: +median.toFixed(3), target: '≤ 1' },
  're-check after a keystroke, p95 (ms)': { value: +p95.toFixed(3), target: '' },
})
console.log(
  JSON.stringify({
    bench: 'extension',
    contentScriptGzipKb: +gzipKb.toFixed(1),
    contentScriptRawKb: +(raw.length / 1024).toFixed(1),
    documentChars: text.length,
    recheckMedianMs: +median.toFixed(4),
    recheckP95Ms: +p95.toFixed(4),
  }),
)
