// Background service worker: the protocol dispatcher, rulebook sync on install, on a timer and on demand.
import { browser } from 'wxt/browser'
import { defineBackground } from 'wxt/utils/define-background'
import { SYNC_ALARM, backgroundHandlers, scheduleSync } from '../utils/background-handlers'
import { createDispatcher } from '../utils/messaging'
import { dropTabSessions } from '../utils/remote-lint'
import { syncRulebook } from '../utils/rulebook-sync'

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createDispatcher(backgroundHandlers))
  browser.runtime.onInstalled.addListener(() => {
    void scheduleSync()
    void syncRulebook()
  })
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncRulebook()
  })
  browser.tabs.onRemoved.addListener(dropTabSessions)
  void scheduleSync()
})
