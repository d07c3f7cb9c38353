// Rulebook sync: ETag caching, 304, offline and corrupt-cache fallback to the bundled rulebook.
import { beforeEach, describe, expect, it } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { defaultRulebook } from '../../shared/index'
import { loadRulebook, syncRulebook } from '../../extension/utils/rulebook-sync'
import {
  rulebookCacheItem,
  settingsItem,
  syncStatusItem,
} from '../../extension/utils/storage-items'
import { json, scriptedFetch, serverRulebook } from './helpers'

beforeEach(() => fakeBrowser.reset())

describe('syncRulebook', () => {
  it('stores a valid rulebook with its ETag and uses it', async () => {
    const { fetch, calls } = scriptedFetch(json(serverRulebook(2), 200, '"v2"'))
    const status = await syncRulebook(fetch)
    expect(status.state).toBe('ok')
    expect(status.rulebook).toEqual({ id: 'team', version: 2, source: 'server' })
    expect(calls[0].url).toBe('http://127.0.0.1:8787/v1/rulebooks/default')
    expect(calls[0].headers['if-none-match']).toBeUndefined()
    expect((await rulebookCacheItem.getValue())?.etag).toBe('"v2"')
    const loaded = await loadRulebook()
    expect(loaded.source).toBe('cache')
    expect(loaded.rulebook.version).toBe(2)
  })

  it('sends If-None-Match and keeps the cache on 304', async () => {
    const { fetch, calls } = scriptedFetch(
      json(serverRulebook(2), 200, '"v2"'),
      new Response(null, { status: 304 }),
    )
    await syncRulebook(fetch)
    const status = await syncRulebook(fetch)
    expect(calls[1].headers['if-none-match']).toBe('"v2"')
    expect(status.state).toBe('not-modified')
    expect((await loadRulebook()).rulebook.id).toBe('team')
  })

  it('sends the token as a bearer credential to the configured server and rulebook', async () => {
    await settingsItem.setValue({
      serverUrl: 'https://rules.example.cn/',
      token: 's3cret',
      rulebookId: 'a b',
      syncMinutes: 60,
    })
    const { fetch, calls } = scriptedFetch(json(serverRulebook(3), 200, '"v3"'))
    await syncRulebook(fetch)
    expect(calls[0].url).toBe('https://rules.example.cn/v1/rulebooks/a%20b')
    expect(calls[0].headers.authorization).toBe('Bearer s3cret')
  })

  it('accepts the rulebook wrapped as { rulebook }', async () => {
    const { fetch } = scriptedFetch(json({ rulebook: serverRulebook(4) }, 200, '"v4"'))
    expect((await syncRulebook(fetch)).rulebook.version).toBe(4)
  })

  it('falls back to the bundled rulebook when the server is unreachable and nothing is cached', async () => {
    const { fetch } = scriptedFetch(new TypeError('Failed to fetch'))
    const status = await syncRulebook(fetch)
    expect(status.state).toBe('offline')
    expect(status.rulebook.source).toBe('bundled')
    expect((await loadRulebook()).rulebook).toBe(defaultRulebook)
    expect((await syncStatusItem.getValue()).state).toBe('offline')
  })

  it('keeps the cached rulebook when the server goes away later', async () => {
    const { fetch } = scriptedFetch(
      json(serverRulebook(2), 200, '"v2"'),
      new TypeError('Failed to fetch'),
    )
    await syncRulebook(fetch)
    const status = await syncRulebook(fetch)
    expect(status.state).toBe('offline')
    expect(status.rulebook).toEqual({ id: 'team', version: 2, source: 'cache' })
  })

  it('uses the bundled rulebook when the cache is corrupt, and then asks without If-None-Match', async () => {
    await rulebookCacheItem.setValue({
      rulebook: { id: 'x', rules: 'nonsense' },
      etag: '"bad"',
      fetchedAt: 'now',
    })
    expect((await loadRulebook()).source).toBe('bundled')
    const { fetch, calls } = scriptedFetch(json(serverRulebook(5), 200, '"v5"'))
    await syncRulebook(fetch)
    expect(calls[0].headers['if-none-match']).toBeUndefined()
    expect((await loadRulebook()).rulebook.version).toBe(5)
  })

  it('refuses an invalid rulebook from the server and keeps the one in use', async () => {
    const bad = serverRulebook(6)
    bad.rules[bad.rules.length - 1].options = { phrases: [] }
    const { fetch } = scriptedFetch(json(serverRulebook(2), 200, '"v2"'), json(bad, 200, '"v6"'))
    await syncRulebook(fetch)
    const status = await syncRulebook(fetch)
    expect(status.state).toBe('invalid')
    expect(status.rulebook.version).toBe(2)
    expect((await rulebookCacheItem.getValue())?.etag).toBe('"v2"')
  })

  it('reports a refused token', async () => {
    const { fetch } = scriptedFetch(json({ error: { code: 'unauthorized', message: 'x' } }, 401))
    expect((await syncRulebook(fetch)).state).toBe('unauthorized')
  })
})
