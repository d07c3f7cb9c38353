/** Rulebook synchronisation with If-None-Match, the cached copy, and the bundled fallback. */

import { defaultRulebook, validateRulebook } from '../../shared/index'
import type { Rulebook } from '../../shared/types'
import type { RulebookSource, SyncState, SyncStatus } from './protocol'
import { rulebookCacheItem, settingsItem, syncStatusItem } from './storage-items'

export interface LoadedRulebook {
  rulebook: Rulebook
  source: RulebookSource
}

/** How long a synchronisation may take, body included: a hanging server cannot stall the sync. */
export const SYNC_TIMEOUT_MS = 15_000

const OFFLINE = '无法连接规则服务器，继续使用已有规则集'
const TIMED_OUT = '规则服务器响应超时，继续使用已有规则集'
const timedOut = (e: unknown) =>
  e instanceof DOMException && (e.name === 'TimeoutError' || e.name === 'AbortError')

/** The validated cache, memoised by what was fetched, so a page load does not re-validate. */
let memo: { key: string; loaded: LoadedRulebook } | null = null

/** The body the server sends: the rulebook itself, or `{ rulebook }` around it. */
function unwrapBody(body: unknown): unknown {
  if (body && typeof body === 'object' && 'rulebook' in body && !('rules' in body))
    return (body as { rulebook: unknown }).rulebook
  return body
}

/** The rulebook to lint with: the cached server copy when it validates, else the bundled default. */
export async function loadRulebook(): Promise<LoadedRulebook> {
  let cache = null
  try {
    cache = await rulebookCacheItem.getValue()
  } catch {
    cache = null
  }
  if (!cache) return { rulebook: defaultRulebook, source: 'bundled' }
  const key = `${cache.etag}\u0000${cache.fetchedAt}`
  // Only a cache with an ETag is known by its key; without one, validate what is there.
  if (cache.etag && memo?.key === key) return memo.loaded
  const result = validateRulebook(cache.rulebook)
  const loaded: LoadedRulebook = result.ok
    ? { rulebook: result.rulebook, source: 'cache' }
    : { rulebook: defaultRulebook, source: 'bundled' }
  memo = { key, loaded }
  return loaded
}

async function finish(state: SyncState, message: string, fresh = false): Promise<SyncStatus> {
  const { rulebook, source } = await loadRulebook()
  const status: SyncStatus = {
    state,
    at: new Date().toISOString(),
    message,
    rulebook: {
      id: rulebook.id,
      version: rulebook.version,
      source: fresh && source === 'cache' ? 'server' : source,
    },
  }
  await syncStatusItem.setValue(status)
  return status
}

/**
 * Fetches the configured rulebook with the cached ETag. 200 → validated and cached; 304 → the
 * cache stays; unreachable, refused or invalid → the cache (or the bundled default) stays in use.
 */
export async function syncRulebook(
  fetchFn: typeof fetch = fetch,
  timeoutMs = SYNC_TIMEOUT_MS,
): Promise<SyncStatus> {
  const settings = await settingsItem.getValue()
  let cache = null
  try {
    cache = await rulebookCacheItem.getValue()
  } catch {
    cache = null
  }
  const cachedOk = cache != null && (await loadRulebook()).source === 'cache'
  const url = `${settings.serverUrl.replace(/\/+$/, '')}/v1/rulebooks/${encodeURIComponent(settings.rulebookId)}`
  const headers: Record<string, string> = { accept: 'application/json' }
  if (settings.token) headers.authorization = `Bearer ${settings.token}`
  if (cachedOk && cache?.etag) headers['if-none-match'] = cache.etag
  const signal = AbortSignal.timeout(timeoutMs)
  // Raced as well as passed on: the deadline holds even where a fetch ignores its signal.
  const deadline = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
  )
  deadline.catch(() => undefined)
  let res: Response
  try {
    res = await Promise.race([fetchFn(url, { headers, cache: 'no-store', signal }), deadline])
  } catch (e) {
    return finish('offline', timedOut(e) || signal.aborted ? TIMED_OUT : OFFLINE)
  }
  if (res.status === 304) return finish('not-modified', '规则集已是最新')
  if (res.status === 401 || res.status === 403)
    return finish('unauthorized', '服务器拒绝访问，请在设置中检查令牌')
  if (!res.ok) return finish('error', `服务器返回 ${res.status}，继续使用已有规则集`)
  let body: unknown
  try {
    // The body arrives under the same deadline (the signal aborts its stream too).
    body = unwrapBody(JSON.parse(await Promise.race([res.text(), deadline])))
  } catch (e) {
    if (timedOut(e) || signal.aborted) return finish('offline', TIMED_OUT)
    return finish('invalid', '服务器返回的不是 JSON，继续使用已有规则集')
  }
  const result = validateRulebook(body)
  if (!result.ok)
    return finish(
      'invalid',
      `服务器上的规则集有 ${result.issues.length} 处问题，继续使用已有规则集`,
    )
  await rulebookCacheItem.setValue({
    rulebook: result.rulebook,
    etag: res.headers.get('etag'),
    fetchedAt: new Date().toISOString(),
  })
  return finish('ok', `已同步：${result.rulebook.name} 第 ${result.rulebook.version} 版`, true)
}
