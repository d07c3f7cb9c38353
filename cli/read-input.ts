/** Reads one input file (.txt, .md, .docx, or - for stdin) into the text the engine checks. */

import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import type { Finding } from '../shared/index'
import { lineStarts, positionAt } from '../shared/engine/positions'
import { decodeText } from './decode'
import { readDocxParagraphs, paragraphsToText } from './docx'
import { CliError, describeFsError } from './errors'
import { stripMarkdown } from './markdown'

/** Far above any real report; keeps a mistaken argument (a disk image, a video) from hanging. */
const MAX_BYTES = 20 * 1024 * 1024

export interface Input {
  /** The name shown in the output: the argument as given, `<stdin>` for -. */
  file: string
  /** The text the engine checks. */
  text: string
  /** Moves a finding's positions from `text` back to the file's own text (Markdown). */
  remap?: (finding: Finding) => Finding
}

function readBytes(path: string): Buffer {
  if (path === '-') return readFileSync(0)
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' })
    size = stat.size
  } catch (error) {
    throw new CliError(describeFsError(error))
  }
  if (size > MAX_BYTES) throw new CliError('文件过大（超过 20 MB），不像是一篇报告')
  try {
    return readFileSync(path)
  } catch (error) {
    throw new CliError(describeFsError(error))
  }
}

/** Finding positions recomputed on the original text through an offset map. */
function remapper(original: string, toOriginal: (offset: number) => number) {
  const starts = lineStarts(original)
  return (f: Finding): Finding => {
    const start = toOriginal(f.start)
    const end = toOriginal(f.end)
    const a = positionAt(starts, start)
    const b = positionAt(starts, end)
    return {
      ...f,
      start,
      end,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      ...(f.fix && {
        fix: { ...f.fix, start: toOriginal(f.fix.start), end: toOriginal(f.fix.end) },
      }),
    }
  }
}

/** Reads a file the user named; every failure becomes a one-line `CliError` naming the file. */
export async function readInput(path: string): Promise<Input> {
  const file = path === '-' ? '<stdin>' : path
  try {
    const bytes = readBytes(path)
    const ext = extname(path).toLowerCase()
    if (ext === '.docx') return { file, text: paragraphsToText(await readDocxParagraphs(bytes)) }
    if (ext === '.doc' || ext === '.wps')
      throw new CliError('不支持旧版 Word/WPS 格式，请另存为 .docx 或 .txt 后再检查')
    const { text } = decodeText(bytes)
    if (ext !== '.md' && ext !== '.markdown') return { file, text }
    const stripped = stripMarkdown(text)
    return { file, text: stripped.text, remap: remapper(text, stripped.toOriginal) }
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`${file}：${error.message}`, error.details)
    throw new CliError(`${file}：无法读取（${(error as Error)?.message ?? String(error)}）`)
  }
}
