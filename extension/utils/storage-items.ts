/** One typed, versioned storage item per stored value (WXT storage, extension-local area). */

import { storage } from 'wxt/utils/storage'
import type { Settings, SiteList, SyncStatus } from './protocol'

export const DEFAULT_SETTINGS: Settings = {
  serverUrl: 'http://127.0.0.1:8787',
  token: '',
  rulebookId: 'default',
  syncMinutes: 60,
}

/** Server URL, token, rulebook id and sync interval. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
})

/** The last rulebook the server sent, untrusted until validated, with its ETag. */
export interface RulebookCache {
  rulebook: unknown
  etag: string | null
  fetchedAt: string
}

export const rulebookCacheItem = storage.defineItem<RulebookCache | null>('local:rulebookCache', {
  fallback: null,
  version: 1,
})

export const NEVER_SYNCED: SyncStatus = {
  state: 'never',
  at: null,
  message: '尚未同步，正在使用内置规则集',
  rulebook: { id: 'default', version: 1, source: 'bundled' },
}

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', {
  fallback: NEVER_SYNCED,
  version: 1,
})

export const siteListItem = storage.defineItem<SiteList>('local:sites', {
  fallback: { added: [], disabled: [] },
  version: 1,
})

/** Rules the user switched off for themselves ("对我关闭此规则"). */
export const disabledRulesItem = storage.defineItem<string[]>('local:disabledRules', {
  fallback: [],
  version: 1,
})
