/** Registers the content script on the sites the user added (their optional host permissions). */

import { browser } from 'wxt/browser'
import { hostPatterns } from './sites'

const SCRIPT_ID = 'reportlint-user-sites'

/** Replaces the dynamic registration with one covering `hosts` whose permission is granted. */
export async function registerUserSites(hosts: string[]): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return
  const granted: string[] = []
  for (const host of hosts) {
    const origins = hostPatterns(host)
    if (await browser.permissions.contains({ origins }).catch(() => false)) granted.push(...origins)
  }
  await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined)
  if (!granted.length) return
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: granted,
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ])
}
