// The typed protocol: client → dispatcher → handlers over the fake runtime, errors as plain JSON.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { browser } from 'wxt/browser'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { backgroundHandlers } from '../../extension/utils/background-handlers'
import { createDispatcher, send } from '../../extension/utils/messaging'
import type { BackgroundProtocol } from '../../extension/utils/protocol'
import { disabledRulesItem } from '../../extension/utils/storage-items'
import { serverRulebook } from './helpers'
import { rulebookCacheItem } from '../../extension/utils/storage-items'

const dispatch = createDispatcher<BackgroundProtocol>(backgroundHandlers)

beforeEach(() => {
  fakeBrowser.reset()
  browser.runtime.onMessage.addListener(dispatch)
})

describe('protocol', () => {
  it('answers a request with its typed response', async () => {
    const settings = await send('settings/get', {})
    expect(settings.serverUrl).toBe('http://127.0.0.1:8787')
    expect(settings.rulebookId).toBe('default')
  })

  it('turns a handler error into a rejected promise with the Chinese message', async () => {
    await expect(send('settings/set', { serverUrl: 'ftp://x' })).rejects.toThrow(
      '服务器地址应以 http:// 或 https:// 开头',
    )
    expect((await send('settings/get', {})).serverUrl).toBe('http://127.0.0.1:8787')
  })

  it('stays silent for kinds it does not handle, so other listeners can answer', () => {
    expect(dispatch({ kind: 'content/text', payload: {} }, {})).toBeUndefined()
    expect(dispatch('hello', {})).toBeUndefined()
  })

  it('gives the rulebook with the rules the user switched off disabled', async () => {
    await rulebookCacheItem.setValue({ rulebook: serverRulebook(2), etag: '"v2"', fetchedAt: 't' })
    const before = await send('rulebook/get', {})
    expect(before.source).toBe('cache')
    expect(before.rulebook.rules.find((r) => r.id === 'team-phrase')?.enabled).toBe(true)
    await send('rules/set-disabled', { ruleId: 'team-phrase', disabled: true })
    expect(await disabledRulesItem.getValue()).toEqual(['team-phrase'])
    const after = await send('rulebook/get', {})
    expect(after.rulebook.rules.find((r) => r.id === 'team-phrase')?.enabled).toBe(false)
    expect(after.disabledRules).toEqual(['team-phrase'])
    await send('rules/set-disabled', { ruleId: 'team-phrase', disabled: false })
    expect(
      (await send('rulebook/get', {})).rulebook.rules.find((r) => r.id === 'team-phrase')?.enabled,
    ).toBe(true)
  })

  it('falls back to the bundled rulebook over the protocol when nothing was synced', async () => {
    const state = await send('rulebook/get', {})
    expect(state.source).toBe('bundled')
    expect(state.rulebook.id).toBe('default')
  })

  it('knows the default allowlist, the per-site switch and canvas editors', async () => {
    expect(await send('site/state', { url: 'http://127.0.0.1:5173/editor.html' })).toMatchObject({
      host: '127.0.0.1',
      listed: 'default',
      enabled: true,
      canvas: null,
    })
    expect((await send('site/state', { url: 'https://example.com/' })).enabled).toBe(false)
    for (const url of [
      'chrome://extensions/',
      'chrome-extension://abc/popup.html',
      'file:///a.txt',
    ])
      expect(await send('site/state', { url }), url).toMatchObject({ host: '', listed: null })
    expect((await send('site/state', { url: 'https://docs.qq.com/doc/abc' })).canvas).toBe(
      '腾讯文档',
    )
    const off = await send('site/set-enabled', { host: '127.0.0.1', enabled: false })
    expect(off.enabled).toBe(false)
    expect((await send('site/state', { url: 'http://127.0.0.1/x' })).enabled).toBe(false)
    await send('site/set-enabled', { host: '127.0.0.1', enabled: true })
    expect((await send('site/state', { url: 'http://127.0.0.1/x' })).enabled).toBe(true)
  })

  it('adds and removes user sites by normalised host, refusing nonsense', async () => {
    // The fake browser has no permissions or scripting APIs: the user granted the host.
    const registered: string[][] = []
    Object.assign(fakeBrowser, {
      permissions: { contains: vi.fn(async () => true) },
      scripting: {
        registerContentScripts: vi.fn(
          async (s: { matches: string[] }[]) => void registered.push(s[0].matches),
        ),
        unregisterContentScripts: vi.fn(async () => undefined),
      },
    })
    expect((await send('sites/add', { host: 'https://OA.Example.gov.cn/path' })).added).toEqual([
      'oa.example.gov.cn',
    ])
    expect((await send('site/state', { url: 'https://oa.example.gov.cn/doc' })).listed).toBe('user')
    await expect(send('sites/add', { host: 'not a host' })).rejects.toThrow('不是有效的网站地址')
    expect(registered).toEqual([['https://oa.example.gov.cn/*', 'http://oa.example.gov.cn/*']])
    expect((await send('sites/remove', { host: 'oa.example.gov.cn' })).added).toEqual([])
    expect(registered).toHaveLength(1)
  })

  it('sets the badge of the tab that reported its findings', async () => {
    const reply = await dispatch(
      { kind: 'badge/set', payload: { count: 3 } },
      { tab: { id: 7 } as never, frameId: 0 },
    )
    expect(reply).toEqual({ ok: true, data: null })
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('3')
    await dispatch(
      { kind: 'badge/set', payload: { count: 0 } },
      { tab: { id: 7 } as never, frameId: 0 },
    )
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('')
  })
})
