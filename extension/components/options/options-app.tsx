/** The options page: server URL and token, sync status with "立即同步", sites, rules switched off. */

import { useEffect, useState } from 'preact/hooks'
import { browser } from 'wxt/browser'
import { send } from '../../utils/messaging'
import type { Settings, SiteList, SyncStatus } from '../../utils/protocol'
import { DEFAULT_MATCHES, hostPatterns, normalizeHost } from '../../utils/sites'
import { SyncLine } from './sync-line'

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [sync, setSync] = useState<SyncStatus | null>(null)
  const [sites, setSites] = useState<SiteList>({ added: [], disabled: [] })
  const [disabledRules, setDisabledRules] = useState<string[]>([])
  const [newSite, setNewSite] = useState('')
  const [note, setNote] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void (async () => {
      setSettings(await send('settings/get', {}))
      setSync(await send('sync/status', {}))
      setSites(await send('sites/get', {}))
      setDisabledRules((await send('rulebook/get', {})).disabledRules)
    })().catch((e) => setNote(String(e.message ?? e)))
  }, [])

  const run = async (fn: () => Promise<void>) => {
    setBusy(true)
    setNote(null)
    try {
      await fn()
    } catch (e) {
      setNote(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  const save = (e: Event) => {
    e.preventDefault()
    if (!settings) return
    void run(async () => {
      // Servers other than localhost need their host permission, asked for inside the click.
      const origin = `${new URL(settings.serverUrl).origin}/*`
      if (!(await browser.permissions.contains({ origins: [origin] })))
        await browser.permissions.request({ origins: [origin] })
      setSettings(await send('settings/set', settings))
      setSync(await send('sync/status', {}))
      setNote('已保存')
    })
  }
  const syncNow = () => void run(async () => setSync(await send('sync/now', {})))
  const addSite = (e: Event) => {
    e.preventDefault()
    const host = normalizeHost(newSite)
    if (!host) return setNote(`“${newSite}”不是有效的网站地址`)
    void run(async () => {
      if (!(await browser.permissions.request({ origins: hostPatterns(host) })))
        throw new Error('未获得该网站的访问权限')
      setSites(await send('sites/add', { host }))
      setNewSite('')
    })
  }
  const field = (key: keyof Settings) => (e: Event) =>
    settings && setSettings({ ...settings, [key]: (e.target as HTMLInputElement).value })

  return (
    <main
      style={{ maxWidth: '640px', margin: '0 auto', font: '15px/1.7 sans-serif', padding: '16px' }}
    >
      <h1>公文规范检查 · 设置</h1>
      <p>
        <a href="admin.html" data-link="admin" target="_blank" rel="noopener">
          管理规则集（管理员）
        </a>
      </p>
      <section aria-labelledby="server">
        <h2 id="server">规则服务器</h2>
        {settings && (
          <form onSubmit={save}>
            <p>
              <label>
                服务器地址{' '}
                <input
                  data-field="serverUrl"
                  size={40}
                  value={settings.serverUrl}
                  onInput={field('serverUrl')}
                />
              </label>
            </p>
            <p>
              <label>
                访问令牌{' '}
                <input
                  data-field="token"
                  type="password"
                  size={40}
                  value={settings.token}
                  onInput={field('token')}
                />
              </label>
            </p>
            <p>
              <label>
                规则集{' '}
                <input
                  data-field="rulebookId"
                  value={settings.rulebookId}
                  onInput={field('rulebookId')}
                />
              </label>
            </p>
            <button type="submit" disabled={busy}>
              保存
            </button>
          </form>
        )}
        {sync && <SyncLine status={sync} />}
        <button type="button" data-action="sync" disabled={busy} onClick={syncNow}>
          立即同步
        </button>
        {note && <p role="status">{note}</p>}
      </section>
      <section aria-labelledby="sites">
        <h2 id="sites">检查的网站</h2>
        <p>
          默认检查：{DEFAULT_MATCHES.map((m) => m.split('://')[1].replace(/\/\*$/, '')).join('、')}
        </p>
        <ul data-sites>
          {sites.added.map((host) => (
            <li key={host}>
              {host}{' '}
              <button
                type="button"
                onClick={() => void run(async () => setSites(await send('sites/remove', { host })))}
              >
                移除
              </button>
            </li>
          ))}
        </ul>
        {sites.disabled.length > 0 && <p>已关闭检查：{sites.disabled.join('、')}</p>}
        <form onSubmit={addSite}>
          <label>
            添加网站{' '}
            <input
              value={newSite}
              placeholder="例如 oa.example.gov.cn"
              onInput={(e) => setNewSite((e.target as HTMLInputElement).value)}
            />
          </label>{' '}
          <button type="submit">添加</button>
        </form>
      </section>
      <section aria-labelledby="rules">
        <h2 id="rules">我关闭的规则</h2>
        {disabledRules.length ? (
          <ul>
            {disabledRules.map((ruleId) => (
              <li key={ruleId}>
                {ruleId}{' '}
                <button
                  type="button"
                  onClick={() =>
                    void run(async () =>
                      setDisabledRules(
                        (await send('rules/set-disabled', { ruleId, disabled: false }))
                          .disabledRules,
                      ),
                    )
                  }
                >
                  重新打开
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>没有。</p>
        )}
      </section>
    </main>
  )
}
