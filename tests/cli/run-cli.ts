/** Test helpers: run the real CLI as a child process, and write input files into a temp dir. */

import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `tsx cli/reportlint.ts ...args` asynchronously (so a server in this process can answer it)
 * with the repository as working directory.
 */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      TSX,
      ['cli/reportlint.ts', ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? -1) : 0
        done({ code: typeof code === 'number' ? code : -1, stdout, stderr })
      },
    )
  })
}

/** A temp dir for one test file; `write` puts a file in it and returns its path. */
export function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `reportlint-${prefix}-`))
  return {
    dir,
    write(name: string, content: string | Uint8Array): string {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A stderr that is one line of text, with no stack frame ("    at fn (file:1:2)"). */
export function isOneCleanLine(stderr: string): boolean {
  const lines = stderr.trimEnd().split('\n')
  return lines.length === 1 && lines[0].length > 0 && !/^\s+at\s/m.test(stderr)
}
