/** The CLI's work: parse arguments, load the rulebook, read every input, lint, print. */

import { readFileSync } from 'node:fs'
import { lint, type Rulebook } from '../shared/index'
import { parseArgs, USAGE, type Format } from './args'
import { CliError } from './errors'
import { formatJson, formatText, countFindings, type FileResult } from './format'
import { readInput, type Input } from './read-input'
import { loadRulebook } from './rulebook'

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  return String(pkg.version)
}

/** Reads every input first, so unreadable files are all reported before any output. */
async function readAll(files: string[]): Promise<Input[]> {
  const inputs: Input[] = []
  const problems: string[] = []
  for (const file of files) {
    try {
      inputs.push(await readInput(file))
    } catch (error) {
      if (!(error instanceof CliError)) throw error
      problems.push(error.message)
    }
  }
  if (problems.length === 1) throw new CliError(problems[0])
  if (problems.length) throw new CliError(`${problems.length} 个文件无法读取`, problems)
  return inputs
}

function check(inputs: Input[], rulebook: Rulebook): FileResult[] {
  return inputs.map((input) => {
    const findings = lint(input.text, rulebook)
    return { file: input.file, findings: input.remap ? findings.map(input.remap) : findings }
  })
}

/** Runs the CLI and returns the exit code: 0 no errors, 1 errors, 2 bad usage or input. */
export async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv)
  if (command.command === 'help') return (void console.log(USAGE), 0)
  if (command.command === 'version') return (void console.log(`reportlint ${version()}`), 0)
  const rulebook = await loadRulebook(command.rulebook, { token: process.env.REPORTLINT_TOKEN })
  const results = check(await readAll(command.files), rulebook)
  const format: Format = command.format
  process.stdout.write(
    (format === 'json' ? formatJson(rulebook, results) : formatText(results)) + '\n',
  )
  return countFindings(results).error > 0 ? 1 : 0
}
