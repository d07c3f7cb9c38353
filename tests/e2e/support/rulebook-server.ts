/** A stand-in rulebook server on 127.0.0.1 whose behaviour a test switches: good, garbage, 500 or hanging. */

import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Rulebook } from '../../../shared/types'

export type Behaviour = 'good' | 'html' | 'truncated' | 'invalid' | '500' | 'hang'

export interface RulebookServer {
  url: string
  behaviour: Behaviour
  rulebook: Rulebook
  /** Requests seen for the rulebook. */
  hits: number
  close(): Promise<void>
}

export async function startRulebookServer(rulebook: Rulebook): Promise<RulebookServer> {
  const hanging = new Set<ServerResponse>()
  const state = { behaviour: 'good' as Behaviour, rulebook, hits: 0 }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const body = JSON.stringify(state.rulebook)
    const etag = `"v${state.rulebook.version}"`
    const send = (status: number, type: string, text: string, headers = {}) =>
      res.writeHead(status, { 'content-type': type, ...headers }).end(text)
    if (path.endsWith('/versions')) return send(200, 'application/json', '[]')
    if (path.endsWith('/draft')) return send(200, 'application/json', body, { etag })
    if (!/^\/v1\/rulebooks\/[^/]+$/.test(path)) return send(404, 'text/plain', 'not found')
    state.hits++
    switch (state.behaviour) {
      case 'good':
        if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end()
        return send(200, 'application/json', body, { etag })
      case 'html':
        return send(200, 'text/html', '<!doctype html><h1>502 Bad Gateway</h1>')
      case 'truncated':
        return send(200, 'application/json', body.slice(0, body.length >> 1), { etag: '"half"' })
      case 'invalid':
        return send(200, 'application/json', JSON.stringify({ ...state.rulebook, rules: 'x' }), {
          etag: '"bad"',
        })
      case '500':
        return send(500, 'text/plain', 'Internal Server Error')
      case 'hang':
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"id":')
        hanging.add(res)
        return
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        for (const res of hanging) res.destroy()
        server.closeAllConnections()
        server.close(() => r())
      }),
  })
}
