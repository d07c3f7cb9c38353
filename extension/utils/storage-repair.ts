/** Repairs what storage hands back: a corrupted or foreign-shaped entry becomes a working value, never a crash. */

import type { Settings, SiteList, SyncStatus } from './protocol'

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []

/** Settings field by field: a wrong field falls back to its default, the right ones are kept. */
export function repairSettings(v: unknown, fallback: Settings): Settings {
  if (!isObject(v)) return fallback
  const url = v.serverUrl
  const minutes = v.syncMinutes
  return {
    serverUrl: typeof url === 'string' && /^https?:\/\/[^/]+/.test(url) ? url : fallback.serverUrl,
    token: typeof v.token === 'string' ? v.token : fallback.token,
    rulebookId:
      typeof v.rulebookId === 'string' && v.rulebookId ? v.rulebookId : fallback.rulebookId,
    syncMinutes:
      typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0
        ? minutes
        : fallback.syncMinutes,
  }
}

export function repairSiteList(v: unknown): SiteList {
  if (!isObject(v)) return { added: [], disabled: [] }
  return { added: strings(v.added), disabled: strings(v.disabled) }
}

export function repairStringList(v: unknown): string[] {
  return strings(v)
}

const STATES = new Set([
  'never',
  'ok',
  'not-modified',
  'offline',
  'unauthorized',
  'invalid',
  'error',
])
const SOURCES = new Set(['server', 'cache', 'bundled'])

export function repairSyncStatus(v: unknown, fallback: SyncStatus): SyncStatus {
  if (!isObject(v) || !isObject(v.rulebook)) return fallback
  const rb = v.rulebook
  const ok =
    STATES.has(v.state as string) &&
    (v.at === null || typeof v.at === 'string') &&
    typeof v.message === 'string' &&
    typeof rb.id === 'string' &&
    typeof rb.version === 'number' &&
    SOURCES.has(rb.source as string)
  return ok ? (v as unknown as SyncStatus) : fallback
}

/** The cache's frame (the rulebook inside is validated by whoever uses it); anything else is no cache. */
export function repairCache<
  T extends { rulebook: unknown; etag: string | null; fetchedAt: string },
>(v: unknown): T | null {
  if (!isObject(v) || !('rulebook' in v) || typeof v.fetchedAt !== 'string') return null
  return { ...v, etag: typeof v.etag === 'string' ? v.etag : null } as T
}
