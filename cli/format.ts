/** Output formats: compiler-style text lines with a summary, or one JSON document. */

import type { Finding, Rulebook } from '../shared/index'

export interface FileResult {
  file: string
  findings: Finding[]
}

/** The JSON output: `{"rulebook":{"id","version"},"files":[{"file","findings"}],"findings":[…]}`. */
export function formatJson(rulebook: Rulebook, results: FileResult[]): string {
  const output = {
    rulebook: { id: rulebook.id, version: rulebook.version },
    files: results.map((r) => ({ file: r.file, findings: r.findings })),
    findings: results.flatMap((r) => r.findings),
  }
  return JSON.stringify(output, null, 2)
}

export interface Counts {
  error: number
  warning: number
  info: number
}

export function countFindings(results: FileResult[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 }
  for (const r of results) for (const f of r.findings) counts[f.severity] += 1
  return counts
}

/** Newlines and tabs inside a message would break the one-finding-per-line format. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ')
}

/** `file:line:column  severity  message  ruleId` per finding, then a summary line. */
export function formatText(results: FileResult[]): string {
  const lines: string[] = []
  for (const r of results)
    for (const f of r.findings)
      lines.push(
        `${r.file}:${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${oneLine(f.message)}  ${f.ruleId}`,
      )
  lines.push(summary(results))
  return lines.join('\n')
}

/** e.g. "2 个文件，5 个问题：1 个错误，3 个警告，1 个提示"; "2 个文件，没有发现问题". */
export function summary(results: FileResult[]): string {
  const c = countFindings(results)
  const total = c.error + c.warning + c.info
  const files = `${results.length} 个文件`
  if (!total) return `${files}，没有发现问题`
  return `${files}，${total} 个问题：${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示`
}
