/** The reportlint CLI: `reportlint check FILE... [--format text|json] [--rulebook FILE|URL]`. */

import { CliError } from './errors'

function fail(error: unknown): void {
  if (error instanceof CliError) {
    process.stderr.write(`reportlint：${error.message}\n`)
    for (const line of error.details) process.stderr.write(`  ${line}\n`)
  } else {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`reportlint：内部错误：${message.split('\n')[0]}\n`)
  }
  process.exitCode = 2
}

// A reader closing the pipe early (| head) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
})

// Loaded lazily so that even a failure to load the engine is one line, not a stack trace.
import('./main')
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code
  }, fail)
