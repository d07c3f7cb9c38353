// Hardening: corrupted storage entries (wrong shape, wrong version, a string for an object) recover to a working state.
import { beforeEach, describe, expect, it } from 'vitest'
import { browser } from 'wxt/browser'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { backgroundHandlers } from '../../extension/utils/background-handlers'
import { createDispatcher, send } from '../../extension/utils/messaging'
import type { BackgroundProtocol } from '../../extension/utils/protocol'
import { loadRulebook, syncRulebook } from '../../extension/utils/rulebook-sync'
import { DEFAULT_SETTINGS, NEVER_SYNCED } from '../../extension/utils/storage-items'
import { json, scriptedFetch, serverRulebook } from './helpers'

const dispatch = createDispatcher<BackgroundProtocol>(backgroundHandlers)

beforeEach(() => {
  fakeBrowser.reset()
  browser.runtime.onMessage.addListener(dispatch)
})

/** Writes raw values into extension storage, as a broken build or a hand edit would leave them. */
const corrupt = (items: Record<string, unknown>) => browser.storage.local.set(items)

const WRONG: [string, unknown][] = [
  ['a string', 'garbage'],
  ['a number', 42],
  ['an array', [1, 2, 3]],
  ['an empty object', {}],
  ['true', true],
]

describe('corrupted rulebook cache', () => {
  it.each(WRONG)('%s: the bundled rulebook lints, and the next sync repairs it', async (_, bad) => {
    await corrupt({ rulebookCache: bad })
    const state = await send('rulebook/get', {})
    expect(state.source).toBe('bundled')
    expect(state.rulebook.id).toBe('default')
    const { fetch, calls } = scriptedFetch(json(serverRulebook(3), 200, '"v3"'))
    expect((await syncRulebook(fetch)).state).toBe('ok')
    expect(calls[0].headers['if-none-match']).toBeUndefined()
    expect((await loadRulebook()).rulebook.version).toBe(3)
  })

  it('a rulebook of an older shape (rules keyed by id) under a newer version mark', async () => {
    const old = serverRulebook(2)
    await corrupt({
      rulebookCache: {
        rulebook: { ...old, rules: Object.fromEntries(old.rules.map((r) => [r.id, r])) },
        etag: '"v2"',
        fetchedAt: '2024-01-01T00:00:00Z',
      },
      rulebookCache$: { v: 99 },
    })
    expect((await loadRulebook()).source).toBe('bundled')
  })

  it('a good rulebook under a wrong version mark is still validated and used', async () => {
    await corrupt({
      rulebookCache: { rulebook: serverRulebook(2), etag: '"v2"', fetchedAt: 't' },
      rulebookCache$: { v: 'nonsense' },
    })
    expect((await send('rulebook/get', {})).rulebook.version).toBe(2)
  })

  it('a cache whose ETag is not a string is not sent as If-None-Match', async () => {
    await corrupt({
      rulebookCache: { rulebook: serverRulebook(2), etag: { x: 1 }, fetchedAt: 't' },
    })
    expect((await loadRulebook()).source).toBe('cache')
    const { fetch, calls } = scriptedFetch(json(serverRulebook(4), 200, '"v4"'))
    await syncRulebook(fetch)
    expect(calls[0].headers['if-none-match']).toBeUndefined()
    expect((await loadRulebook()).rulebook.version).toBe(4)
  })

  it('a broken entry without an ETag is not served from memory after a good one', async () => {
    await corrupt({ rulebookCache: { rulebook: serverRulebook(2), etag: null, fetchedAt: 't' } })
    expect((await loadRulebook()).source).toBe('cache')
    await corrupt({ rulebookCache: { rulebook: { id: 'x' }, etag: null, fetchedAt: 't' } })
    expect((await loadRulebook()).source).toBe('bundled')
  })
})

describe('corrupted settings', () => {
  it.each(WRONG)('%s: the defaults are used and sync still runs', async (_, bad) => {
    await corrupt({ settings: bad })
    expect(await send('settings/get', {})).toEqual(DEFAULT_SETTINGS)
    const { fetch, calls } = scriptedFetch(new TypeError('Failed to fetch'))
    expect((await syncRulebook(fetch)).state).toBe('offline')
    expect(calls[0].url).toBe('http://127.0.0.1:8787/v1/rulebooks/default')
  })

  it('keeps the good fields of a half-broken entry', async () => {
    await corrupt({
      settings: { serverUrl: 12, token: 'tok', rulebookId: '', syncMinutes: 'often' },
    })
    expect(await send('settings/get', {})).toEqual({ ...DEFAULT_SETTINGS, token: 'tok' })
    // Saving over it writes a whole, good entry.
    await send('settings/set', { serverUrl: 'http://127.0.0.1:1' }).catch(() => undefined)
    expect((await browser.storage.local.get('settings')).settings).toEqual({
      ...DEFAULT_SETTINGS,
      token: 'tok',
      serverUrl: 'http://127.0.0.1:1',
    })
  })
})

describe('corrupted site list, switched-off rules and sync status', () => {
  it.each(WRONG)(
    'sites as %s: the allowlist still works and a site can be switched',
    async (_, bad) => {
      await corrupt({ sites: bad })
      expect(await send('site/state', { url: 'http://127.0.0.1:5173/x' })).toMatchObject({
        listed: 'default',
        enabled: true,
      })
      expect((await send('site/set-enabled', { host: '127.0.0.1', enabled: false })).enabled).toBe(
        false,
      )
      expect(await send('sites/get', {})).toEqual({ added: [], disabled: ['127.0.0.1'] })
    },
  )

  it('sites with non-strings inside keep only the host names', async () => {
    await corrupt({ sites: { added: ['a.gov.cn', 7, null], disabled: 'a.gov.cn' } })
    expect(await send('sites/get', {})).toEqual({ added: ['a.gov.cn'], disabled: [] })
  })

  it.each(WRONG)('switched-off rules as %s: the rulebook is served whole', async (_, bad) => {
    await corrupt({ disabledRules: bad })
    const state = await send('rulebook/get', {})
    expect(state.disabledRules).toEqual([])
    expect(state.rulebook.rules.every((r) => r.enabled === true || r.enabled === false)).toBe(true)
    expect(
      (await send('rules/set-disabled', { ruleId: 'r1', disabled: true })).disabledRules,
    ).toEqual(['r1'])
  })

  it.each([
    ...WRONG,
    ['a status of an unknown state', { ...NEVER_SYNCED, state: 'exploded' }],
    ['a status without a rulebook', { ...NEVER_SYNCED, rulebook: 'default' }],
  ])(
    'sync status as %s: reads as never synced, the next sync writes a good one',
    async (_, bad) => {
      await corrupt({ syncStatus: bad })
      expect(await send('sync/status', {})).toEqual(NEVER_SYNCED)
      await syncRulebook(scriptedFetch(new TypeError('Failed to fetch')).fetch)
      expect((await send('sync/status', {})).state).toBe('offline')
    },
  )
})
