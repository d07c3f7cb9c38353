/** Command-line arguments: `check FILE... [--format text|json] [--rulebook FILE|URL]`, --help, --version. */

import { CliError } from './errors'

export type Format = 'text' | 'json'

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'check'; files: string[]; format: Format; rulebook?: string }

export const USAGE = `用法：reportlint check 文件... [--format text|json] [--rulebook 文件或网址]

检查公文（.txt、.md、.docx；UTF-8 或 GB18030/GBK 编码）是否符合规则集。
.docx 按段落读取，一段一行，行号即段落序号；Word 标题样式的段落按标题处理。

选项：
  --format text|json   输出格式，默认 text（file:line:column  severity  message  ruleId）
  --rulebook 文件|网址  使用指定的规则集 JSON，默认使用内置的公文默认规则集；
                       网址请求时若设置了环境变量 REPORTLINT_TOKEN，则作为 Bearer 令牌发送
  -h, --help           显示本帮助
  -v, --version        显示版本

退出码：0 没有错误；1 发现错误；2 用法错误或文件无法读取`

const FORMATS: readonly string[] = ['text', 'json']

/** Splits `--name=value` and `--name value`; returns the value and how many arguments it used. */
function optionValue(args: string[], i: number, name: string): { value: string; used: number } {
  const arg = args[i]
  const eq = arg.indexOf('=')
  if (eq >= 0) return { value: arg.slice(eq + 1), used: 1 }
  const next = args[i + 1]
  if (next === undefined || next.startsWith('--')) throw new CliError(`选项 ${name} 缺少取值`)
  return { value: next, used: 2 }
}

/** Parses the arguments after the script name; throws `CliError` on bad usage. */
export function parseArgs(args: string[]): Command {
  if (args.some((a) => a === '-h' || a === '--help')) return { command: 'help' }
  if (args.some((a) => a === '-v' || a === '--version')) return { command: 'version' }
  if (!args.length)
    throw new CliError('缺少命令，请使用 reportlint check 文件...（--help 查看用法）')
  const [command, ...rest] = args
  if (command !== 'check') throw new CliError(`未知命令“${command}”，目前只支持 check`)
  const files: string[] = []
  let format: Format = 'text'
  let rulebook: string | undefined
  for (let i = 0; i < rest.length;) {
    const arg = rest[i]
    if (arg === '--') {
      files.push(...rest.slice(i + 1))
      break
    }
    const name = arg.split('=')[0]
    if (name === '--format') {
      const { value, used } = optionValue(rest, i, name)
      if (!FORMATS.includes(value))
        throw new CliError(`--format 只能是 text 或 json，而不是“${value}”`)
      format = value as Format
      i += used
    } else if (name === '--rulebook') {
      const { value, used } = optionValue(rest, i, name)
      if (!value) throw new CliError('选项 --rulebook 缺少取值')
      rulebook = value
      i += used
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`未知选项“${arg}”（--help 查看用法）`)
    } else {
      files.push(arg)
      i += 1
    }
  }
  if (!files.length) throw new CliError('没有要检查的文件，请使用 reportlint check 文件...')
  return { command: 'check', files, format, rulebook }
}
