/** One typed, versioned storage item per stored value (WXT storage, extension-local area). */

import { storage, type WxtStorageItem } from 'wxt/utils/storage'
import type { Settings, SiteList, SyncStatus } from './protocol'
import {
  repairCache,
  repairSettings,
  repairSiteList,
  repairStringList,
  repairSyncStatus,
} from './storage-repair'

/**
 * The item with its reads repaired: storage can hold anything (an older build, a hand edit, a
 * half-written value), and a bad entry must give a working value instead of breaking the extension.
 */
function repaired<T>(item: WxtStorageItem<T, {}>, repair: (value: unknown) => T) {
  return {
    ...item,
    getValue: async (): Promise<T> => {
      try {
        return repair(await item.getValue())
      } catch {
        return repair(null)
      }
    },
  }
}

export const DEFAULT_SETTINGS: Settings = {
  serverUrl: 'http://127.0.0.1:8787',
  token: '',
  rulebookId: 'default',
  syncMinutes: 60,
}

/** Server URL, token, rulebook id and sync interval. */
export const settingsItem = repaired(
  storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 }),
  (v) => repairSettings(v, DEFAULT_SETTINGS),
)

/** The last rulebook the server sent, untrusted until validated, with its ETag. */
export interface RulebookCache {
  rulebook: unknown
  etag: string | null
  fetchedAt: string
}

export const rulebookCacheItem = repaired(
  storage.defineItem<RulebookCache | null>('local:rulebookCache', { fallback: null, version: 1 }),
  (v) => repairCache<RulebookCache>(v),
)

export const NEVER_SYNCED: SyncStatus = {
  state: 'never',
  at: null,
  message: '尚未同步，正在使用内置规则集',
  rulebook: { id: 'default', version: 1, source: 'bundled' },
}

export const syncStatusItem = repaired(
  storage.defineItem<SyncStatus>('local:syncStatus', { fallback: NEVER_SYNCED, version: 1 }),
  (v) => repairSyncStatus(v, NEVER_SYNCED),
)

export const siteListItem = repaired(
  storage.defineItem<SiteList>('local:sites', {
    fallback: { added: [], disabled: [] },
    version: 1,
  }),
  repairSiteList,
)

/** Rules the user switched off for themselves ("对我关闭此规则"). */
export const disabledRulesItem = repaired(
  storage.defineItem<string[]>('local:disabledRules', { fallback: [], version: 1 }),
  repairStringList,
)
