/** --rulebook FILE|URL: loads rulebook JSON (bare or `{ "rulebook": … }`) and validates it. */

import { readFileSync } from 'node:fs'
import { defaultRulebook, validateRulebook, type Rulebook } from '../shared/index'
import { CliError, describeFsError } from './errors'

export interface LoadOptions {
  /** Bearer token for URLs, from REPORTLINT_TOKEN. */
  token?: string
  fetch?: typeof fetch
}

const TIMEOUT_MS = 15_000

function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec)
}

async function fetchText(url: string, options: LoadOptions): Promise<string> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  let response: Response
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    const cause = (error as { cause?: { code?: string } })?.cause?.code
    throw new CliError(`无法连接规则集服务 ${url}${cause ? `（${cause}）` : ''}`)
  }
  if (response.status === 401 || response.status === 403)
    throw new CliError(
      `规则集服务拒绝访问（HTTP ${response.status}），请在环境变量 REPORTLINT_TOKEN 中提供有效令牌`,
    )
  if (!response.ok) throw new CliError(`获取规则集失败：HTTP ${response.status} ${url}`)
  return response.text()
}

function readLocal(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    throw new CliError(`规则集 ${path}：${describeFsError(error)}`)
  }
}

/** The rulebook inside a worker response `{ "rulebook": {...} }`, or the value itself. */
export function unwrapRulebook(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'rulebook' in value) {
    const inner = (value as { rulebook: unknown }).rulebook
    if (inner && typeof inner === 'object') return inner
  }
  return value
}

/** Parses and validates rulebook JSON; throws `CliError` listing every problem with its path. */
export function parseRulebook(json: string, source: string): Rulebook {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    throw new CliError(`规则集 ${source} 不是有效的 JSON：${(error as Error).message}`)
  }
  const result = validateRulebook(unwrapRulebook(value))
  if (result.ok) return result.rulebook
  throw new CliError(
    `规则集 ${source} 无效（${result.issues.length} 个问题）`,
    result.issues.map((i) => `${i.path || '(根)'}：${i.message}`),
  )
}

/** The default rulebook, or the one named by `--rulebook` (a file path or an http(s) URL). */
export async function loadRulebook(
  spec: string | undefined,
  options: LoadOptions = {},
): Promise<Rulebook> {
  if (!spec) return defaultRulebook
  const json = isUrl(spec) ? await fetchText(spec, options) : readLocal(spec)
  return parseRulebook(json, spec)
}
