/** The background's handler per protocol kind: rulebook, sync, settings, sites, rules, badge, side panel. */

import { browser } from 'wxt/browser'
import type { Handlers } from './messaging'
import { sendToTab } from './messaging'
import type { BackgroundProtocol, SiteList, SiteState } from './protocol'
import { lintInSession } from './remote-lint'
import { loadRulebook, syncRulebook } from './rulebook-sync'
import { canvasEditorAt, isDefaultHost, normalizeHost } from './sites'
import { registerUserSites } from './user-sites'
import { disabledRulesItem, settingsItem, siteListItem, syncStatusItem } from './storage-items'

export const SYNC_ALARM = 'rulebook-sync'

/** (Re)creates the periodic sync alarm from the settings. */
export async function scheduleSync(): Promise<void> {
  const { syncMinutes } = await settingsItem.getValue()
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: Math.max(5, syncMinutes) })
}

async function siteState(url: string): Promise<SiteState> {
  let host = ''
  try {
    // only web pages are checked: chrome://, chrome-extension:// and file: pages have no site
    const { protocol, hostname } = new URL(url)
    if (protocol === 'http:' || protocol === 'https:') host = hostname
  } catch {
    host = ''
  }
  const sites = await siteListItem.getValue()
  const listed = isDefaultHost(host) ? 'default' : sites.added.includes(host) ? 'user' : null
  return {
    host,
    listed,
    enabled: listed != null && !sites.disabled.includes(host),
    canvas: canvasEditorAt(url),
  }
}

async function updateSites(change: (s: SiteList) => SiteList): Promise<SiteList> {
  const before = await siteListItem.getValue()
  const next = change(before)
  await siteListItem.setValue(next)
  if (next.added.join() !== before.added.join()) await registerUserSites(next.added)
  return next
}

function requireHost(input: string): string {
  const host = normalizeHost(input)
  if (!host) throw new Error(`“${input}”不是有效的网站地址`)
  return host
}

async function activeTabId(): Promise<number | undefined> {
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id
}

export const backgroundHandlers: Handlers<BackgroundProtocol> = {
  async 'rulebook/get'() {
    const [{ rulebook, source }, disabledRules] = await Promise.all([
      loadRulebook(),
      disabledRulesItem.getValue(),
    ])
    const off = new Set(disabledRules)
    const rules = rulebook.rules.map((r) => (off.has(r.id) ? { ...r, enabled: false } : r))
    return { rulebook: { ...rulebook, rules }, source, disabledRules }
  },
  'sync/now': () => syncRulebook(),
  'sync/status': () => syncStatusItem.getValue(),
  'settings/get': () => settingsItem.getValue(),
  async 'settings/set'(patch) {
    const before = await settingsItem.getValue()
    const next = { ...before, ...patch }
    if (!/^https?:\/\/[^/]+/.test(next.serverUrl))
      throw new Error('服务器地址应以 http:// 或 https:// 开头')
    await settingsItem.setValue(next)
    if (next.syncMinutes !== before.syncMinutes) await scheduleSync()
    if (
      next.serverUrl !== before.serverUrl ||
      next.rulebookId !== before.rulebookId ||
      next.token !== before.token
    )
      await syncRulebook()
    return next
  },
  'site/state': ({ url }) => siteState(url),
  async 'site/set-enabled'({ host, enabled }) {
    const h = requireHost(host)
    await updateSites((s) => ({
      ...s,
      disabled: enabled ? s.disabled.filter((d) => d !== h) : [...new Set([...s.disabled, h])],
    }))
    return siteState(`https://${h}/`)
  },
  'sites/get': () => siteListItem.getValue(),
  'sites/add': ({ host }) => {
    const h = requireHost(host)
    return updateSites((s) => ({
      ...s,
      added: isDefaultHost(h) ? s.added : [...new Set([...s.added, h])],
    }))
  },
  'sites/remove': ({ host }) => {
    const h = requireHost(host)
    return updateSites((s) => ({ ...s, added: s.added.filter((a) => a !== h) }))
  },
  async 'rules/set-disabled'({ ruleId, disabled }) {
    const list = await disabledRulesItem.getValue()
    const next = disabled ? [...new Set([...list, ruleId])] : list.filter((r) => r !== ruleId)
    await disabledRulesItem.setValue(next)
    return { disabledRules: next }
  },
  'lint/run'(request, sender) {
    return lintInSession(`${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}`, request)
  },
  async 'badge/set'({ count }, sender) {
    const tabId = sender.tab?.id
    if (tabId == null || sender.frameId) return null
    await browser.action.setBadgeText({
      tabId,
      text: count > 0 ? String(Math.min(count, 999)) : '',
    })
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' })
    return null
  },
  async 'sidepanel/open'(_request, sender) {
    const tabId = sender.tab?.id
    if (tabId == null) return { opened: false }
    try {
      await browser.sidePanel.open({ tabId })
      return { opened: true }
    } catch {
      return { opened: false }
    }
  },
  async 'page/text'({ tabId }) {
    const id = tabId ?? (await activeTabId())
    if (id == null) return { text: null, url: null }
    const tab = await browser.tabs.get(id)
    try {
      const { text } = await sendToTab(id, 'content/text', {})
      return { text, url: tab.url ?? null }
    } catch {
      return { text: null, url: tab.url ?? null }
    }
  },
  async 'page/reveal'({ tabId, start, end }) {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id
    if (id == null) return { revealed: false }
    return sendToTab(id, 'content/reveal', { start, end })
  },
  async 'page/apply-fixes'({ tabId, fixes }) {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id
    if (id == null) return { applied: 0 }
    return sendToTab(id, 'content/apply-fixes', { fixes })
  },
}
