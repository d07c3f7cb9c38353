// Sums vitest JSON reports into one closing line "N passed, N failed"; failed steps count as failures.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [dir, ...failedSteps] = process.argv.slice(2)
let passed = 0
let failed = 0
const rows = []
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  rows.push(
    `  ${file.replace(/\.json$/, '').padEnd(10)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  )
}
console.log('\n' + rows.join('\n'))
if (failedSteps.length) console.log(`  failed steps: ${failedSteps.join(', ')}`)
failed += failedSteps.length
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
