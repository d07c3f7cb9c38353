/** The popup: is this site checked, switch it, and where the rulebook stands. */

import { useEffect, useState } from 'preact/hooks'
import { browser } from 'wxt/browser'
import { send } from '../../utils/messaging'
import type { SiteState, SyncStatus } from '../../utils/protocol'
import { hostPatterns } from '../../utils/sites'
import { SyncLine } from '../options/sync-line'

export function PopupApp() {
  const [site, setSite] = useState<SiteState | null>(null)
  const [sync, setSync] = useState<SyncStatus | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
      if (tab?.url) setSite(await send('site/state', { url: tab.url }))
      setSync(await send('sync/status', {}))
    })().catch((e) => setError(String(e.message ?? e)))
  }, [])

  const toggle = async () => {
    if (!site) return
    setSite(await send('site/set-enabled', { host: site.host, enabled: !site.enabled }))
  }
  const addSite = async () => {
    if (!site) return
    // Must be asked for inside the click, before any other await.
    const granted = await browser.permissions.request({ origins: hostPatterns(site.host) })
    if (!granted) return setError('未获得该网站的访问权限')
    await send('sites/add', { host: site.host })
    setSite(await send('site/state', { url: `https://${site.host}/` }))
  }

  return (
    <main style={{ width: '300px', font: '14px/1.6 sans-serif', padding: '8px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>公文规范检查</h1>
      {site?.host ? (
        <section>
          <p>
            网站：<strong>{site.host}</strong>
          </p>
          {site.canvas && <p>{site.canvas}绘制在画布上，页面内无法标注，请用侧边栏检查。</p>}
          {site.listed ? (
            <label>
              <input
                type="checkbox"
                data-action="site-toggle"
                checked={site.enabled}
                onChange={() => void toggle()}
              />{' '}
              在此网站检查{site.listed === 'default' ? '（默认网站）' : '（我添加的网站）'}
            </label>
          ) : (
            <button type="button" data-action="site-add" onClick={() => void addSite()}>
              在此网站启用检查
            </button>
          )}
        </section>
      ) : (
        <p>此页面不能检查。</p>
      )}
      {sync && <SyncLine status={sync} />}
      {error && <p role="alert">{error}</p>}
      <p>
        <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          设置
        </a>
      </p>
    </main>
  )
}
