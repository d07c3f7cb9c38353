// Hardening: a server that is down, slow or answers garbage leaves the last good rulebook in use.
import { beforeEach, describe, expect, it } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { lint } from '../../shared/index'
import { loadRulebook, syncRulebook } from '../../extension/utils/rulebook-sync'
import { rulebookCacheItem, syncStatusItem } from '../../extension/utils/storage-items'
import { json, scriptedFetch, serverRulebook } from './helpers'

beforeEach(() => fakeBrowser.reset())

/** The last good rulebook is still the one in use, and it still finds its own rule's phrase. */
async function expectLastGoodInUse() {
  const { rulebook, source } = await loadRulebook()
  expect(source).toBe('cache')
  expect(rulebook).toMatchObject({ id: 'team', version: 2 })
  expect(lint('要进一步的加强管理。', rulebook).map((f) => f.ruleId)).toContain('team-phrase')
  expect((await rulebookCacheItem.getValue())?.etag).toBe('"v2"')
}

const text = (body: string, status = 200, type = 'text/html') =>
  new Response(body, { status, headers: { 'content-type': type } })

/** A fetch that never answers and ignores its abort signal (a stuck proxy). */
const hangingFetch = (() => new Promise<Response>(() => undefined)) as typeof fetch

/** Headers arrive at once, the body never ends. */
const stalledBody = () =>
  new Response(
    new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"id":')) }),
    {
      status: 200,
      headers: { 'content-type': 'application/json', etag: '"v9"' },
    },
  )

const negativeVersion = { ...serverRulebook(7), version: -1 }
const GARBAGE: [string, () => Response, string][] = [
  ['an HTML error page with 200', () => text('<!doctype html><h1>网关错误</h1>'), 'invalid'],
  [
    'truncated JSON',
    () => text(JSON.stringify(serverRulebook(3)).slice(0, 500), 200, 'application/json'),
    'invalid',
  ],
  ['an empty body', () => text('', 200, 'application/json'), 'invalid'],
  ['JSON null', () => json(null), 'invalid'],
  ['a JSON string', () => json('rulebook'), 'invalid'],
  ['a JSON array', () => json([serverRulebook(3)]), 'invalid'],
  ['{ rulebook: null }', () => json({ rulebook: null }), 'invalid'],
  ['a rulebook with a negative version', () => json(negativeVersion, 200, '"v7"'), 'invalid'],
  [
    'a rulebook whose rule fails its own examples',
    () => {
      const bad = serverRulebook(4)
      bad.rules[bad.rules.length - 1].examples = { invalid: ['这句话没有那个短语。'] }
      return json(bad, 200, '"v4"')
    },
    'invalid',
  ],
  [
    'a rulebook with an unknown rule kind',
    () => {
      const bad = serverRulebook(5)
      bad.rules[0] = { ...bad.rules[0], kind: 'no-such-kind' }
      return json(bad, 200, '"v5"')
    },
    'invalid',
  ],
  ['500', () => text('Internal Server Error', 500, 'text/plain'), 'error'],
  ['502 with JSON', () => json({ error: 'bad gateway' }, 502), 'error'],
  ['404', () => json({ error: { code: 'not_found' } }, 404), 'error'],
]

describe('a misbehaving server after a good sync', () => {
  beforeEach(async () => {
    const { fetch } = scriptedFetch(json(serverRulebook(2), 200, '"v2"'))
    expect((await syncRulebook(fetch)).state).toBe('ok')
  })

  it.each(GARBAGE)('%s: the last good rulebook stays in use', async (_, answer, state) => {
    const { fetch } = scriptedFetch(answer())
    const status = await syncRulebook(fetch)
    expect(status.state).toBe(state)
    expect(status.message).toContain('继续使用已有规则集')
    expect(status.rulebook).toEqual({ id: 'team', version: 2, source: 'cache' })
    expect(await syncStatusItem.getValue()).toEqual(status)
    await expectLastGoodInUse()
  })

  it('a server that is down: offline, last good kept', async () => {
    const { fetch } = scriptedFetch(new TypeError('Failed to fetch'))
    expect((await syncRulebook(fetch)).state).toBe('offline')
    await expectLastGoodInUse()
  })

  it('a server that never answers (and a fetch that ignores its signal) times out', async () => {
    const started = Date.now()
    const status = await syncRulebook(hangingFetch, 100)
    expect(status.state).toBe('offline')
    expect(status.message).toContain('超时')
    expect(Date.now() - started).toBeLessThan(5_000)
    await expectLastGoodInUse()
  })

  it('passes an abort signal that fires at the deadline', async () => {
    let seen: AbortSignal | undefined
    const fetch = ((_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        seen = init?.signal ?? undefined
        seen?.addEventListener('abort', () => reject(seen!.reason))
      })) as typeof globalThis.fetch
    const status = await syncRulebook(fetch, 50)
    expect(seen?.aborted).toBe(true)
    expect((seen?.reason as DOMException).name).toBe('TimeoutError')
    expect(status.message).toContain('超时')
  })

  it('a body that starts and never ends times out too', async () => {
    const status = await syncRulebook((async () => stalledBody()) as typeof fetch, 100)
    expect(status.state).toBe('offline')
    expect(status.message).toContain('超时')
    await expectLastGoodInUse()
  })

  it('a good answer after all that is taken up again', async () => {
    for (const [, answer] of GARBAGE.slice(0, 3)) await syncRulebook(scriptedFetch(answer()).fetch)
    await syncRulebook(hangingFetch, 50)
    const { fetch, calls } = scriptedFetch(json(serverRulebook(8), 200, '"v8"'))
    expect((await syncRulebook(fetch)).rulebook).toEqual({
      id: 'team',
      version: 8,
      source: 'server',
    })
    // The cache was never disturbed, so it was asked for conditionally.
    expect(calls[0].headers['if-none-match']).toBe('"v2"')
  })
})

describe('a misbehaving server with nothing cached', () => {
  it.each(GARBAGE)('%s: the bundled rulebook is used', async (_, answer) => {
    const status = await syncRulebook(scriptedFetch(answer()).fetch)
    expect(status.rulebook.source).toBe('bundled')
    expect((await loadRulebook()).rulebook.id).toBe('default')
    expect(await rulebookCacheItem.getValue()).toBeNull()
  })
})
