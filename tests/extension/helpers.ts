/** Test helpers: a server rulebook with one extra rule, and a scripted fetch that records requests. */

import { defaultRulebook } from '../../shared/index'
import type { Rulebook } from '../../shared/types'

/** The default rulebook plus a phrase rule with a fix, as a server would publish it. */
export function serverRulebook(version = 2, phrase = '进一步的加强'): Rulebook {
  return {
    ...structuredClone(defaultRulebook),
    id: 'team',
    name: '测试单位规则集',
    version,
    rules: [
      ...structuredClone(defaultRulebook.rules),
      {
        id: 'team-phrase',
        kind: 'phrase-list',
        enabled: true,
        severity: 'warning',
        category: 'wording',
        description: '单位用语',
        options: { phrases: [{ text: phrase, replacement: '进一步加强' }] },
      },
    ],
  }
}

export interface Call {
  url: string
  headers: Record<string, string>
}

/** A fetch that answers with the scripted responses in order and records what it was asked. */
export function scriptedFetch(...answers: (Response | Error)[]) {
  const calls: Call[] = []
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } })
    const next = answers.shift()
    if (!next) throw new Error('unexpected request')
    if (next instanceof Error) throw next
    return next
  }
  return { fetch: fn as typeof fetch, calls }
}

export const json = (body: unknown, status = 200, etag?: string) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...(etag ? { etag } : {}) },
  })
