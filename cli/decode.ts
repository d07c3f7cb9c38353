/** Bytes → text: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030/GBK; binary data refused. */

import { CliError } from './errors'

const UTF8_BOM = [0xef, 0xbb, 0xbf]

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/** Control characters other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g

/** Text with more than a trace of control characters (or any NUL) is not a report. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const controls = text.match(CONTROL)?.length ?? 0
  return controls > 8 && controls > text.length / 1000
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

/**
 * Decodes a text file. Windows editors save Chinese text as UTF-8 (often with a BOM), as UTF-16
 * with a BOM ("Unicode"), or as GBK/GB18030 ("ANSI"); invalid UTF-8 is taken to be GB18030, which
 * is a superset of GBK and GB2312. Throws `CliError` for binary data.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  let result: { text: string; encoding: Encoding } | undefined
  if (startsWith(bytes, UTF8_BOM))
    result = { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  else if (startsWith(bytes, [0xff, 0xfe]))
    result = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  else if (startsWith(bytes, [0xfe, 0xff]))
    result = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  else if (bytes.includes(0)) throw new CliError('不是文本文件（含有二进制数据）')
  else {
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
    } catch {
      result = decodeGb18030(bytes)
    }
  }
  if (looksBinary(result.text)) throw new CliError('不是文本文件（含有二进制数据）')
  return result
}

function decodeGb18030(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' }
  } catch {
    throw new CliError('无法识别文本编码（既不是 UTF-8，也不是 GB18030/GBK），或不是文本文件')
  }
}
