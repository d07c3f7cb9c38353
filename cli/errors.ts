/** The one error the CLI shows to users: a one-line message and exit code 2, never a stack trace. */

export class CliError extends Error {
  /** Further lines shown under the message, e.g. every problem of an invalid rulebook. */
  readonly details: string[]

  constructor(message: string, details: string[] = []) {
    super(message)
    this.name = 'CliError'
    this.details = details
  }
}

/** A short, readable reason for a Node error (ENOENT, EISDIR, EACCES …) without any stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return '文件不存在'
    case 'EISDIR':
      return '这是一个目录，不是文件'
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限'
    default:
      return code ? `无法读取（${code}）` : '无法读取'
  }
}
